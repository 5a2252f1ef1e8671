// Alerts: the conditions a partnership manager should act on as of a date, each with a severity
// and a sentence naming the figures behind it. Raised only for forming or active partnerships.

import type { CommunicationResult } from './communication';
import type { FrictionResult } from './friction';
import type { GoalsResult } from './goals';
import type { ReciprocityResult } from './reciprocity';
import type { TrustResult } from './trust';
import type { Partnership } from './types';
import { count, percent, rating, whole } from './wording';

/** Alert codes, in the fixed order used to sort alerts of the same severity. */
export const ALERT_CODES = [
  'CHECKIN_OVERDUE',
  'TRUST_DROP',
  'PERCEPTION_GAP',
  'GOAL_AT_RISK',
  'FRICTION_STALE',
  'REVIEW_DUE',
  'IMBALANCE',
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];
export type AlertSeverity = 'warning' | 'critical';

export interface Alert {
  code: AlertCode;
  severity: AlertSeverity;
  partnershipId: string;
  message: string;
  goalId?: string;
  frictionId?: string;
}

/** Trust is compared with its value this many days earlier. */
export const TRUST_DROP_DAYS = 90;
export const TRUST_DROP_WARNING = -10;
export const TRUST_DROP_CRITICAL = -20;
export const PERCEPTION_GAP_WARNING = 20;
export const PERCEPTION_GAP_CRITICAL = 35;
export const FRICTION_STALE_WARNING_DAYS = 14;
export const FRICTION_STALE_CRITICAL_DAYS = 60;
export const IMBALANCE_WARNING = 50;
export const IMBALANCE_CRITICAL = 30;

/** What the alert rules look at. */
export interface AlertInput {
  partnership: Partnership;
  /** Days from the partnership's start to the date. */
  daysSinceStart: number;
  trust: TrustResult;
  /** Trust TRUST_DROP_DAYS before the date. */
  trustBefore: number | null;
  communication: CommunicationResult;
  goals: GoalsResult;
  reciprocity: ReciprocityResult;
  friction: FrictionResult;
  /** Days from the latest review on or before the date; null when there is none. */
  daysSinceReview: number | null;
}

const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1 };

/**
 * Orders alerts most serious first: critical before warning, then by the fixed code order
 * (ALERT_CODES). Equal alerts keep their order under a stable sort.
 */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    ALERT_CODES.indexOf(a.code) - ALERT_CODES.indexOf(b.code)
  );
}

/** The most serious of `alerts`, or null when there is none. */
export function mostSeriousAlert(alerts: readonly Alert[]): Alert | null {
  let best: Alert | null = null;
  for (const alert of alerts) if (best === null || compareAlerts(alert, best) < 0) best = alert;
  return best;
}

/** The alerts as of the date, most serious first; none unless the partnership is forming or active. */
export function raiseAlerts(input: AlertInput): Alert[] {
  const { partnership } = input;
  if (partnership.status !== 'forming' && partnership.status !== 'active') return [];
  if (input.daysSinceStart < 0) return [];
  const alerts: Alert[] = [];
  const raise = (
    code: AlertCode,
    critical: boolean,
    message: string,
    ids: { goalId?: string; frictionId?: string } = {},
  ) =>
    alerts.push({
      code,
      severity: critical ? 'critical' : 'warning',
      partnershipId: partnership.id,
      message,
      ...ids,
    });

  const cadence = partnership.checkInCadenceDays;
  const sinceCheckIn = input.communication.daysSinceLast ?? input.daysSinceStart;
  if (sinceCheckIn > cadence) {
    const lead =
      input.communication.daysSinceLast === null
        ? `No check-in since the partnership started ${count(sinceCheckIn, 'day')} ago`
        : `No check-in for ${count(sinceCheckIn, 'day')}`;
    raise(
      'CHECKIN_OVERDUE',
      sinceCheckIn > 2 * cadence,
      `${lead}; the agreed cadence is ${count(cadence, 'day')}.`,
    );
  }

  const trustNow = input.trust.score;
  if (trustNow !== null && input.trustBefore !== null) {
    const change = trustNow - input.trustBefore;
    if (change <= TRUST_DROP_WARNING) {
      raise(
        'TRUST_DROP',
        change <= TRUST_DROP_CRITICAL,
        `Trust fell ${whole(-change)} points in ${TRUST_DROP_DAYS} days, from ${whole(input.trustBefore)} to ${whole(trustNow)}.`,
      );
    }
  }

  const gap = input.trust.perceptionGap;
  if (gap !== null && gap >= PERCEPTION_GAP_WARNING) {
    const ratings = input.trust.parties.map((p) => p.meanRating);
    raise(
      'PERCEPTION_GAP',
      gap >= PERCEPTION_GAP_CRITICAL,
      `The parties' trust ratings are ${whole(gap)} points apart (lowest ${rating(Math.min(...ratings))}, highest ${rating(Math.max(...ratings))}).`,
    );
  }

  for (const goal of input.goals.goals) {
    if (goal.status !== 'at-risk') continue;
    const message = goal.pastDue
      ? `Goal "${goal.title}" is past its due date ${goal.dueDate} at ${percent(goal.progress)} progress.`
      : `Goal "${goal.title}" is at ${percent(goal.progress)} progress where ${percent(goal.expected)} was expected by now.`;
    raise('GOAL_AT_RISK', goal.pastDue, message, { goalId: goal.goalId });
  }

  for (const open of input.friction.open) {
    if (open.severity !== 'high' || open.ageDays <= FRICTION_STALE_WARNING_DAYS) continue;
    raise(
      'FRICTION_STALE',
      open.ageDays > FRICTION_STALE_CRITICAL_DAYS,
      `High-severity friction "${open.title}" has been open for ${count(open.ageDays, 'day')} (since ${open.openedDate}).`,
      { frictionId: open.frictionId },
    );
  }

  const reviewCadence = partnership.reviewCadenceDays;
  const sinceReview = input.daysSinceReview ?? input.daysSinceStart;
  if (sinceReview > reviewCadence) {
    const lead =
      input.daysSinceReview === null
        ? `No review since the partnership started ${count(sinceReview, 'day')} ago`
        : `No review for ${count(sinceReview, 'day')}`;
    raise(
      'REVIEW_DUE',
      sinceReview > 2 * reviewCadence,
      `${lead}; the agreed cadence is ${count(reviewCadence, 'day')}.`,
    );
  }

  const reciprocity = input.reciprocity.score;
  if (reciprocity !== null && reciprocity < IMBALANCE_WARNING) {
    const parts: string[] = [];
    const ledger = input.reciprocity.ledger;
    if (ledger) {
      const shares = ledger.parties.map((p) => percent(p.share)).join(' / ');
      const agreed = ledger.parties.map((p) => percent(p.agreedShare)).join(' / ');
      parts.push(`contributions split ${shares} against an agreed ${agreed}`);
    }
    const perceived = input.reciprocity.perceived;
    if (perceived) parts.push(`fairness and benefit rated ${rating(perceived.meanRating)}`);
    raise(
      'IMBALANCE',
      reciprocity < IMBALANCE_CRITICAL,
      `Give and take scores ${whole(reciprocity)}, below ${IMBALANCE_WARNING}: ${parts.join('; ')}.`,
    );
  }

  return alerts.sort(compareAlerts);
}
