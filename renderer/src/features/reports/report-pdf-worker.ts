// Web Worker that lays out and writes a report's PDF with react-pdf, off the main thread: a whole
// portfolio with one section per partnership takes seconds, and the window must stay responsive.
// The worker (and react-pdf with it, ~1.4 MB) is only loaded when the first report is made.
import { renderReportPdf } from '../../../../core/report/pdf/render-report-pdf';
import type { ReportPdfRequest, ReportPdfResponse } from './report-pdf-protocol';

/** The parts of the worker's global scope used here (the web tsconfig has DOM types only). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReportPdfRequest>) => void) | null;
  postMessage(message: ReportPdfResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const { requestId, report, paper } = event.data;
  try {
    const bytes = await renderReportPdf(report, { paper });
    scope.postMessage({ requestId, kind: 'pdf', bytes }, [bytes.buffer]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ requestId, kind: 'error', message }, []);
  }
};
