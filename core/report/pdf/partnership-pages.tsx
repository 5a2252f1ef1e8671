/* @jsxRuntime automatic */
/* @jsxImportSource react */
// The pages of one partnership report (also used as a section of the portfolio report).

import { formatDate } from '../format';
import type { PartnershipReport } from '../report-model';
import { PartnershipCover } from './partnership-cover';
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
import { audienceWord } from './partnership-cover';

export function partnershipFootnote(report: PartnershipReport): string {
  const by = report.header.preparedBy ? `Prepared by ${report.header.preparedBy} · ` : '';
  return `${by}${formatDate(report.header.generatedOn)} · ${audienceWord(report.header.audience)}`;
}

export function PartnershipPages({
  report,
  paper,
  title,
}: {
  report: PartnershipReport;
  paper: Paper;
  title?: string;
}) {
  return (
    <ReportPage
      paper={paper}
      title={title ?? report.header.title}
      subject={report.header.partnershipName}
      footnote={partnershipFootnote(report)}
      headerFromSecondPage
    >
      <PartnershipCover report={report} />
      <ScorecardSection report={report} />
      <TrendSection report={report} />
      <GoalsSection report={report} />
      <CommunicationSection report={report} />
      <GiveAndTakeSection rows={report.giveAndTake} />
      <WinsSection rows={report.wins} />
      <FrictionsSection report={report} />
      <ActionsSection report={report} />
      <RespondentsSection report={report} />
      <MethodSection report={report} />
    </ReportPage>
  );
}
