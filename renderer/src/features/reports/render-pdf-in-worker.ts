// Asks the PDF worker for a report's PDF. One worker serves every request (starting react-pdf
// again each time would cost seconds); cancelling stops it, and the next request starts a new one.
import type { Paper } from '../../../../core/report/pdf/render-report-pdf';
import type { Report } from '../../../../core/report/report-model';
import type { ReportPdfRequest, ReportPdfResponse } from './report-pdf-protocol';

let worker: Worker | null = null;
let nextRequestId = 1;

function pdfWorker(): Worker {
  worker ??= new Worker(new URL('./report-pdf-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Thrown when the user cancelled the rendering. */
export class PdfCancelledError extends Error {
  constructor() {
    super('Making the PDF was cancelled.');
    this.name = 'PdfCancelledError';
  }
}

/**
 * The PDF bytes of `report` on `paper`, made in the worker. Aborting `signal` stops the worker
 * and rejects with PdfCancelledError.
 */
export function renderPdfInWorker(
  report: Report,
  paper: Paper,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const target = pdfWorker();
  const requestId = nextRequestId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    const cleanUp = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<ReportPdfResponse>) => {
      if (event.data.requestId !== requestId) return;
      cleanUp();
      if (event.data.kind === 'pdf') resolve(event.data.bytes);
      else reject(new Error(`The PDF could not be made: ${event.data.message}`));
    };
    const onError = (event: ErrorEvent) => {
      cleanUp();
      stopWorker();
      reject(
        new Error(
          `The PDF could not be made (${event.message || 'the PDF worker stopped'}). Try again; if it keeps failing, reload the app.`,
        ),
      );
    };
    const onAbort = () => {
      cleanUp();
      stopWorker();
      reject(new PdfCancelledError());
    };
    if (signal.aborted) return onAbort();
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    const request: ReportPdfRequest = { requestId, report, paper };
    target.postMessage(request);
  });
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}
