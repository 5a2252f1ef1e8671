// Runs inspectBackupBytes (policy/backup-inspection.ts) in a worker thread, so parsing a backup
// of up to 256 MB never blocks the main process (menus, other windows' IPC). The worker gets
// the function as source text: one bundle, no separate worker file to ship or resolve.
import { Worker } from 'node:worker_threads';
import { BACKUP_FORMAT } from '../../core/domain/types';
import { inspectBackupBytes, type BackupInspection } from '../policy/backup-inspection';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const inspectBackupBytes = ${inspectBackupBytes.toString()};
const tools = {
  format: ${JSON.stringify(BACKUP_FORMAT)},
  sha256: (data) => createHash('sha256').update(data).digest('hex'),
};
const inspection = inspectBackupBytes(workerData, tools);
// The bytes go back to main without a copy, which writes them.
parentPort.postMessage({ inspection, bytes: workerData }, [workerData.buffer]);
`;

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
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
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
