// Writes the text of a backup of everything stored, in a Web Worker where one exists: reading
// and serialising a large database there keeps the window responsive. Inline in unit tests.
import { createBackup, serializeBackup } from '../../../../core/data/backup-file';
import type { Timestamp } from '../../../../core/domain/types';
import { readBackupData } from '../../db/dataset-repository';

export interface BackupTextRequest {
  app: { name: string; version: string };
  exportedAt: Timestamp;
}

export type BackupTextAnswer = { ok: true; text: string } | { ok: false; message: string };

/** The backup file text of the data stored now (one consistent read). */
export async function readBackupText(request: BackupTextRequest): Promise<string> {
  return serializeBackup(createBackup(await readBackupData(), request.app, request.exportedAt));
}

/** readBackupText in a worker (or inline where Worker does not exist). */
export function backupTextOffThread(request: BackupTextRequest): Promise<string> {
  if (typeof Worker === 'undefined') return readBackupText(request);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<BackupTextAnswer>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.text);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`The backup could not be written (${event.message || 'worker error'}).`));
    });
    worker.postMessage(request);
  });
}
