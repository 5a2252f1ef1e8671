// The worker thread that inspects one backup (policy/backup-inspection.ts) off the main process.
// Built as its own file next to main.js by build/build-electron.mjs; backup-inspector.ts starts
// it with the bytes (moved, not copied) and gets the inspection and the bytes back.
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { BACKUP_FORMAT } from '../../core/domain/types';
import { inspectBackupBytes } from '../policy/backup-inspection';

const bytes = workerData as Uint8Array;
const inspection = inspectBackupBytes(bytes, {
  format: BACKUP_FORMAT,
  sha256: (data) => createHash('sha256').update(data).digest('hex'),
});
parentPort?.postMessage({ inspection, bytes }, [bytes.buffer as ArrayBuffer]);
