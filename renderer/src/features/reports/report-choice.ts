// What the Reports screen's form holds and how it becomes a report request for core/report:
// the partnership picker (with its "Whole portfolio" entry), the period, audience and paper.
import type { Paper } from '../../../../core/report/pdf/render-report-pdf';
import type { Audience } from '../../../../core/report/report-model';
import type { ReportRequest } from '../../../../core/report/report-request';
import type { IsoDate } from '../../../../core/domain/types';
import { reportPeriod, type PeriodProblems, type ReportPeriodChoice } from './report-period';

/** The picker's value that stands for every partnership. */
export const WHOLE_PORTFOLIO = '__whole-portfolio__';

export interface ReportChoice {
  /** Partnership ids, or [WHOLE_PORTFOLIO]. */
  selection: string[];
  /** Portfolio reports only: one full section per partnership. */
  sectionsPerPartnership: boolean;
  period: ReportPeriodChoice;
  audience: Audience;
  paper: Paper;
}

export const AUDIENCE_LABELS: Record<Audience, string> = {
  internal: 'Internal',
  partners: 'Shared with partners',
};

/** What each audience's report leaves out, in one line (see docs/reports.md). */
export const AUDIENCE_NOTES: Record<Audience, string> = {
  internal: 'Everything, including pulse comments with respondent names, notes and the owner.',
  partners:
    'Leaves out pulse comments, respondent names, friction and organization notes, and the owner.',
};

export const PAPER_LABELS: Record<Paper, string> = { a4: 'A4', letter: 'US Letter' };

/**
 * The picker's new value after the user changed it from `previous` to `next`: choosing
 * "Whole portfolio" replaces the partnerships chosen so far, and choosing a partnership while
 * the whole portfolio is chosen replaces the whole portfolio.
 */
export function nextSelection(previous: readonly string[], next: readonly string[]): string[] {
  const added = next.filter((value) => !previous.includes(value));
  if (added.includes(WHOLE_PORTFOLIO)) return [WHOLE_PORTFOLIO];
  if (previous.includes(WHOLE_PORTFOLIO) && added.length > 0) {
    return next.filter((value) => value !== WHOLE_PORTFOLIO);
  }
  return [...next];
}

/** True when the choice makes a portfolio report (the whole portfolio, or two or more). */
export function isPortfolioChoice(selection: readonly string[]): boolean {
  return selection.includes(WHOLE_PORTFOLIO) || selection.length > 1;
}

export interface ChoiceProblems extends PeriodProblems {
  selection?: string;
}

export type RequestResult =
  { ok: true; request: ReportRequest } | { ok: false; problems: ChoiceProblems };

/**
 * The report request for the form's `choice` on `today` (also the "generated on" date), or the
 * problems to show beside the fields. Sections are asked for only for a portfolio report.
 */
export function buildReportRequest(choice: ReportChoice, today: IsoDate): RequestResult {
  const problems: ChoiceProblems = {};
  if (choice.selection.length === 0) {
    problems.selection = 'Choose a partnership, several, or the whole portfolio.';
  }
  const period = reportPeriod(choice.period, today);
  if (!period.ok) Object.assign(problems, period.problems);
  if (!period.ok || problems.selection) return { ok: false, problems };
  const portfolio = isPortfolioChoice(choice.selection);
  return {
    ok: true,
    request: {
      partnerships: choice.selection.includes(WHOLE_PORTFOLIO) ? 'all' : [...choice.selection],
      from: period.from,
      to: period.to,
      audience: choice.audience,
      sections: portfolio && choice.sectionsPerPartnership,
      generatedOn: today,
    },
  };
}

/**
 * The form's starting choice: the partnership named in the address (from "Export report" on its
 * page) when it exists, else nothing chosen yet.
 */
export function initialChoice(
  partnershipFromAddress: string | null,
  knownIds: readonly string[],
): ReportChoice {
  const preselected =
    partnershipFromAddress !== null && knownIds.includes(partnershipFromAddress)
      ? [partnershipFromAddress]
      : [];
  return {
    selection: preselected,
    sectionsPerPartnership: false,
    period: { preset: 'last-90-days', customFrom: '', customTo: '' },
    audience: 'internal',
    paper: 'a4',
  };
}
