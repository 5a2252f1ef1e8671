// The PDF of the report on screen: made on demand in the worker, kept while the choice stays the
// same (so "Preview PDF" then "Export PDF" renders once), cancellable, and saved through the platform.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Paper } from '../../../../core/report/pdf/render-report-pdf';
import type { Report } from '../../../../core/report/report-model';
import { reportFileName } from '../../../../core/report/report-request';
import { errorMessage } from '../../app/error-message';
import type { Platform } from '../../platform/platform';
import { PdfCancelledError, renderPdfInWorker } from './render-pdf-in-worker';

export type ReportPdfState =
  | { status: 'idle' }
  | { status: 'rendering'; key: string; startedAt: number }
  | { status: 'ready'; key: string; bytes: Uint8Array }
  | { status: 'error'; key: string; message: string };

/** What saving the PDF came to: saved (with the path on desktop), cancelled, or nothing to save. */
export type ExportOutcome =
  | { saved: true; fileName: string; path?: string }
  | { saved: false; reason: 'cancelled' | 'not-made' };

export function useReportPdf(report: Report | null, paper: Paper, platform: Platform) {
  // The model's text stands for the PDF it makes (serialised once per model, not per render).
  const key = useMemo(
    () => (report === null ? '' : `${paper}\n${JSON.stringify(report)}`),
    [report, paper],
  );
  const [state, setState] = useState<ReportPdfState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(state);
  latest.current = state;

  // A new choice makes the PDF shown so far out of date; a rendering for it is cancelled.
  useEffect(() => {
    const current = latest.current;
    if (current.status !== 'idle' && current.key !== key) {
      controller.current?.abort();
      setState({ status: 'idle' });
    }
  }, [key]);
  useEffect(() => () => controller.current?.abort(), []);

  /** The PDF bytes for the current choice: reused when already made, else made now. */
  const make = useCallback(async (): Promise<Uint8Array | null> => {
    if (report === null) return null;
    const current = latest.current;
    if (current.status === 'ready' && current.key === key) return current.bytes;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'rendering', key, startedAt: performance.now() });
    try {
      const bytes = await renderPdfInWorker(report, paper, abort.signal);
      setState({ status: 'ready', key, bytes });
      return bytes;
    } catch (error) {
      if (error instanceof PdfCancelledError) {
        if (controller.current === abort) setState({ status: 'idle' });
      } else {
        setState({ status: 'error', key, message: errorMessage(error) });
      }
      return null;
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, [report, paper, key]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  /** Makes the PDF if needed, then saves it (desktop: a save dialog; browser: a download). */
  const exportPdf = useCallback(async (): Promise<ExportOutcome> => {
    if (report === null) return { saved: false, reason: 'not-made' };
    const bytes = await make();
    if (bytes === null) return { saved: false, reason: 'not-made' };
    const fileName = reportFileName(report);
    const result = await platform.saveFile({
      suggestedName: fileName,
      kind: 'pdf',
      content: bytes,
    });
    return result.saved
      ? { saved: true, fileName, path: result.path }
      : { saved: false, reason: 'cancelled' };
  }, [report, make, platform]);

  return { state, make, cancel, exportPdf };
}
