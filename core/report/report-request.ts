// What a person asks for when making a report (from the app's Reports screen or the CLI), turned
// into the report model: one partnership → a partnership report; several or all → a portfolio report.

import type { Dataset, IsoDate } from '../domain/types';
import { buildPartnershipReport } from './partnership-report';
import { buildPortfolioReport } from './portfolio-report';
import { ReportInputError } from './report-input';
import type { Audience, Report } from './report-model';

export interface ReportRequest {
  /** The partnerships to report on, or 'all' for the whole portfolio. */
  partnerships: string[] | 'all';
  from: IsoDate;
  to: IsoDate;
  audience: Audience;
  /** For a portfolio report: add one full section per partnership. */
  sections: boolean;
  /** The date printed as "generated on" (the caller owns the clock). */
  generatedOn: IsoDate;
}

/**
 * The report for `request`: a partnership report when exactly one partnership is chosen,
 * otherwise a portfolio report of the chosen partnerships (all when 'all'). Throws a
 * ReportInputError for bad input (empty choice, reversed period, unknown id, no data).
 */
export function buildReport(dataset: Dataset, request: ReportRequest): Report {
  const { partnerships, from, to, audience, sections, generatedOn } = request;
  if (partnerships !== 'all' && partnerships.length === 0) {
    throw new ReportInputError('no-partnerships', 'Choose at least one partnership to report on.');
  }
  if (partnerships !== 'all' && partnerships.length === 1) {
    return buildPartnershipReport(dataset, {
      partnershipId: partnerships[0]!,
      from,
      to,
      audience,
      generatedOn,
    });
  }
  return buildPortfolioReport(dataset, {
    partnershipIds: partnerships === 'all' ? undefined : partnerships,
    from,
    to,
    audience,
    generatedOn,
    sections,
  });
}

/** A file name for the report's PDF, e.g. `partnership-health-report-2026-03-31.pdf`. */
export function reportFileName(report: Report): string {
  const to = report.kind === 'partnership' ? report.header.period.to : report.period.to;
  const what = report.kind === 'partnership' ? slug(report.header.partnershipName) : 'portfolio';
  return `${what || 'partnership'}-report-${to}.pdf`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
