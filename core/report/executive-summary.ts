// The executive summary's sentences, written from the figures: where health ended, what rose and
// what fell over the period, goals at risk, open frictions and when the next review is due.

import { addDays } from '../domain/dates';
import type { HealthResult } from '../domain/health';
import type { IsoDate } from '../domain/types';
import { joinAnd } from '../domain/wording';
import { displayText } from './display-text';
import { bandWord, formatChange, formatDate, formatScore, NO_TREND } from './format';
import type { FrictionRow, ScorecardRow } from './report-model';

/** A dimension must move at least this many points over the period to be called out. */
export const NOTABLE_CHANGE = 3;

export interface SummaryInput {
  to: IsoDate;
  trendDays: number;
  end: HealthResult;
  scorecard: ScorecardRow[];
  frictions: FrictionRow[];
  nextReviewDate: IsoDate;
  lastReviewDate: IsoDate | null;
}

/** The next review: the last review on or before the period's end (or the start) + the cadence. */
export function nextReviewDate(
  lastReview: IsoDate | null,
  startDate: IsoDate,
  cadenceDays: number,
): IsoDate {
  return addDays(lastReview ?? startDate, cadenceDays);
}

/** Three to five sentences summarising the period. */
export function summarySentences(input: SummaryInput): string[] {
  const { end, to } = input;
  const sentences: string[] = [];
  if (end.health === null) {
    sentences.push(
      `There is not enough data to score the partnership's health on ${formatDate(to)}.`,
    );
  } else {
    const trend =
      end.trend === null || end.trendDelta === null
        ? `${NO_TREND.toLowerCase()} (no score ${input.trendDays} days earlier to compare against)`
        : `${end.trend} over the last ${input.trendDays} days (${formatChange(end.trendDelta)})`;
    sentences.push(
      `Health stood at ${formatScore(end.health)} (${bandWord(end.band)}) on ${formatDate(to)}, ${trend}.`,
    );
  }
  sentences.push(movementSentence(input.scorecard));
  sentences.push(goalSentence(end));
  sentences.push(frictionSentence(input.frictions));
  const overdue = input.nextReviewDate < to;
  sentences.push(
    overdue
      ? `A review has been due since ${formatDate(input.nextReviewDate)}${input.lastReviewDate ? ` (the last was on ${formatDate(input.lastReviewDate)})` : ''}.`
      : `The next review is due on ${formatDate(input.nextReviewDate)}.`,
  );
  return sentences;
}

function movementSentence(scorecard: ScorecardRow[]): string {
  const moved = scorecard.filter(
    (row) => row.change !== null && Math.abs(row.change) >= NOTABLE_CHANGE,
  );
  const rose = moved
    .filter((r) => (r.change as number) > 0)
    .sort((a, b) => (b.change as number) - (a.change as number));
  const fell = moved
    .filter((r) => (r.change as number) < 0)
    .sort((a, b) => (a.change as number) - (b.change as number));
  const describe = (rows: ScorecardRow[]) =>
    joinAnd(rows.map((r) => `${r.label} (${formatChange(r.change)} to ${formatScore(r.score)})`));
  if (rose.length === 0 && fell.length === 0) {
    return `No dimension moved by ${NOTABLE_CHANGE} points or more over the period.`;
  }
  if (fell.length === 0) return `Over the period ${describe(rose)} rose, and nothing fell.`;
  if (rose.length === 0) return `Over the period ${describe(fell)} fell, and nothing rose.`;
  return `Over the period ${describe(rose)} rose, while ${describe(fell)} fell.`;
}

function goalSentence(end: HealthResult): string {
  const goals = end.goals;
  if (goals.length === 0) return 'No shared goal is being tracked at the end of the period.';
  const atRisk = goals.filter((g) => g.status === 'at-risk');
  if (atRisk.length === 0) {
    return goals.length === 1
      ? 'The one tracked goal is not at risk.'
      : `None of the ${goals.length} tracked goals is at risk.`;
  }
  const titles = atRisk
    .slice(0, 3)
    .map((g) => `“${displayText(g.title)}”`)
    .join(', ');
  const more = atRisk.length > 3 ? ` and ${atRisk.length - 3} more` : '';
  return `${atRisk.length} of ${goals.length} goals ${atRisk.length === 1 ? 'is' : 'are'} at risk: ${titles}${more}.`;
}

function frictionSentence(frictions: FrictionRow[]): string {
  const open = frictions.filter((f) => f.state !== 'resolved');
  const resolved = frictions.length - open.length;
  const resolvedText =
    resolved > 0 ? `; ${resolved} ${resolved === 1 ? 'was' : 'were'} resolved in the period` : '';
  if (open.length === 0) return `No friction point is open${resolvedText}.`;
  const oldest = Math.max(...open.map((f) => f.ageDays));
  const high = open.filter((f) => f.severity === 'high').length;
  return `${open.length} friction point${open.length === 1 ? ' is' : 's are'} open${high > 0 ? ` (${high} high)` : ''}, the oldest for ${oldest} days${resolvedText}.`;
}
