// The model at one date, without trend or alerts: the five dimensions, composite health,
// band and confidence. Shared by evaluateHealth and the fast time series, so both agree exactly.

import { DIMENSIONS } from './dimension-names';
import { scoreCommunication, type CommunicationResult } from './communication';
import { scoreFriction, type FrictionResult } from './friction';
import { scoreGoals, type GoalsResult } from './goals';
import { weightedMean } from './math';
import type { PreparedRecords } from './prepared-records';
import { scoreReciprocity, type ReciprocityResult } from './reciprocity';
import { scoreTrust, type TrustResult } from './trust';
import type { Settings } from './types';

export type Band = 'healthy' | 'watch' | 'at-risk';
export type Confidence = 'low' | 'normal';

/** A dimension's score with the explanation of how it was reached. */
export type DimensionResult =
  TrustResult | CommunicationResult | GoalsResult | ReciprocityResult | FrictionResult;

/** The result of each dimension, by name. */
export interface DimensionResults {
  trust: TrustResult;
  communication: CommunicationResult;
  goals: GoalsResult;
  reciprocity: ReciprocityResult;
  friction: FrictionResult;
}

export interface HealthSnapshot {
  dimensions: DimensionResults;
  health: number | null;
  band: Band | null;
  confidence: Confidence | null;
  perceptionGap: number | null;
}

/** Fewer trust pulses than this in the window make confidence low. */
export const MIN_PULSES_FOR_CONFIDENCE = 3;
/** Fewer dimensions present than this make confidence low. */
export const MIN_DIMENSIONS_FOR_CONFIDENCE = 3;

/** The band of a health score under the settings' thresholds; null for a null score. */
export function bandOf(score: number | null, settings: Settings): Band | null {
  if (score === null) return null;
  if (score >= settings.bands.healthy) return 'healthy';
  if (score >= settings.bands.watch) return 'watch';
  return 'at-risk';
}

/** Evaluates the five dimensions and the composite at `day` (a day number). */
export function snapshotAt(
  prepared: PreparedRecords,
  day: number,
  settings: Settings,
): HealthSnapshot {
  const window = settings.lookbackDays;
  const dimensions: DimensionResults = {
    trust: scoreTrust(prepared, day, window),
    communication: scoreCommunication(prepared, day, window),
    goals: scoreGoals(prepared, day, window),
    reciprocity: scoreReciprocity(prepared, day, window),
    friction: scoreFriction(prepared, day),
  };
  const health = compositeHealth(dimensions, settings);
  let confidence: Confidence | null = null;
  if (day >= prepared.startDay) {
    let present = 0;
    for (const name of DIMENSIONS) if (dimensions[name].score !== null) present += 1;
    confidence =
      dimensions.trust.pulseCount < MIN_PULSES_FOR_CONFIDENCE ||
      present < MIN_DIMENSIONS_FOR_CONFIDENCE
        ? 'low'
        : 'normal';
  }
  return {
    dimensions,
    health,
    band: bandOf(health, settings),
    confidence,
    perceptionGap: dimensions.trust.perceptionGap,
  };
}

/**
 * Weighted mean of the present dimensions with the settings' weights; null unless trust,
 * communication or goals is present (friction and reciprocity alone say too little).
 */
export function compositeHealth(dimensions: DimensionResults, settings: Settings): number | null {
  const { trust, communication, goals, reciprocity, friction } = dimensions;
  if (trust.score === null && communication.score === null && goals.score === null) return null;
  const w = settings.weights;
  return weightedMean([
    [trust.score, w.trust],
    [communication.score, w.communication],
    [goals.score, w.goals],
    [reciprocity.score, w.reciprocity],
    [friction.score, w.friction],
  ]);
}
