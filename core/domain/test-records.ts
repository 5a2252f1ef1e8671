// Builders of small, explicit record sets for the health model's tests (not used by the app).
// Every builder takes the few fields a test cares about and fills the rest with plain values;
// helpers to rename every id of a record set, and to derive a series point from an evaluation.

import { DIMENSIONS, type HealthResult } from './health';
import type { HealthPoint } from './health-series';
import { emptyRecords, type PartnershipRecords } from './partnership-records';
import {
  DEFAULT_SETTINGS,
  type Contribution,
  type Friction,
  type FrictionSeverity,
  type Goal,
  type GoalUpdate,
  type Interaction,
  type Partnership,
  type Pulse,
  type PulseScores,
  type Rating,
  type Review,
  type Settings,
} from './types';

export const START = '2026-01-01';

/** Default settings with some fields replaced. */
export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    weights: { ...DEFAULT_SETTINGS.weights },
    bands: { ...DEFAULT_SETTINGS.bands },
    ...overrides,
  };
}

/** A two-party active partnership starting on START, with some fields replaced. */
export function makePartnership(overrides: Partial<Partnership> = {}): Partnership {
  return {
    id: 'p1',
    name: 'Test partnership',
    partyIds: ['A', 'B'],
    status: 'active',
    startDate: START,
    tags: [],
    checkInCadenceDays: 14,
    reviewCadenceDays: 90,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** Records of one partnership; collections not given are empty. */
export function makeRecords(
  parts: Partial<Omit<PartnershipRecords, 'partnership'>> & {
    partnership?: Partial<Partnership>;
  } = {},
): PartnershipRecords {
  const partnership = makePartnership(parts.partnership);
  return { ...emptyRecords(partnership), ...parts, partnership };
}

/** A pulse whose every trust item is `rating` (plus any extra scores). */
export function trustPulse(
  id: string,
  date: string,
  partyId: string,
  rating: Rating,
  extra: PulseScores = {},
): Pulse {
  return pulse(id, date, partyId, {
    reliability: rating,
    openness: rating,
    sharedMission: rating,
    respect: rating,
    ...extra,
  });
}

export function pulse(id: string, date: string, partyId: string, scores: PulseScores): Pulse {
  return { id, partnershipId: 'p1', date, partyId, scores };
}

export function interaction(
  id: string,
  date: string,
  initiatorPartyId: string | null = null,
  quality: Rating | null = null,
): Interaction {
  return { id, partnershipId: 'p1', date, kind: 'meeting', initiatorPartyId, quality };
}

export function goal(id: string, overrides: Partial<Goal> = {}): Goal {
  return {
    id,
    partnershipId: 'p1',
    title: `Goal ${id}`,
    baseline: 0,
    target: 100,
    startDate: START,
    dueDate: '2026-12-31',
    weight: 1,
    ownerPartyIds: ['A'],
    status: 'active',
    ...overrides,
  };
}

export function goalUpdate(id: string, goalId: string, date: string, value: number): GoalUpdate {
  return { id, goalId, date, value };
}

export function contribution(
  id: string,
  date: string,
  partyId: string,
  value: number,
): Contribution {
  return { id, partnershipId: 'p1', date, partyId, kind: 'staff-time', value };
}

export function friction(
  id: string,
  severity: FrictionSeverity,
  openedDate: string,
  resolvedDate: string | null = null,
): Friction {
  return {
    id,
    partnershipId: 'p1',
    title: `Friction ${id}`,
    category: 'process',
    severity,
    openedDate,
    resolvedDate,
  };
}

export function review(id: string, date: string): Review {
  return { id, partnershipId: 'p1', date };
}

/** The series point that a full evaluation implies, built independently of the series code. */
export function pointOf(result: HealthResult, records: PartnershipRecords): HealthPoint {
  const trust = result.dimensions.trust;
  return {
    date: result.asOf,
    health: result.health,
    band: result.band,
    dimensions: Object.fromEntries(
      DIMENSIONS.map((name) => [name, result.dimensions[name].score]),
    ) as HealthPoint['dimensions'],
    perceptionGap: result.perceptionGap,
    trustByParty: Object.fromEntries(
      records.partnership.partyIds.map((id) => [
        id,
        trust.parties.find((p) => p.partyId === id)?.score ?? null,
      ]),
    ),
  };
}

/**
 * Every id in a record set (one partnership's records or a whole dataset): the `id` of each
 * object at any depth, and the parties each partnership names.
 */
export function collectIds(value: unknown, ids = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectIds(item, ids);
  } else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (key === 'id' && typeof field === 'string') ids.add(field);
      else if (key === 'partyIds' && Array.isArray(field)) for (const id of field) ids.add(id);
      else collectIds(field, ids);
    }
  }
  return ids;
}

/**
 * A consistent renaming of `ids`: each reversed, plus "~". Reversed ids do not keep their
 * original order, so a result that depends on that order shows.
 */
export function reversedIds(ids: Iterable<string>): Map<string, string> {
  return new Map([...ids].map((id) => [id, `${[...id].reverse().join('')}~`]));
}

/** A deep copy of `value` with every string (value or key) found in `rename` replaced. */
export function renameDeep<T>(value: T, rename: Map<string, string>): T {
  if (typeof value === 'string') return (rename.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => renameDeep(v, rename)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [rename.get(k) ?? k, renameDeep(v, rename)]),
    ) as T;
  }
  return value;
}
