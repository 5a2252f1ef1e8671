// Deterministic generator of a realistic demo portfolio: organizations of every kind and
// partnerships of every status and health profile, each with years of history ending `today`.

import { emptyDataset } from '../data/backup-file';
import { addDays, daysBetween, fromDayNumber, isIsoDate } from '../domain/dates';
import type {
  Dataset,
  IsoDate,
  Organization,
  OrganizationKind,
  Partnership,
  PartnershipStatus,
} from '../domain/types';
import { NAME_PARTS, ORGANIZATION_NOTES } from './organization-names';
import { addPartnershipHistory } from './partnership-history';
import type { GeneratorContext, Profile } from './partnership-history';
import { EXTRA_TAGS, PARTNERSHIP_THEMES, PEOPLE } from './record-phrases';
import { createRandom } from './seeded-random';
import type { Random } from './seeded-random';

export interface PortfolioOptions {
  /** The last day of the history (no record is dated later). */
  today: IsoDate;
  /** Seed of the random stream; same seed and today give the same portfolio. Default 1. */
  seed?: number;
  /** Number of partnerships. Default 12. */
  partnerships?: number;
  /** Years of history before today. Default 2. */
  years?: number;
}

/** Status, profile and timing of each partnership, repeated (shuffled) per block of twelve. */
const ARCHETYPES: {
  status: PartnershipStatus;
  profile: Profile;
  timing: 'long' | 'new' | 'forming';
}[] = [
  { status: 'active', profile: 'healthy', timing: 'long' },
  { status: 'active', profile: 'healthy', timing: 'long' },
  { status: 'active', profile: 'healthy', timing: 'long' },
  { status: 'active', profile: 'healthy', timing: 'new' },
  { status: 'active', profile: 'drifting', timing: 'long' },
  { status: 'active', profile: 'drifting', timing: 'long' },
  { status: 'active', profile: 'failing', timing: 'long' },
  { status: 'active', profile: 'failing', timing: 'new' },
  { status: 'paused', profile: 'failing', timing: 'long' },
  { status: 'closed', profile: 'healthy', timing: 'long' },
  { status: 'forming', profile: 'healthy', timing: 'forming' },
  { status: 'active', profile: 'drifting', timing: 'long' },
];

const KIND_MIX: Exclude<OrganizationKind, 'other'>[] = [
  'company',
  'nonprofit',
  'public-agency',
  'company',
  'nonprofit',
];

