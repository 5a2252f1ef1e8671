// The period the page's charts cover (90 days, 6 months, 1 year, all, or custom dates) and the
// buckets a series step (week or month) cuts it into.
import { addDays, addMonths, isIsoDate } from '../../../../core/domain/dates';
import { seriesDates, type SeriesStep } from '../../../../core/domain/health-series';
import type { IsoDate } from '../../../../core/domain/types';

export const PERIOD_PRESETS = ['90d', '6m', '1y', 'all', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const PERIOD_LABELS: Record<PeriodPreset, string> = {
  '90d': '90 days',
  '6m': '6 months',
  '1y': '1 year',
  all: 'All',
  custom: 'Custom',
};

export interface PeriodChoice {
  preset: PeriodPreset;
  /** The custom range as typed (used when preset is 'custom'). */
  customFrom: string;
  customTo: string;
  step: SeriesStep;
}

export type PeriodRange = { ok: true; from: IsoDate; to: IsoDate } | { ok: false; message: string };

/**
 * The dates a choice covers, ending today (or at the custom end). A range starting before the
 * partnership starts begins at its start date instead, since nothing before it has a score.
 */
export function periodRange(choice: PeriodChoice, today: IsoDate, startDate: IsoDate): PeriodRange {
  let from: IsoDate;
  let to: IsoDate = today;
  switch (choice.preset) {
    case '90d':
      from = addDays(today, -90);
      break;
    case '6m':
      from = addMonths(today, -6);
      break;
    case '1y':
      from = addMonths(today, -12);
      break;
    case 'all':
      from = startDate;
      break;
    case 'custom':
      if (!isIsoDate(choice.customFrom) || !isIsoDate(choice.customTo)) {
        return { ok: false, message: 'Enter both dates of the custom period.' };
      }
      if (choice.customFrom > choice.customTo) {
        return { ok: false, message: 'The custom period must end on or after its first day.' };
      }
      from = choice.customFrom;
      to = choice.customTo;
      break;
  }
  if (from < startDate && startDate <= to) from = startDate;
  return { ok: true, from, to };
}

/** A bucket of the period: the dates d with start ≤ d ≤ end; end is a series date. */
export interface PeriodBucket {
  start: IsoDate;
  end: IsoDate;
}

/** The period cut at each series date (week or month end, and `to`), first bucket from `from`. */
export function periodBuckets(from: IsoDate, to: IsoDate, step: SeriesStep): PeriodBucket[] {
  let start = from;
  return seriesDates(from, to, step).map((end) => {
    const bucket = { start, end };
    start = addDays(end, 1);
    return bucket;
  });
}

/** How many dates fall in each bucket (dates outside the period are not counted). */
export function countPerBucket(
  buckets: readonly PeriodBucket[],
  dates: readonly IsoDate[],
): number[] {
  const counts = buckets.map(() => 0);
  for (const date of dates) {
    const i = buckets.findIndex((b) => b.start <= date && date <= b.end);
    if (i >= 0) counts[i]! += 1;
  }
  return counts;
}
