// The period a report covers: a named preset counted back from today, or custom dates that the
// user types and that are checked here (an end before the start is refused, in words).
import { addDays, addMonths, isIsoDate } from '../../../../core/domain/dates';
import type { IsoDate } from '../../../../core/domain/types';

export const REPORT_PERIOD_PRESETS = [
  'last-90-days',
  'last-6-months',
  'last-12-months',
  'this-year',
  'previous-quarter',
  'custom',
] as const;
export type ReportPeriodPreset = (typeof REPORT_PERIOD_PRESETS)[number];

export const REPORT_PERIOD_LABELS: Record<ReportPeriodPreset, string> = {
  'last-90-days': 'Last 90 days',
  'last-6-months': 'Last 6 months',
  'last-12-months': 'Last 12 months',
  'this-year': 'This year',
  'previous-quarter': 'Previous quarter',
  custom: 'Custom dates',
};

export interface ReportPeriodChoice {
  preset: ReportPeriodPreset;
  /** The custom dates as typed (YYYY-MM-DD or empty); used when preset is 'custom'. */
  customFrom: string;
  customTo: string;
}

/** Why a custom period is refused, per field, so each message can sit under its input. */
export interface PeriodProblems {
  from?: string;
  to?: string;
}

export type ReportPeriodResult =
  { ok: true; from: IsoDate; to: IsoDate } | { ok: false; problems: PeriodProblems };

/**
 * The first and last day of the previous calendar quarter before `today`'s quarter.
 * @example previousQuarter('2026-11-28') → { from: '2026-07-01', to: '2026-09-30' }
 */
export function previousQuarter(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarterStartMonth = Math.floor((month - 1) / 3) * 3 + 1;
  const thisQuarterStart = `${year}-${String(quarterStartMonth).padStart(2, '0')}-01`;
  return { from: addMonths(thisQuarterStart, -3), to: addDays(thisQuarterStart, -1) };
}

/**
 * The dates `choice` covers. Presets end today ("last 90 days" starts 90 days earlier, as the
 * CLI's default does); "previous quarter" is the whole calendar quarter before this one.
 * Custom dates must both be calendar dates with the end on or after the start.
 */
export function reportPeriod(choice: ReportPeriodChoice, today: IsoDate): ReportPeriodResult {
  switch (choice.preset) {
    case 'last-90-days':
      return { ok: true, from: addDays(today, -90), to: today };
    case 'last-6-months':
      return { ok: true, from: addMonths(today, -6), to: today };
    case 'last-12-months':
      return { ok: true, from: addMonths(today, -12), to: today };
    case 'this-year':
      return { ok: true, from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'previous-quarter':
      return { ok: true, ...previousQuarter(today) };
    case 'custom':
      return customPeriod(choice.customFrom, choice.customTo);
  }
}

function customPeriod(from: string, to: string): ReportPeriodResult {
  const problems: PeriodProblems = {};
  if (!isIsoDate(from)) problems.from = 'Enter the first day of the period.';
  if (!isIsoDate(to)) problems.to = 'Enter the last day of the period.';
  if (problems.from || problems.to) return { ok: false, problems };
  if (to < from) {
    return {
      ok: false,
      problems: {
        to: 'The period cannot end before it starts: choose an end date on or after the start date.',
      },
    };
  }
  return { ok: true, from, to };
}
