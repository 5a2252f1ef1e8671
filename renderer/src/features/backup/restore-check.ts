// Runs the backup check in a Web Worker (the page stays responsive and shows progress), or
// inline where Worker does not exist (unit tests in Node).
import {
  checkBackupText,
  type CheckStage,
  type ParseResult,
  type WorkerMessage,
} from './restore-protocol';

export type ProgressListener = (stage: CheckStage, records?: number) => void;

/** Parses and checks `text` as a backup, reporting progress; never writes anything. */
export function checkBackupOffThread(
  text: string,
  onProgress: ProgressListener,
): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(checkBackupText(text, onProgress));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.stage, message.records);
        return;
      }
      worker.terminate();
      resolve(message.result);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(
        new Error(
          `The backup could not be checked (${event.message || 'the checker stopped'}). Nothing was changed; try again.`,
        ),
      );
    });
    worker.postMessage({ text });
  });
}
