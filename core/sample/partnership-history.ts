// Writes the history of one sample partnership (pulses, interactions, goals with updates,
// contributions, frictions, reviews, milestones) from a health curve: healthy partnerships
// score high throughout, drifting ones decline in recent months, failing ones stay low.

import { dayNumber } from '../domain/dates';
import { clamp } from '../domain/math';
import {
  CONTRIBUTION_KINDS,
  FRICTION_CATEGORIES,
  INTERACTION_KINDS,
  PULSE_ITEMS,
} from '../domain/types';
import type {
  ActionItem,
  ContributionKind,
  Dataset,
  IsoDate,
  OrganizationKind,
  Partnership,
  Pulse,
  Rating,
} from '../domain/types';
import { addGoals } from './goal-history';
import * as text from './record-phrases';
import type { Random } from './seeded-random';

export type Profile = 'healthy' | 'drifting' | 'failing';

/** What the history of one partnership is generated from. */
export interface HistoryPlan {
  partnership: Partnership;
  profile: Profile;
  partyKinds: OrganizationKind[];
  /** Last day with activity (today, the end date, or when the partnership was paused). */
  activeUntil: IsoDate;
  /** Drifting partnerships decline from this date on. */
  driftFrom: IsoDate;
  /** Put a decreasing goal first (so every portfolio shows one). */
  decreasingGoalFirst: boolean;
}

/** Shared state while generating: the random stream, id counters and the data set filled in. */
export interface GeneratorContext {
  random: Random;
  today: IsoDate;
  dataset: Dataset;
  nextId(prefix: string): string;
  /** The `YYYY-MM-DD` of a day number (memoised: the generator formats the same days often). */
  date(day: number): IsoDate;
}

const KIND_CONTRIBUTIONS: Record<OrganizationKind, ContributionKind[]> = {
  'internal-team': ['staff-time', 'expertise', 'data'],
  company: ['funding', 'in-kind', 'expertise', 'data'],
  nonprofit: ['staff-time', 'network', 'expertise', 'in-kind'],
  'public-agency': ['funding', 'data', 'network'],
  other: [...CONTRIBUTION_KINDS],
};

