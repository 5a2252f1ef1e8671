// Friction: points deducted for each open friction between the parties, more for severe ones
// and for ones left open more than a month.

import type { NullReason } from './dimension-names';
import { openFrictionsOn, type PreparedRecords } from './prepared-records';
import type { FrictionSeverity, IsoDate } from './types';

/** Points an open friction costs, by severity. */
export const FRICTION_COST: Record<FrictionSeverity, number> = { low: 5, medium: 15, high: 30 };
/** A friction open longer than this many days costs more. */
export const FRICTION_AGE_DAYS = 30;
/** The multiplier for frictions open longer than FRICTION_AGE_DAYS. */
export const FRICTION_AGE_FACTOR = 1.5;

export interface OpenFrictionCost {
  frictionId: string;
  title: string;
  severity: FrictionSeverity;
  openedDate: IsoDate;
  /** Days from opening to the date. */
  ageDays: number;
  /** Open more than FRICTION_AGE_DAYS: the cost is multiplied by FRICTION_AGE_FACTOR. */
  aged: boolean;
  cost: number;
}

export interface FrictionResult {
  dimension: 'friction';
  score: number | null;
  nullReason: NullReason | null;
  /** Frictions open at the date, in order of opening. */
  open: OpenFrictionCost[];
  totalCost: number;
}

/** Friction as of `day`: 100 minus the cost of the frictions open that day, at least 0. */
export function scoreFriction(prepared: PreparedRecords, day: number): FrictionResult {
  const result: FrictionResult = {
    dimension: 'friction',
    score: null,
    nullReason: null,
    open: [],
    totalCost: 0,
  };
  if (day < prepared.startDay) return { ...result, nullReason: 'before-start' };
  for (const { friction, openedDay } of openFrictionsOn(prepared, day)) {
    const ageDays = day - openedDay;
    const aged = ageDays > FRICTION_AGE_DAYS;
    const cost = FRICTION_COST[friction.severity] * (aged ? FRICTION_AGE_FACTOR : 1);
    result.open.push({
      frictionId: friction.id,
      title: friction.title,
      severity: friction.severity,
      openedDate: friction.openedDate,
      ageDays,
      aged,
      cost,
    });
    result.totalCost += cost;
  }
  result.score = Math.max(0, 100 - result.totalCost);
  return result;
}
