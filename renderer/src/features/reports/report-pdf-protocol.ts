// The messages between the Reports screen and its PDF worker: a report model and a paper size in,
// the PDF's bytes (or what went wrong) out.
import type { Paper } from '../../../../core/report/pdf/render-report-pdf';
import type { Report } from '../../../../core/report/report-model';

export interface ReportPdfRequest {
  requestId: number;
  report: Report;
  paper: Paper;
}

export type ReportPdfResponse =
  | { requestId: number; kind: 'pdf'; bytes: Uint8Array }
  | { requestId: number; kind: 'error'; message: string };
