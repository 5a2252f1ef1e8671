// Partnership health as of a date (health model v1, docs/health-model.md): the five dimensions with
// explanations, composite health, band, trend, confidence, perception gap, goal statuses and alerts.

import { raiseAlerts, TRUST_DROP_DAYS, type Alert } from './alerts';
import { dayNumber } from './dates';
import type { GoalEvaluation } from './goals';
import { countUpTo } from './math';
import { groupByPartnership, type PartnershipRecords } from './partnership-records';
import { prepareRecords, type PreparedRecords } from './prepared-records';
import { snapshotAt, type Band, type Confidence, type DimensionResults } from './health-snapshot';
import { scoreTrust } from './trust';
import type { Dataset, IsoDate, Settings } from './types';

export { DIMENSIONS, type DimensionName, type NullReason } from './dimension-names';
export type { CommunicationResult, InitiatorShare } from './communication';
export type { FrictionResult, OpenFrictionCost } from './friction';
export type { GoalEvaluation, GoalsResult, GoalStatus } from './goals';
export type { LedgerPart, LedgerShare, PerceivedPart, ReciprocityResult } from './reciprocity';
export type { PartyTrust, TrustResult } from './trust';
export {
  bandOf,
  type Band,
  type Confidence,
  type DimensionResult,
  type DimensionResults,
} from './health-snapshot';

export type Trend = 'improving' | 'steady' | 'declining';

/** A change in health of at least this many points (either way) is a trend. */
export const TREND_THRESHOLD = 5;

/** The trend a change of score says: ±TREND_THRESHOLD points or more; null when there is no change to judge. */
export function trendOfDelta(delta: number | null): Trend | null {
  if (delta === null) return null;
  if (delta >= TREND_THRESHOLD) return 'improving';
  if (delta <= -TREND_THRESHOLD) return 'declining';
  return 'steady';
}

export interface HealthResult {
  partnershipId: string;
  asOf: IsoDate;
  health: number | null;
  band: Band | null;
  trend: Trend | null;
  /** Health(asOf) − Health(asOf − trendDays). */
  trendDelta: number | null;
  confidence: Confidence | null;
  perceptionGap: number | null;
  dimensions: DimensionResults;
  /** The goals counted at asOf with their computed status. */
  goals: GoalEvaluation[];
  /** Most serious first. */
  alerts: Alert[];
}

/** The health of one partnership as of `asOf`, using only records dated on or before it. */
export function evaluateHealth(
  records: PartnershipRecords,
  asOf: IsoDate,
  settings: Settings,
): HealthResult {
  return evaluatePrepared(prepareRecords(records), asOf, settings);
}

/**
 * evaluateHealth on records already prepared with prepareRecords — for callers that
 * evaluate one partnership at several dates.
 */
export function evaluatePrepared(
  prepared: PreparedRecords,
  asOf: IsoDate,
  settings: Settings,
): HealthResult {
  const day = dayNumber(asOf);
  const now = snapshotAt(prepared, day, settings);
  const before = snapshotAt(prepared, day - settings.trendDays, settings).health;
  const trendDelta = now.health === null || before === null ? null : now.health - before;
  const trend = trendOfDelta(trendDelta);
  const reviews = countUpTo(prepared.reviews.days, day);
  const alerts = raiseAlerts({
    partnership: prepared.partnership,
    daysSinceStart: day - prepared.startDay,
    trust: now.dimensions.trust,
    trustBefore: scoreTrust(prepared, day - TRUST_DROP_DAYS, settings.lookbackDays).score,
    communication: now.dimensions.communication,
    goals: now.dimensions.goals,
    reciprocity: now.dimensions.reciprocity,
    friction: now.dimensions.friction,
    daysSinceReview: reviews > 0 ? day - prepared.reviews.days[reviews - 1]! : null,
  });
  return {
    partnershipId: prepared.partnership.id,
    asOf,
    health: now.health,
    band: now.band,
    trend,
    trendDelta,
    confidence: now.confidence,
    perceptionGap: now.perceptionGap,
    dimensions: now.dimensions,
    goals: now.dimensions.goals.goals,
    alerts,
  };
}

/** The health of every partnership of the data set as of `asOf`, in the data set's order. */
export function evaluatePortfolio(dataset: Dataset, asOf: IsoDate): HealthResult[] {
  return [...groupByPartnership(dataset).values()].map((records) =>
    evaluateHealth(records, asOf, dataset.settings),
  );
}
