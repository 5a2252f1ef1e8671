/* @jsxRuntime automatic */
/* @jsxImportSource react */
// The pages of one partnership report (also used as a section of the portfolio report).

import type { ReactNode } from 'react';
import type { PartnershipReport } from '../report-model';
import { footnoteProvenance, PartnershipCover } from './partnership-cover';
import {
  ActionsSection,
  CommunicationSection,
  FrictionsSection,
  GiveAndTakeSection,
  MethodSection,
  RespondentsSection,
  WinsSection,
} from './record-sections';
import { ReportPage, type Paper } from './report-page';
import { GoalsSection, ScorecardSection, TrendSection } from './score-sections';

/**
 * A partnership report's pages. `condensed` is the portfolio's section: summary, scorecard,
 * trends, goals, frictions and next steps (the partnership's own report has the rest).
 */
export function PartnershipPages({
  report,
  paper,
  title,
  condensed = false,
}: {
  report: PartnershipReport;
  paper: Paper;
  title?: string;
  condensed?: boolean;
}) {
  // Only the partnership's own report opens with its cover on the document's first page; a
  // portfolio section's pages all carry the running header.
  const page = (children: ReactNode, first: boolean) => (
    <ReportPage
      paper={paper}
      title={title ?? report.header.title}
      subject={report.header.partnershipName}
      footnote={footnoteProvenance(report.header)}
      headerFromSecondPage={first && !condensed}
    >
      {children}
    </ReportPage>
  );
  // The appendix starts a page of its own, as a page element of its own.
  return (
    <>
      {page(
        <>
          <PartnershipCover report={report} />
          <ScorecardSection report={report} />
          <TrendSection report={report} withDimensions={!condensed} />
          <GoalsSection report={report} withCharts={!condensed} />
          {condensed ? null : <CommunicationSection report={report} />}
          {condensed ? null : <GiveAndTakeSection rows={report.giveAndTake} />}
          {condensed ? null : <WinsSection rows={report.wins} />}
          <FrictionsSection report={report} condensed={condensed} />
          <ActionsSection report={report} condensed={condensed} />
          {condensed ? null : <RespondentsSection report={report} />}
        </>,
        true,
      )}
      {condensed ? null : page(<MethodSection report={report} />, false)}
    </>
  );
}
