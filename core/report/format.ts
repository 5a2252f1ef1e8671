// How reports print numbers and dates: scores as whole numbers, changes with a sign,
// shares as percentages, dates as "3 Mar 2026". The sentences, the PDF and the app's screens use these.

import type { IsoDate } from '../domain/types';
import type { BandName, TrendName } from './report-model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A score as displayed: a whole number, or an en dash when there is none. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}

/** A change of score: "+4", "−3" (true minus sign), "0"; an en dash when unknown. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  const rounded = Math.round(change);
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `\u2212${Math.abs(rounded)}`;
}

/** A count with its noun, singular for one: "1 partnership", "12 partnerships". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A 0–1 share as a whole percentage: "37%". */
export function formatPercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** A measured value: up to two decimals, thousands grouped, with its unit when it has one. */
export function formatValue(value: number, unit?: string | null): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** "2026-03-05" → "5 Mar 2026". */
export function formatDate(date: IsoDate | null): string {
  if (!date) return '–';
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

/** "2026-09-05" → "5 Sep" (axes of weekly series, where the year is plain from the period). */
export function formatDayMonth(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''}`;
}

/** "2026-03-31" → "Mar 2026" (chart axes, month columns). */
export function formatMonth(date: IsoDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

/** The band's word: "Healthy", "Watch", "At risk". */
export function bandWord(band: BandName | null): string {
  if (band === 'healthy') return 'Healthy';
  if (band === 'watch') return 'Watch';
  if (band === 'at-risk') return 'At risk';
  return 'No score';
}

/**
 * What every screen, report and CLI table says when there is no trend (either end of the
 * comparison has no score): one phrase everywhere.
 */
export const NO_TREND = 'No trend yet';

const TREND_ARROWS: Record<TrendName, string> = {
  improving: '\u2191',
  steady: '\u2192',
  declining: '\u2193',
};

/** The arrow of a trend: ↑ improving, → steady, ↓ declining; empty when there is no trend. */
export function trendArrow(trend: TrendName | null): string {
  return trend === null ? '' : TREND_ARROWS[trend];
}

/** The trend's word: "Improving", "Steady", "Declining", or NO_TREND. */
export function trendWord(trend: TrendName | null): string {
  if (trend === 'improving') return 'Improving';
  if (trend === 'declining') return 'Declining';
  if (trend === 'steady') return 'Steady';
  return NO_TREND;
}
