// The points of a goal's chart over a period: the measured values and the expected pace, a
// straight line from the baseline at the start date to the target at the due date.
import { dayNumber } from '../../../../core/domain/dates';
import type { Goal, GoalUpdate, IsoDate } from '../../../../core/domain/types';

export interface GoalChartPoint {
  date: IsoDate;
  day: number;
  /** The measured value on that date (the baseline on the start date); null between updates. */
  actual: number | null;
  expected: number;
}

/** The value the goal should have reached on `date` at an even pace. */
export function expectedValue(goal: Goal, date: IsoDate): number {
  const span = dayNumber(goal.dueDate) - dayNumber(goal.startDate);
  const share = Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(goal.startDate)) / span));
  return goal.baseline + (goal.target - goal.baseline) * share;
}

/**
 * The chart points of `goal` within [from, to]: its start, every update and its due date (or
 * its latest update, when later) that fall in the period. Several updates on one day keep the
 * last, as the model does. Empty when the goal's life does not meet the period.
 */
export function goalChartPoints(
  goal: Goal,
  updates: readonly GoalUpdate[],
  from: IsoDate,
  to: IsoDate,
): GoalChartPoint[] {
  const mine = updates.filter((u) => u.goalId === goal.id);
  const lastUpdate = mine.reduce<IsoDate>((d, u) => (u.date > d ? u.date : d), goal.dueDate);
  const start = goal.startDate > from ? goal.startDate : from;
  const end = lastUpdate < to ? lastUpdate : to;
  if (start > end) return [];
  const actual = new Map<IsoDate, number>();
  actual.set(goal.startDate, goal.baseline);
  for (const u of mine) actual.set(u.date, u.value);
  const dates = new Set<IsoDate>([start, end]);
  for (const date of actual.keys()) if (start <= date && date <= end) dates.add(date);
  if (start <= goal.dueDate && goal.dueDate <= end) dates.add(goal.dueDate);
  return [...dates].sort().map((date) => ({
    date,
    day: dayNumber(date),
    actual: actual.get(date) ?? null,
    expected: expectedValue(goal, date),
  }));
}
