// Runs inspectBackupBytes (policy/backup-inspection.ts) in a worker thread, so parsing a backup
// of up to 256 MB never blocks the main process (menus, other windows' IPC). The worker is its
// own bundled file (backup-inspection-worker.ts → dist/electron/backup-inspection-worker.js),
// found next to the main bundle at run time.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackupInspection } from '../policy/backup-inspection';

/** The worker's file name, next to main.js (build/build-electron.mjs emits it). */
export const INSPECTION_WORKER_FILE = 'backup-inspection-worker.js';

/** The built worker beside this bundle (dist/electron when the app runs). */
let workerFile: string | undefined;

/** Runs the worker from `file` instead: unit tests run from source, so they build their own. */
export function useInspectionWorker(file: string): void {
  workerFile = file;
}

/** The inspection, and the bytes inspected (handed back by the worker). */
export interface InspectedBytes {
  inspection: BackupInspection;
  bytes: Uint8Array;
}

/**
 * Inspects `bytes` on a worker thread; rejects only when the worker itself fails. The bytes'
 * memory is moved to the worker and back, not copied (a backup can be 256 MB): `bytes` is
 * unusable afterwards, use the returned ones.
 */
export function inspectBackupInWorker(bytes: Uint8Array): Promise<InspectedBytes> {
  const file = workerFile ?? fileURLToPath(new URL(`./${INSPECTION_WORKER_FILE}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: bytes,
      transferList: [bytes.buffer as ArrayBuffer],
    });
    worker.once('message', (inspected: InspectedBytes) => {
      resolve(inspected);
      void worker.terminate();
    });
    worker.once('error', (error) =>
      reject(new Error(`The backup could not be inspected (${error.message}).`, { cause: error })),
    );
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The backup inspection stopped (exit code ${code}).`));
    });
  });
}
