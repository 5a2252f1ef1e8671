// Turns a dimension's explanation into one to three plain-English sentences for the
// "Why this score" panel and for reports. Display rounding happens here, never in the model.

import type { CommunicationResult } from './communication';
import { DIMENSION_LABELS } from './dimension-names';
import { FRICTION_AGE_FACTOR, type FrictionResult } from './friction';
import type { GoalsResult, GoalStatus } from './goals';
import type { DimensionResult } from './health-snapshot';
import type { ReciprocityResult } from './reciprocity';
import type { TrustResult } from './trust';
import { count, joinAnd, oneDecimal, percent, rating, whole } from './wording';

type NameOf = (orgId: string) => string;

/**
 * One to three sentences saying how a dimension's score was reached, naming the figures.
 * `names` turns organization ids into names (ids are shown when it is absent).
 */
export function explainDimension(result: DimensionResult, names?: NameOf): string[] {
  const nameOf: NameOf = (id) => names?.(id) ?? id;
  if (result.nullReason === 'before-start') {
    return [
      `${DIMENSION_LABELS[result.dimension]} has no score: the date is before the partnership started.`,
    ];
  }
  switch (result.dimension) {
    case 'trust':
      return explainTrust(result, nameOf);
    case 'communication':
      return explainCommunication(result, nameOf);
    case 'goals':
      return explainGoals(result);
    case 'reciprocity':
      return explainReciprocity(result, nameOf);
    case 'friction':
      return explainFriction(result);
  }
}

function explainTrust(r: TrustResult, nameOf: NameOf): string[] {
  if (r.score === null) {
    return [
      `${DIMENSION_LABELS.trust} has no score: no pulse rated trust in the last ${count(r.windowDays, 'day')}.`,
    ];
  }
  const ratings = r.parties.map(
    (p, i) => `${nameOf(p.partyId)}${i === 0 ? ' rates' : ''} ${rating(p.meanRating)}`,
  );
  const sentences = [
    `${DIMENSION_LABELS.trust} ${whole(r.score)}: ${ratings.join(', ')} (${count(r.pulseCount, 'pulse')} in the last ${count(r.windowDays, 'day')}).`,
  ];
  if (r.perceptionGap !== null) {
    sentences.push(`The parties' views are ${whole(r.perceptionGap)} points apart.`);
  } else {
    sentences.push('Only one party answered, so the parties\u2019 views cannot be compared.');
  }
  return sentences;
}

function explainCommunication(r: CommunicationResult, nameOf: NameOf): string[] {
  if (r.score === null) {
    return [
      `${DIMENSION_LABELS.communication} has no score yet: the first check-in is due ${count(r.cadenceDays, 'day')} after the start.`,
    ];
  }
  const latest =
    r.daysSinceLast === null
      ? 'no check-in has been logged'
      : `the latest was ${r.daysSinceLast === 0 ? 'today' : `${count(r.daysSinceLast, 'day')} ago`}`;
  const sentences = [
    `${DIMENSION_LABELS.communication} ${whole(r.score)}: ${count(r.interactionCount, 'check-in')} in the last ${count(r.windowDays, 'day')} against ${oneDecimal(r.expectedCount)} expected at one every ${count(r.cadenceDays, 'day')}; ${latest}.`,
  ];
  if (r.balance !== null) {
    const shares = r.initiatorShares.map((s) => `${nameOf(s.partyId)} ${percent(s.share)}`);
    sentences.push(`Who took the initiative: ${joinAnd(shares)}.`);
  }
  if (r.quality !== null) {
    sentences.push(
      `Average quality ${rating(1 + 4 * r.quality)} over ${count(r.qualityRatedCount, 'rated interaction')}.`,
    );
  }
  return sentences;
}

const STATUS_WORDS: Record<GoalStatus, string> = {
  achieved: 'achieved',
  'at-risk': 'at risk',
  behind: 'behind',
  'on-track': 'on track',
};

function explainGoals(r: GoalsResult): string[] {
  if (r.score === null)
    return [`${DIMENSION_LABELS.goals} has no score: no goal is running at this date.`];
  const tally = (Object.keys(STATUS_WORDS) as GoalStatus[])
    .map((status) => [status, r.goals.filter((g) => g.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${STATUS_WORDS[status]}`);
  const sentences = [
    `${DIMENSION_LABELS.goals} ${whole(r.score)}: ${count(r.goals.length, 'goal')} counted, ${joinAnd(tally)}.`,
  ];
  const worst = r.goals.reduce((a, b) => (b.gap > a.gap ? b : a));
  if (worst.gap > 0) {
    sentences.push(
      `Furthest behind: "${worst.title}" at ${percent(worst.progress)} progress where ${percent(worst.expected)} was expected by now.`,
    );
  }
  return sentences;
}

function explainReciprocity(r: ReciprocityResult, nameOf: NameOf): string[] {
  if (r.score === null) {
    return [
      `${DIMENSION_LABELS.reciprocity} has no score: no contributions in the last ${count(r.ledgerDays, 'day')} and no fairness or benefit ratings in the last ${count(r.windowDays, 'day')}.`,
    ];
  }
  const sentences: string[] = [];
  if (r.ledger) {
    const given = r.ledger.parties.map((p) => `${nameOf(p.partyId)} ${percent(p.share)}`);
    const agreed = r.ledger.parties.map((p) => percent(p.agreedShare)).join(' / ');
    sentences.push(
      `${DIMENSION_LABELS.reciprocity} ${whole(r.score)}: contributions over the last ${count(r.ledgerDays, 'day')} came from ${joinAnd(given)}, against agreed shares of ${agreed}.`,
    );
  } else {
    sentences.push(
      `${DIMENSION_LABELS.reciprocity} ${whole(r.score)}: no contributions logged in the last ${count(r.ledgerDays, 'day')}, so only the ratings count.`,
    );
  }
  if (r.perceived) {
    sentences.push(
      `Fairness and benefit are rated ${rating(r.perceived.meanRating)} on average (${count(r.perceived.pulseIds.length, 'pulse')}).`,
    );
  }
  return sentences;
}

function explainFriction(r: FrictionResult): string[] {
  const score = r.score ?? 0;
  if (r.open.length === 0)
    return [`${DIMENSION_LABELS.friction} ${whole(score)}: no friction is open.`];
  const sentences = [
    `${DIMENSION_LABELS.friction} ${whole(score)}: ${count(r.open.length, 'open friction')} ${r.open.length === 1 ? 'costs' : 'cost'} ${oneDecimal(r.totalCost)} points.`,
  ];
  const costliest = [...r.open].sort((a, b) => b.cost - a.cost).slice(0, 2);
  sentences.push(
    `Costliest: ${joinAnd(
      costliest.map(
        (f) =>
          `"${f.title}" (${f.severity}, open ${count(f.ageDays, 'day')}${f.aged ? `, ×${FRICTION_AGE_FACTOR} for age` : ''}, ${oneDecimal(f.cost)} points)`,
      ),
    )}.`,
  );
  return sentences;
}
