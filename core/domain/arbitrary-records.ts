// Random small partnerships and settings for the model's property tests, built from plain
// numbers so that this module needs no test library; the tests feed it fast-check's choices.

import { dayNumber, fromDayNumber } from './dates';
import type { PartnershipRecords } from './partnership-records';
import { makePartnership } from './test-records';
import {
  FRICTION_SEVERITIES,
  GOAL_STATUSES,
  PARTNERSHIP_STATUSES,
  PULSE_ITEMS,
  type PulseScores,
  type Rating,
  type Settings,
} from './types';

/** First and last day of the dates the random records use. */
export const RANDOM_FROM = '2024-10-01';
export const RANDOM_TO = '2026-12-31';
export const RANDOM_SPAN = dayNumber(RANDOM_TO) - dayNumber(RANDOM_FROM);

/** A source of choices: `pick(n)` returns an integer in [0, n). */
export type Pick = (n: number) => number;

const date = (pick: Pick) => fromDayNumber(dayNumber(RANDOM_FROM) + pick(RANDOM_SPAN + 1));
const rating = (pick: Pick) => (1 + pick(5)) as Rating;
const maybe = <T>(pick: Pick, make: () => T): T | null => (pick(3) === 0 ? null : make());
const times = <T>(pick: Pick, max: number, make: (i: number) => T): T[] =>
  Array.from({ length: pick(max + 1) }, (_, i) => make(i));

/** A random partnership with a few records of every kind, ids unique and distinct from other text. */
export function randomRecords(pick: Pick): PartnershipRecords {
  const partyIds = ['o0', 'o1', 'o2'].slice(0, 2 + pick(2));
  const party = () => partyIds[pick(partyIds.length)]!;
  const goals = times(pick, 3, (i) => {
    const startDate = date(pick);
    const status = GOAL_STATUSES[pick(3)]!;
    const baseline = pick(50);
    return {
      id: `g${i}`,
      partnershipId: 'pX',
      title: `Goal title ${i}`,
      baseline,
      target: pick(2) ? baseline + 1 + pick(100) : baseline - 1 - pick(100),
      startDate,
      dueDate: fromDayNumber(dayNumber(startDate) + 1 + pick(400)),
      weight: 1 + pick(3),
      ownerPartyIds: [party()],
      status,
      statusDate: status === 'active' ? null : date(pick),
    };
  });
  return {
    partnership: makePartnership({
      id: 'pX',
      partyIds,
      partyShares: pick(2) ? Object.fromEntries(partyIds.map((id) => [id, 1 + pick(4)])) : null,
      status: PARTNERSHIP_STATUSES[pick(4)]!,
      startDate: fromDayNumber(dayNumber('2025-01-01') + pick(365)),
      checkInCadenceDays: 1 + pick(30),
      reviewCadenceDays: 7 + pick(120),
    }),
    pulses: times(pick, 10, (i) => {
      const scores: PulseScores = {};
      for (const item of PULSE_ITEMS) {
        const value = maybe(pick, () => rating(pick));
        if (value !== null) scores[item] = value;
      }
      return { id: `q${i}`, partnershipId: 'pX', date: date(pick), partyId: party(), scores };
    }),
    interactions: times(pick, 12, (i) => ({
      id: `i${i}`,
      partnershipId: 'pX',
      date: date(pick),
      kind: 'meeting' as const,
      initiatorPartyId: maybe(pick, party),
      quality: maybe(pick, () => rating(pick)),
    })),
    goals,
    goalUpdates: goals.length
      ? times(pick, 8, (i) => ({
          id: `u${i}`,
          goalId: goals[pick(goals.length)]!.id,
          date: date(pick),
          value: pick(200) - 50,
        }))
      : [],
    contributions: times(pick, 8, (i) => ({
      id: `c${i}`,
      partnershipId: 'pX',
      date: date(pick),
      partyId: party(),
      kind: 'funding' as const,
      value: pick(4) === 0 ? 0 : pick(1000) / 7,
    })),
    frictions: times(pick, 5, (i) => {
      const openedDate = date(pick);
      return {
        id: `f${i}`,
        partnershipId: 'pX',
        title: `Friction title ${i}`,
        category: 'process' as const,
        severity: FRICTION_SEVERITIES[pick(3)]!,
        openedDate,
        resolvedDate: maybe(pick, () => fromDayNumber(dayNumber(openedDate) + pick(120))),
      };
    }),
    reviews: times(pick, 3, (i) => ({ id: `r${i}`, partnershipId: 'pX', date: date(pick) })),
    milestones: [],
  };
}

/** Random valid settings. */
export function randomSettings(pick: Pick): Settings {
  const weights = {
    trust: pick(11) / 10,
    communication: pick(11) / 10,
    goals: pick(11) / 10,
    reciprocity: pick(11) / 10,
    friction: pick(11) / 10,
  };
  if (Object.values(weights).every((w) => w === 0)) weights.trust = 1;
  const watch = 10 + pick(50);
  return {
    organizationName: null,
    lookbackDays: 14 + pick(107),
    trendDays: 7 + pick(54),
    weights,
    bands: { watch, healthy: watch + 1 + pick(100 - watch) },
  };
}

/** A random date within the records' range. */
export function randomDate(pick: Pick): string {
  return date(pick);
}
