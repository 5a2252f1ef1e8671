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
parentPort.postMessage(inspectBackupBytes(workerData, tools));
`;

/** Inspects `bytes` on a worker thread; rejects only when the worker itself fails. */
export function inspectBackupInWorker(bytes: Uint8Array): Promise<BackupInspection> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: bytes });
    worker.once('message', (inspection: BackupInspection) => {
      resolve(inspection);
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