function checkOptions(options: PortfolioOptions): Required<PortfolioOptions> {
  const { today, seed = 1, partnerships = 12, years = 2 } = options;
  if (!isIsoDate(today))
    throw new Error(`today must be a date written YYYY-MM-DD, got ${String(today)}`);
  if (!Number.isInteger(partnerships) || partnerships < 1) {
    throw new Error(`partnerships must be a whole number of at least 1, got ${partnerships}`);
  }
  if (!Number.isFinite(years) || years <= 0 || years > 50)
    throw new Error(`years must be above 0 and at most 50, got ${years}`);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a number, got ${seed}`);
  return { today, seed, partnerships, years };
}

/** Organizations: about a fifth internal teams, the rest companies, nonprofits and agencies. */
function makeOrganizations(
  random: Random,
  count: number,
  nextId: (prefix: string) => string,
): Organization[] {
  const used = new Set<string>();
  const internal = Math.max(2, Math.round(count * 0.2));
  // first parts are dealt from a shuffled deck per kind, so names repeat a word only when they must
  const decks = new Map<OrganizationKind, string[]>();
  const firstPart = (kind: Exclude<OrganizationKind, 'other'>) => {
    const deck = decks.get(kind) ?? [];
    if (deck.length === 0) deck.push(...random.shuffle(NAME_PARTS[kind].first));
    decks.set(kind, deck);
    return deck.pop()!;
  };
  return Array.from({ length: count }, (_, i) => {
    const kind = i < internal ? 'internal-team' : KIND_MIX[i % KIND_MIX.length]!;
    const first = firstPart(kind);
    let name = `${first} ${random.pick(NAME_PARTS[kind].second)}`;
    for (let attempt = 0; used.has(name.toLowerCase()) && attempt < 20; attempt++) {
      name = `${first} ${random.pick(NAME_PARTS[kind].second)}`;
    }
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
    used.add(name.toLowerCase());
    const org: Organization = { id: nextId('org'), name, kind };
    if (random.chance(0.3)) org.notes = random.pick(ORGANIZATION_NOTES);
    return org;
  });
}

/**
 * A realistic, deterministic portfolio (same options → identical output, ids included) that
 * passes every rule of core/data. Defaults: seed 1, 12 partnerships, 2 years of history.
 */
export function generatePortfolio(options: PortfolioOptions): Dataset {
  const { today, seed, partnerships: count, years } = checkOptions(options);
  const random = createRandom(seed);
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(prefix === 'org' || prefix === 'p' ? 3 : 5, '0')}`;
  };
  const dataset = emptyDataset();
  const dates = new Map<number, IsoDate>();
  const date = (day: number) => {
    let formatted = dates.get(day);
    if (formatted === undefined) dates.set(day, (formatted = fromDayNumber(day)));
    return formatted;
  };
  const ctx: GeneratorContext = { random, today, dataset, nextId, date };
  const organizations = makeOrganizations(random, Math.max(4, Math.round(count * 1.25)), nextId);
  dataset.organizations.push(...organizations);
  const internals = organizations.filter((o) => o.kind === 'internal-team');
  const externals = organizations.filter((o) => o.kind !== 'internal-team');
  let queue: Organization[] = [];
  const nextExternal = (taken: Organization[]) => {
    if (queue.every((o) => taken.includes(o))) queue = [...queue, ...random.shuffle(externals)];
    const index = queue.findIndex((o) => !taken.includes(o));
    return queue.splice(index, 1)[0]!;
  };

  const historyDays = Math.round(years * 365);
  const historyStart = addDays(today, -historyDays);
  const themeUses = new Map<string, number>();
  let block: typeof ARCHETYPES = [];
  for (let i = 0; i < count; i++) {
    if (i % ARCHETYPES.length === 0) block = random.shuffle(ARCHETYPES);
    const archetype = block[i % ARCHETYPES.length]!;
    const parties = [random.pick(internals)];
    parties.push(nextExternal(parties));
    if (i % 4 === 1) parties.push(nextExternal(parties));

    const startDate =
      archetype.timing === 'forming'
        ? addDays(today, -random.int(10, 50))
        : archetype.timing === 'new'
          ? addDays(today, -random.int(90, Math.min(300, historyDays)))
          : addDays(historyStart, random.int(0, Math.max(0, historyDays - 400)));
    const sinceStart = daysBetween(startDate, today);
    const endDate =
      archetype.status === 'closed'
        ? addDays(today, -random.int(30, Math.max(31, Math.floor(sinceStart / 3))))
        : undefined;
    const activeUntil =
      endDate ??
      (archetype.status === 'paused'
        ? addDays(today, -random.int(45, Math.min(120, Math.floor(sinceStart / 2))))
        : today);

    const theme = PARTNERSHIP_THEMES[(i + seed) % PARTNERSHIP_THEMES.length]!;
    const uses = themeUses.get(theme.name) ?? 0;
    themeUses.set(theme.name, uses + 1);
    const partnership: Partnership = {
      id: nextId('p'),
      name: uses === 0 ? theme.name : `${theme.name} – ${parties[1]!.name}`,
      purpose: theme.purpose,
      partyIds: parties.map((o) => o.id),
      status: archetype.status,
      startDate,
      owner: random.pick(PEOPLE),
      tags: random.chance(0.6) ? [theme.tag, random.pick(EXTRA_TAGS)] : [theme.tag],
      checkInCadenceDays: random.pick([7, 14, 14, 14, 21, 30]),
      reviewCadenceDays: random.pick([60, 90, 90, 120, 180]),
      createdAt: `${addDays(startDate, -random.int(0, 20))}T09:${String(random.int(0, 59)).padStart(2, '0')}:00Z`,
      updatedAt: `${activeUntil}T16:30:00Z`,
    };
    if (endDate) partnership.endDate = endDate;
    if (i % 3 === 0) {
      partnership.partyShares = Object.fromEntries(parties.map((o, k) => [o.id, k === 0 ? 2 : 1]));
    }
    dataset.partnerships.push(partnership);
    addPartnershipHistory(ctx, {
      partnership,
      profile: archetype.profile,
      partyKinds: parties.map((o) => o.kind),
      activeUntil,
      driftFrom: addDays(today, -random.int(100, 160)),
      decreasingGoalFirst: i % 4 === 0,
    });
  }
  return dataset;
}
