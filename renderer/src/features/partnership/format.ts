// How the partnership page writes what core/report/format.ts does not: series axis dates by
// step and plain numbers with at most one decimal.
import type { IsoDate } from '../../../../core/domain/types';
import { formatDayMonth, formatMonth } from '../../../../core/report/format';

/** An axis label for a series date: "Nov 2026" by month, "28 Nov" by week. */
export function formatStepDate(date: IsoDate, step: 'week' | 'month'): string {
  return step === 'month' ? formatMonth(date) : formatDayMonth(date);
}

/** A number with at most one decimal, "12.5" or "12". */
export function formatNumber(value: number | null): string {
  if (value === null) return '\u2013';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
