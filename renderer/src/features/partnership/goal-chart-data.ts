// The points of a goal's chart: the measured values and the expected pace, a straight line
// from the baseline at the start date to the target at the due date.
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
 * The chart points of `goal` over its whole life: its start (at the baseline), every update
 * (several on one day keep the last, as the model does) and its due date. A goal's chart shows
 * its whole life whatever period the page shows, since its pace runs from start to due date.
 */
export function goalChartPoints(goal: Goal, updates: readonly GoalUpdate[]): GoalChartPoint[] {
  const actual = new Map<IsoDate, number>();
  actual.set(goal.startDate, goal.baseline);
  for (const u of updates) if (u.goalId === goal.id) actual.set(u.date, u.value);
  const dates = new Set<IsoDate>([...actual.keys(), goal.dueDate]);
  return [...dates].sort().map((date) => ({
    date,
    day: dayNumber(date),
    actual: actual.get(date) ?? null,
    expected: expectedValue(goal, date),
  }));
}
