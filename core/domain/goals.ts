// Goals: how far each shared goal has come against where it should be by now, weighted by
// the goals' weights, and each goal's status (achieved, at-risk, behind, on-track).

import type { NullReason } from './dimension-names';
import { clamp, countUpTo } from './math';
import type { PreparedGoal, PreparedRecords } from './prepared-records';
import type { IsoDate } from './types';

export const GOAL_HEALTH_STATUSES = ['achieved', 'at-risk', 'behind', 'on-track'] as const;
/** A goal's computed status as of a date (beside the record's own active/achieved/dropped). */
export type GoalStatus = (typeof GOAL_HEALTH_STATUSES)[number];

/** A gap (expected − progress) at or above this makes a goal at-risk. */
export const AT_RISK_GAP = 0.35;
/** A gap at or above this makes a goal behind. */
export const BEHIND_GAP = 0.15;

export interface GoalEvaluation {
  goalId: string;
  title: string;
  weight: number;
  baseline: number;
  target: number;
  dueDate: IsoDate;
  /** v: the latest measured value on or before the date, or the baseline. */
  value: number;
  /** The goal update that gave v; null when v is the baseline. */
  updateId: string | null;
  /** p, 0–1 (1 once achieved). */
  progress: number;
  /** e: the share of the goal's time that has passed, 0–1. */
  expected: number;
  /** max(0, e − p). */
  gap: number;
  /** g = 100 × (1 − gap). */
  score: number;
  status: GoalStatus;
  /** The date is after the due date. */
  pastDue: boolean;
}

export interface GoalsResult {
  dimension: 'goals';
  score: number | null;
  nullReason: NullReason | null;
  /** The goals counted at the date, in file order. */
  goals: GoalEvaluation[];
  goalIds: string[];
  totalWeight: number;
}

/** Goals as of `day`; an achieved goal stays counted for `windowDays` after it was achieved. */
export function scoreGoals(
  prepared: PreparedRecords,
  day: number,
  windowDays: number,
): GoalsResult {
  const result: GoalsResult = {
    dimension: 'goals',
    score: null,
    nullReason: null,
    goals: [],
    goalIds: [],
    totalWeight: 0,
  };
  if (day < prepared.startDay) return { ...result, nullReason: 'before-start' };
  let weighted = 0;
  for (const prepGoal of prepared.goals) {
    if (!isCounted(prepGoal, day, windowDays)) continue;
    const evaluation = evaluateGoal(prepGoal, day);
    result.goals.push(evaluation);
    result.goalIds.push(evaluation.goalId);
    weighted += evaluation.weight * evaluation.score;
    result.totalWeight += evaluation.weight;
  }
  if (result.goals.length === 0) return { ...result, nullReason: 'no-data' };
  result.score = result.totalWeight > 0 ? weighted / result.totalWeight : null;
  return result;
}

function isCounted(prepGoal: PreparedGoal, day: number, windowDays: number): boolean {
  const { goal, startDay, statusDay } = prepGoal;
  if (startDay > day) return false;
  if (statusDay === null) return true;
  if (goal.status === 'dropped' && statusDay <= day) return false;
  if (goal.status === 'achieved' && statusDay <= day - windowDays) return false;
  return true;
}

function evaluateGoal(prepGoal: PreparedGoal, day: number): GoalEvaluation {
  const { goal, startDay, dueDay, statusDay } = prepGoal;
  const index = countUpTo(prepGoal.updateDays, day) - 1;
  const update = index >= 0 ? prepGoal.updates[index]! : null;
  const value = update ? update.value : goal.baseline;
  const achieved = goal.status === 'achieved' && statusDay !== null && statusDay <= day;
  // Import rejects target = baseline and dueDate ≤ startDate; should such a goal slip through,
  // it is judged reached when the target is reached and due on its due date, never NaN.
  const span = goal.target - goal.baseline;
  const progress = achieved
    ? 1
    : span === 0
      ? Number(value === goal.target)
      : clamp((value - goal.baseline) / span, 0, 1);
  const expected =
    dueDay > startDay ? clamp((day - startDay) / (dueDay - startDay), 0, 1) : Number(day >= dueDay);
  const gap = Math.max(0, expected - progress);
  const pastDue = day > dueDay;
  const status: GoalStatus =
    progress === 1
      ? 'achieved'
      : gap >= AT_RISK_GAP || pastDue
        ? 'at-risk'
        : gap >= BEHIND_GAP
          ? 'behind'
          : 'on-track';
  return {
    goalId: goal.id,
    title: goal.title,
    weight: goal.weight,
    baseline: goal.baseline,
    target: goal.target,
    dueDate: goal.dueDate,
    value,
    updateId: update ? update.id : null,
    progress,
    expected,
    gap,
    score: 100 * (1 - gap),
    status,
    pastDue,
  };
}
