// Checks what a report is asked for (period, partnership, audience) before anything is computed,
// and picks the chart step for the period. Bad input is a ReportInputError with a clear message.

import { addMonths, dayNumber, isIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import { AUDIENCES, type Audience, type ReportPeriod, type ReportStep } from './report-model';

export type ReportInputProblem =
  | 'invalid-date'
  | 'period-reversed'
  | 'unknown-partnership'
  | 'no-data-in-period'
  | 'invalid-audience'
  | 'no-partnerships';

/** A report cannot be made from this input; `message` says what is wrong and what to do. */
export class ReportInputError extends Error {
  readonly problem: ReportInputProblem;

  constructor(problem: ReportInputProblem, message: string) {
    super(message);
    this.name = 'ReportInputError';
    this.problem = problem;
  }
}

/** Throws a ReportInputError unless `from` and `to` are real dates with from ≤ to. */
export function checkPeriod(period: ReportPeriod): void {
  for (const [name, value] of [
    ['start', period.from],
    ['end', period.to],
  ] as const) {
    if (!isIsoDate(value)) {
      throw new ReportInputError(
        'invalid-date',
        `The report period's ${name} date "${String(value)}" is not a calendar date. Write it as YYYY-MM-DD, e.g. 2026-03-31.`,
      );
    }
  }
  if (dayNumber(period.to) < dayNumber(period.from)) {
    throw new ReportInputError(
      'period-reversed',
      `The report period ends (${period.to}) before it starts (${period.from}). Choose an end date on or after the start date.`,
    );
  }
}

/** Throws a ReportInputError unless `audience` is one the reports know. */
export function checkAudience(audience: string): asserts audience is Audience {
  if (!(AUDIENCES as readonly string[]).includes(audience)) {
    throw new ReportInputError(
      'invalid-audience',
      `Unknown report audience "${audience}". Use "internal" (everything) or "partners" (no private comments, names or notes).`,
    );
  }
}

/** Charts use weekly points for periods up to six months long, monthly points beyond. */
export function chartStep(from: IsoDate, to: IsoDate): ReportStep {
  return dayNumber(to) <= dayNumber(addMonths(from, 6)) ? 'week' : 'month';
}