/** Appends the whole history of `plan.partnership` to the context's data set. */
export function addPartnershipHistory(ctx: GeneratorContext, plan: HistoryPlan): void {
  const { random } = ctx;
  const p = plan.partnership;
  const people = random.shuffle(text.PEOPLE);
  const partyPeople = p.partyIds.map((_, i) => people.slice(i * 3, i * 3 + 3));
  const everyone = partyPeople.flat();
  /** `count` different items of `pool`, consecutive from a random place (cheaper than a shuffle). */
  const someOf = <T>(pool: readonly T[], count: number): T[] => {
    const from = random.int(0, pool.length - 1);
    return Array.from(
      { length: Math.min(count, pool.length) },
      (_, k) => pool[(from + k) % pool.length]!,
    );
  };
  const start = dayNumber(p.startDate);
  const until = dayNumber(plan.activeUntil);
  const today = dayNumber(ctx.today);
  const driftFrom = dayNumber(plan.driftFrom);
  const span = Math.max(1, today - start);
  const phase = random.between(0, 6);
  /** The health curve in [0, 1] on a given day. */
  const quality = (day: number): number => {
    const t = day - start;
    if (plan.profile === 'healthy') return 0.8 + 0.08 * Math.sin(t / 70 + phase);
    if (plan.profile === 'failing') return 0.3 + 0.25 * Math.max(0, 1 - t / 200);
    const drift = day - driftFrom;
    if (drift <= 0) return 0.8 + 0.05 * Math.sin(t / 70 + phase);
    return 0.8 - 0.5 * Math.min(1, drift / Math.max(30, today - driftFrom));
  };
  const rating = (q: number) =>
    clamp(Math.round(1 + 4 * q + (random.next() - 0.5) * 1.6), 1, 5) as Rating;
  const party = () => random.pick(p.partyIds);
  const days = (from: number, step: () => number, each: (day: number) => void) => {
    for (let day = from; until - day >= 0; day = day + step()) each(day);
  };
  const actions = (day: number, q: number, pool: readonly string[], count: number): ActionItem[] =>
    someOf(pool, count).map((item) => {
      const dueDate = day + random.int(7, 30);
      const done = today - dueDate > 0 && random.chance(q + 0.1);
      return { text: item, ownerPartyId: party(), dueDate: ctx.date(dueDate), done };
    });

  days(
    start + random.int(14, 28),
    () => random.int(28, 35),
    (day) => {
      const q = quality(day);
      p.partyIds.forEach((partyId, i) => {
        if (!random.chance(plan.profile === 'failing' ? 0.7 : 0.95)) return;
        const bias = plan.profile === 'failing' && i === 1 ? -0.15 : 0;
        const respondents = random.chance(0.4) ? 2 : 1;
        for (let n = 0; n < respondents; n++) {
          const scores: Pulse['scores'] = {};
          for (const item of PULSE_ITEMS) if (random.chance(0.9)) scores[item] = rating(q + bias);
          const pulse: Pulse = {
            id: ctx.nextId('q'),
            partnershipId: p.id,
            date: ctx.date(day),
            partyId,
            scores,
          };
          if (!random.chance(0.15)) pulse.respondent = partyPeople[i]![n]!;
          if (random.chance(0.3)) {
            const mood = q + bias > 0.65 ? 'good' : q + bias > 0.45 ? 'mixed' : 'poor';
            pulse.comment = random.pick(text.PULSE_COMMENTS[mood]);
          }
          ctx.dataset.pulses.push(pulse);
        }
      });
    },
  );

  const cadence = p.checkInCadenceDays;
  for (let day = start + random.int(0, 7); until - day >= 0;) {
    const q = quality(day);
    const initiator = plan.profile === 'failing' && random.chance(0.8) ? p.partyIds[0]! : party();
    const interaction: Dataset['interactions'][number] = {
      id: ctx.nextId('i'),
      partnershipId: p.id,
      date: ctx.date(day),
      kind: random.pick(INTERACTION_KINDS.slice(0, 5)),
      initiatorPartyId: initiator,
      participants: someOf(everyone, random.int(2, 4)),
    };
    if (random.chance(0.65)) interaction.quality = rating(q);
    if (random.chance(0.8)) interaction.summary = random.pick(text.INTERACTION_SUMMARIES);
    if (random.chance(0.4))
      interaction.followUps = actions(day, q, text.FOLLOW_UPS, random.int(1, 2));
    ctx.dataset.interactions.push(interaction);
    const factor = q >= 0.6 ? random.between(0.6, 1.1) : random.between(1.3, 3);
    day = day + Math.max(1, Math.round(cadence * factor));
  }

  addGoals(ctx, plan, quality, span);

  days(
    start + random.int(5, 25),
    () => random.int(25, 35),
    (day) => {
      p.partyIds.forEach((partyId, i) => {
        if (!random.chance(0.8)) return;
        const agreed = p.partyShares?.[partyId] ?? 1;
        const total = Object.values(p.partyShares ?? {}).reduce((a, b) => a + b, 0);
        const share = p.partyShares ? (agreed / total) * p.partyIds.length : 1;
        const slack = plan.profile !== 'healthy' && i === 1 ? 0.3 : 1;
        const kind = random.pick(KIND_CONTRIBUTIONS[plan.partyKinds[i]!]);
        ctx.dataset.contributions.push({
          id: ctx.nextId('c'),
          partnershipId: p.id,
          date: ctx.date(day),
          partyId,
          kind,
          value: Math.round(random.between(8, 40) * share * slack),
          ...(random.chance(0.7) ? { description: random.pick(text.CONTRIBUTIONS[kind]) } : {}),
        });
      });
    },
  );

  days(
    start + random.int(20, 40),
    () => random.int(20, 40),
    (day) => {
      const q = quality(day);
      if (!random.chance((1 - q) * 0.35)) return;
      const category = random.pick(FRICTION_CATEGORIES);
      const r = random.next();
      const severity =
        q < 0.45
          ? r < 0.4
            ? 'high'
            : r < 0.8
              ? 'medium'
              : 'low'
          : r < 0.5
            ? 'low'
            : r < 0.9
              ? 'medium'
              : 'high';
      const resolvedDate = day + (q >= 0.6 ? random.int(5, 60) : random.int(30, 120));
      const resolved = (q >= 0.6 || random.chance(0.4)) && today - resolvedDate >= 0;
      ctx.dataset.frictions.push({
        id: ctx.nextId('f'),
        partnershipId: p.id,
        title: random.pick(text.FRICTIONS[category]),
        category,
        severity,
        openedDate: ctx.date(day),
        ...(resolved ? { resolvedDate: ctx.date(resolvedDate) } : {}),
        ...(random.chance(0.4) ? { notes: 'Raised at the last check-in.' } : {}),
      });
    },
  );

  const reviewStep = () =>
    Math.round(
      p.reviewCadenceDays *
        (plan.profile === 'healthy' ? random.between(0.85, 1.05) : random.between(1.2, 2)),
    );
  days(start + reviewStep(), reviewStep, (day) => {
    const q = quality(day);
    ctx.dataset.reviews.push({
      id: ctx.nextId('r'),
      partnershipId: p.id,
      date: ctx.date(day),
      wentWell: random.pick(text.REVIEW_WENT_WELL),
      toImprove: random.pick(text.REVIEW_TO_IMPROVE),
      actions: actions(day, q, text.REVIEW_ACTIONS, random.int(1, 3)),
    });
  });

  const milestoneStep = () => random.int(120, 240) * (plan.profile === 'failing' ? 2 : 1);
  days(start + milestoneStep(), milestoneStep, (day) => {
    const milestone = random.pick(text.MILESTONES);
    ctx.dataset.milestones.push({
      id: ctx.nextId('m'),
      partnershipId: p.id,
      date: ctx.date(day),
      title: milestone.title,
      description: milestone.description,
      celebrated: random.chance(quality(day) > 0.6 ? 0.7 : 0.3),
    });
  });
}
