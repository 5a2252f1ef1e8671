// How the partnership page writes dates, shares and numbers.
import type { IsoDate } from '../../../../core/domain/types';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function asDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "28 Nov 2026". */
export function formatDate(date: IsoDate): string {
  return DAY.format(asDate(date));
}

/** An axis label for a series date: "Nov 2026" by month, "28 Nov" by week. */
export function formatStepDate(date: IsoDate, step: 'week' | 'month'): string {
  return step === 'month' ? MONTH.format(asDate(date)) : SHORT_DAY.format(asDate(date));
}

/** A 0–1 share as a whole percentage, "42%". */
export function formatPercent(share: number | null): string {
  return share === null ? '\u2013' : `${Math.round(100 * share)}%`;
}

/** A number with at most one decimal, "12.5" or "12". */
export function formatNumber(value: number | null): string {
  if (value === null) return '\u2013';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
