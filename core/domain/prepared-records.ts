// One partnership's records sorted by date once, with day numbers and per-record figures
// worked out in advance, so the model can be evaluated at many dates by binary search
// instead of re-scanning every record for every date.

import { dayNumber } from './dates';
import { countUpTo } from './math';
import type { PartnershipRecords } from './partnership-records';
import {
  RECIPROCITY_ITEMS,
  TRUST_ITEMS,
  type Contribution,
  type Friction,
  type Goal,
  type GoalUpdate,
  type Interaction,
  type Partnership,
  type Pulse,
  type PulseScores,
  type Review,
} from './types';

export interface PreparedPulse {
  pulse: Pulse;
  /** Mean of the present trust items (1–5), null when the pulse has none. */
  trustRating: number | null;
  /** Mean of the present reciprocity items (1–5), null when the pulse has none. */
  reciprocityRating: number | null;
}

export interface PreparedGoal {
  goal: Goal;
  startDay: number;
  dueDay: number;
  /** Day of `statusDate`, null when absent. */
  statusDay: number | null;
  /** The goal's updates sorted by date (ties keep file order) and their day numbers. */
  updates: GoalUpdate[];
  updateDays: number[];
}

export interface PreparedFriction {
  friction: Friction;
  openedDay: number;
}

/** A collection sorted by date (stable: ties keep file order) beside its day numbers. */
export interface Timeline<T> {
  items: T[];
  days: number[];
}

export interface PreparedRecords {
  partnership: Partnership;
  startDay: number;
  pulses: Timeline<PreparedPulse>;
  interactions: Timeline<Interaction>;
  contributions: Timeline<Contribution>;
  reviews: Timeline<Review>;
  goals: PreparedGoal[];
  /** Days on which the set of open frictions changes, and the open set from that day on. */
  frictionChanges: Timeline<PreparedFriction[]>;
}

/** Sorts and indexes one partnership's records for evaluation at any date. */
export function prepareRecords(records: PartnershipRecords): PreparedRecords {
  const updatesByGoal = new Map<string, GoalUpdate[]>();
  for (const update of records.goalUpdates) {
    const list = updatesByGoal.get(update.goalId);
    if (list) list.push(update);
    else updatesByGoal.set(update.goalId, [update]);
  }
  return {
    partnership: records.partnership,
    startDay: dayNumber(records.partnership.startDate),
    pulses: timeline(
      records.pulses.map((pulse) => ({
        pulse,
        trustRating: meanOfItems(pulse.scores, TRUST_ITEMS),
        reciprocityRating: meanOfItems(pulse.scores, RECIPROCITY_ITEMS),
      })),
      (p) => p.pulse.date,
    ),
    interactions: timeline(records.interactions, (i) => i.date),
    contributions: timeline(records.contributions, (c) => c.date),
    reviews: timeline(records.reviews, (r) => r.date),
    goals: records.goals.map((goal) => {
      const updates = timeline(updatesByGoal.get(goal.id) ?? [], (u) => u.date);
      return {
        goal,
        startDay: dayNumber(goal.startDate),
        dueDay: dayNumber(goal.dueDate),
        statusDay: goal.statusDate ? dayNumber(goal.statusDate) : null,
        updates: updates.items,
        updateDays: updates.days,
      };
    }),
    frictionChanges: openFrictionSets(records.frictions),
  };
}

/** Index range [from, to) of the items dated in the half-open day range (after, upTo]. */
export function slice<T>(line: Timeline<T>, after: number, upTo: number): [number, number] {
  return [countUpTo(line.days, after), countUpTo(line.days, upTo)];
}

/** The frictions open on `day`, in order of opening. */
export function openFrictionsOn(prepared: PreparedRecords, day: number): PreparedFriction[] {
  const index = countUpTo(prepared.frictionChanges.days, day) - 1;
  return index < 0 ? [] : (prepared.frictionChanges.items[index] as PreparedFriction[]);
}

function timeline<T>(records: readonly T[], dateOf: (r: T) => string): Timeline<T> {
  const keyed = records.map((item, order) => ({ item, order, day: dayNumber(dateOf(item)) }));
  keyed.sort((a, b) => a.day - b.day || a.order - b.order);
  return { items: keyed.map((k) => k.item), days: keyed.map((k) => k.day) };
}

function meanOfItems(scores: PulseScores, items: readonly (keyof PulseScores)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const item of items) {
    const value = scores?.[item];
    if (typeof value === 'number') {
      sum += value;
      count += 1;
    }
  }
  return count > 0 ? sum / count : null;
}

/**
 * Sweeps the frictions' opening and resolution days once: a friction is open on day T when
 * openedDate ≤ T < resolvedDate, so the open set only changes on those days.
 */
function openFrictionSets(frictions: readonly Friction[]): Timeline<PreparedFriction[]> {
  const opened = timeline(
    frictions.map((friction) => ({ friction, openedDay: dayNumber(friction.openedDate) })),
    (f) => f.friction.openedDate,
  ).items;
  const resolvedDay = new Map<PreparedFriction, number>();
  const changeDays = new Set<number>();
  const candidates: PreparedFriction[] = [];
  for (const f of opened) {
    const resolved = f.friction.resolvedDate ? dayNumber(f.friction.resolvedDate) : null;
    // Resolved on or before the day it opened: never open.
    if (resolved !== null && resolved <= f.openedDay) continue;
    candidates.push(f);
    changeDays.add(f.openedDay);
    if (resolved !== null) {
      resolvedDay.set(f, resolved);
      changeDays.add(resolved);
    }
  }
  const days = [...changeDays].sort((a, b) => a - b);
  const items: PreparedFriction[][] = [];
  let current: PreparedFriction[] = [];
  let next = 0;
  for (const day of days) {
    while (next < candidates.length && (candidates[next] as PreparedFriction).openedDay <= day) {
      current = [...current, candidates[next] as PreparedFriction];
      next += 1;
    }
    current = current.filter((f) => (resolvedDay.get(f) ?? Infinity) > day);
    items.push(current);
  }
  return { items, days };
}
