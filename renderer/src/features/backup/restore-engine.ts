// Does the heavy work of a restore – parse and check the file, copy the current data, replace it,
// undo – in a Web Worker, so a 100 MB backup never freezes the window: the records never cross
// to the page, only the preview does. Where Worker does not exist (unit tests) it runs inline.
import { errorMessage } from '../../app/error-message';
import { restoreDataset, undoRestore } from '../../db/restore-repository';
import { partitionBackup } from '../../../../core/data/backup-file';
import type { QuarantinedRecord } from '../../../../core/data/quarantine';
import {
  serializeQuarantine,
  type QuarantineFileHeader,
} from '../../../../core/data/quarantine-file';
import { COLLECTIONS, type BackupFile } from '../../../../core/domain/types';
import { decodeBackupBytes } from './backup-file-text';
import { summariseBackup } from './backup-summary';
import {
  checkBackupText,
  partialRestore,
  refusal,
  type CheckResult,
  type CheckStage,
  type WorkerMessage,
  type WorkerRequest,
} from './restore-protocol';

export type ProgressListener = (stage: CheckStage, records?: number) => void;

/** One restore: check a file, then restore it; or undo the latest restore. */
export interface RestoreEngine {
  /**
   * Decodes (file bytes), parses and checks a backup; keeps it for commit(). Writes nothing.
   * Bytes are decoded in the worker too, so even reading a 100 MB file leaves the page free.
   */
  check(input: string | Uint8Array, onProgress: ProgressListener): Promise<CheckResult>;
  /** Restores the checked backup, keeping the current data for undo, in one transaction. */
  commit(source: string, restoredAt: string): Promise<void>;
  /** After a refused check that offered a partial restore: the file text of the rejected records. */
  rejectedFile(header: QuarantineFileHeader): Promise<string>;
  /** After a refused check that offered a partial restore: restores the valid records (as commit). */
  commitValid(source: string, restoredAt: string): Promise<void>;
  /** Puts back the data from before the latest restore. */
  undo(): Promise<void>;
  /** Frees the worker and the checked backup. */
  dispose(): void;
}

/** The engine on the current thread (the worker itself runs this one). */
export function inlineEngine(): RestoreEngine {
  let checked: BackupFile | null = null;
  let partial: { backup: BackupFile; rejected: QuarantinedRecord[] } | null = null;
  return {
    async check(input, onProgress) {
      checked = null;
      partial = null;
      let text = input;
      if (typeof input !== 'string') {
        const decoded = decodeBackupBytes(input);
        if (!decoded.ok) return { ok: false, problems: [decoded.message], total: 1 };
        text = decoded.text;
      }
      const result = checkBackupText(text as string, onProgress);
      if (!result.ok) {
        const valid = result.parsed === undefined ? null : partitionBackup(result.parsed);
        if (valid === null || !valid.ok || !holdsRecords(valid.backup))
          return refusal(result.issues);
        partial = { backup: valid.backup, rejected: valid.rejected };
        return { ...refusal(result.issues), partial: partialRestore(valid.backup, valid.rejected) };
      }
      checked = result.backup;
      return { ok: true, summary: summariseBackup(result.backup) };
    },
    async commit(source, restoredAt) {
      if (checked === null) throw new Error('No checked backup to restore: choose the file again.');
      await restoreDataset(checked.data, source, restoredAt);
      checked = null;
    },
    async rejectedFile(header) {
      if (partial === null) throw new Error('No checked backup to restore: choose the file again.');
      return serializeQuarantine(partial.rejected, header);
    },
    async commitValid(source, restoredAt) {
      if (partial === null) throw new Error('No checked backup to restore: choose the file again.');
      await restoreDataset(partial.backup.data, source, restoredAt);
      partial = null;
    },
    undo: () => undoRestore(),
    dispose() {
      checked = null;
      partial = null;
    },
  };
}

/** True when the backup holds at least one record (restoring none would only empty the app). */
function holdsRecords(backup: BackupFile): boolean {
  return COLLECTIONS.some((collection) => backup.data[collection].length > 0);
}

/** The engine in a Web Worker; one worker per engine, ended by dispose(). */
export function workerEngine(): RestoreEngine {
  let worker: Worker | null = null;
  const start = () => {
    worker ??= new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' });
    return worker;
  };
  const ask = <T>(
    request: WorkerRequest,
    transfer: Transferable[],
    answer: (message: WorkerMessage) => T | undefined,
    onProgress?: ProgressListener,
  ): Promise<T> =>
    new Promise((resolve, reject) => {
      const target = start();
      const onMessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === 'progress') {
          onProgress?.(message.stage, message.records);
          return;
        }
        target.removeEventListener('message', onMessage);
        target.removeEventListener('error', onError);
        if (message.type === 'failed') reject(new Error(message.message));
        else {
          const value = answer(message);
          if (value === undefined)
            reject(new Error('The restore worker gave an unexpected answer.'));
          else resolve(value);
        }
      };
      const onError = (event: ErrorEvent) => {
        target.removeEventListener('message', onMessage);
        target.removeEventListener('error', onError);
        reject(
          new Error(
            `The restore stopped unexpectedly (${event.message || 'worker error'}). Nothing was changed; try again.`,
          ),
        );
      };
      target.addEventListener('message', onMessage);
      target.addEventListener('error', onError);
      target.postMessage(request, transfer);
    });
  return {
    check: (input, onProgress) =>
      ask(
        { type: 'check', input },
        // File bytes move to the worker instead of being copied.
        typeof input === 'string' ? [] : [input.buffer],
        (m) => (m.type === 'checked' ? m.result : undefined),
        onProgress,
      ),
    commit: (source, restoredAt) =>
      ask({ type: 'commit', source, restoredAt }, [], (m) =>
        m.type === 'done' ? true : undefined,
      ).then(() => undefined),
    rejectedFile: (header) =>
      ask({ type: 'rejected-file', header }, [], (m) => (m.type === 'file' ? m.text : undefined)),
    commitValid: (source, restoredAt) =>
      ask({ type: 'commit-valid', source, restoredAt }, [], (m) =>
        m.type === 'done' ? true : undefined,
      ).then(() => undefined),
    undo: () =>
      ask({ type: 'undo' }, [], (m) => (m.type === 'done' ? true : undefined)).then(
        () => undefined,
      ),
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}

/** The worker engine in a browser, the inline one where Worker does not exist. */
export function createRestoreEngine(): RestoreEngine {
  return typeof Worker === 'undefined' ? inlineEngine() : workerEngine();
}

/** Answers one worker request with `engine` (used by restore-worker.ts). */
export async function answerRequest(
  engine: RestoreEngine,
  request: WorkerRequest,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  try {
    if (request.type === 'check') {
      const result = await engine.check(request.input, (stage, records) =>
        post({ type: 'progress', stage, records }),
      );
      post({ type: 'checked', result });
    } else if (request.type === 'commit') {
      await engine.commit(request.source, request.restoredAt);
      post({ type: 'done' });
    } else if (request.type === 'rejected-file') {
      post({ type: 'file', text: await engine.rejectedFile(request.header) });
    } else if (request.type === 'commit-valid') {
      await engine.commitValid(request.source, request.restoredAt);
      post({ type: 'done' });
    } else {
      await engine.undo();
      post({ type: 'done' });
    }
  } catch (error) {
    post({ type: 'failed', message: errorMessage(error) });
  }
}
