// The automatic backup service: files the page's backups one at a time. Before writing, main
// inspects the backup off the main thread and skips it when it holds the same data as the newest,
// or (an ordinary one) comes less than a minute after the last; after writing it prunes. The
// files themselves (write, list, read, prune) are backup-folder.ts's.
import type {
  AutomaticBackupInfo,
  AutomaticBackupWriteResult,
  WriteAutomaticBackupRequest,
  WrittenAutomaticBackup,
} from '../../core/bridge/desktop-api';
import type { RotationOptions } from '../policy/backup-rotation';
import { decideBackupWrite } from '../policy/backup-write-decision';
import { inspectBackupInWorker } from './backup-inspector';
import {
  listAutomaticBackups,
  listWithDigests,
  pruneAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup,
  type ListedBackup,
} from './backup-folder';

/** The backups folder's operations, run one at a time. */
export interface AutomaticBackupService {
  readonly folder: string;
  /**
   * Files a backup unless it holds the newest one's data or comes within a minute of it, then
   * prunes old ones (a failed prune does not fail the backup).
   */
  write(request: WriteAutomaticBackupRequest): Promise<AutomaticBackupWriteResult>;
  list(): Promise<AutomaticBackupInfo[]>;
  read(name: string): Promise<string>;
}

export interface AutomaticBackupServiceOptions {
  /** The time of each backup (tests pass their own). */
  clock?: () => Date;
  /**
   * A monotonic clock in milliseconds for the one-a-minute limit (tests pass their own): the
   * wall clock can be set back, this one cannot.
   */
  elapsedMs?: () => number;
  /**
   * The user's days for the rotation (tests pass a fixed zone); defaults to this machine's.
   * The session's start is the clock's time when the service is made.
   */
  rotation?: Omit<RotationOptions, 'sessionStartedAt'>;
}

function writeFailure(folder: string, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(
    `The automatic backup could not be written to ${folder} (${reason}). Free some disk space, or use "Back up data" to save one elsewhere.`,
    { cause: error },
  );
}

/**
 * The service for `folder`. It remembers what it inspected, so a write's prune re-reads only
 * new files.
 */
export function automaticBackupService(
  folder: string,
  options: AutomaticBackupServiceOptions = {},
): AutomaticBackupService {
  const clock = options.clock ?? (() => new Date());
  const elapsedMs = options.elapsedMs ?? (() => performance.now());
  // When this process last wrote a backup, on the monotonic clock (null: not yet).
  let lastWriteAt: number | null = null;
  // The service is made when the app starts: backups older than this are the last session's.
  const rotation: RotationOptions = { ...options.rotation, sessionStartedAt: clock() };
  // Operations are chained so neither a prune nor a listing sees a backup whose checksum is not
  // yet written (it would look incomplete), and two writes never pick the same name.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function write(request: WriteAutomaticBackupRequest): Promise<AutomaticBackupWriteResult> {
    // One copy of the text as bytes, moved to the worker and back: a backup can be 256 MB.
    const { inspection, bytes } = await inspectBackupInWorker(
      new TextEncoder().encode(request.content),
    );
    if (!inspection.ok) {
      throw new Error(
        `The automatic backup was not written: ${inspection.problem}. This is a fault in the app; use "Back up data" to save a copy.`,
      );
    }
    const now = clock();
    let listed: ListedBackup[];
    try {
      listed = await listWithDigests(folder);
    } catch (error) {
      throw writeFailure(folder, error);
    }
    const newest = listed.find((backup) => backup.valid) ?? null;
    const decision = decideBackupWrite({
      msSinceLastWrite: lastWriteAt === null ? null : elapsedMs() - lastWriteAt,
      reason: request.reason,
      contentDigest: inspection.contentDigest,
      newest,
    });
    if (decision.action === 'unchanged' && newest !== null) {
      const { name, createdAt, bytes } = newest;
      return { status: 'unchanged', backup: { name, createdAt, bytes } };
    }
    if (decision.action === 'too-soon') {
      return { status: 'too-soon', retryAfterMs: decision.retryAfterMs };
    }
    let written: WrittenAutomaticBackup;
    try {
      written = await writeAutomaticBackup(folder, { bytes, reason: request.reason }, now, {
        sha256: inspection.sha256,
        summary: { records: inspection.records, contentDigest: inspection.contentDigest },
      });
    } catch (error) {
      throw writeFailure(folder, error);
    }
    lastWriteAt = elapsedMs();
    try {
      await pruneAutomaticBackups(folder, now, rotation);
    } catch (error) {
      // The new backup is safe; old ones are pruned again after the next backup.
      console.warn('Pruning automatic backups failed:', error);
    }
    return { status: 'written', backup: written };
  }

  return {
    folder,
    write: (request) => enqueue(() => write(request)),
    list: () => enqueue(() => listAutomaticBackups(folder)),
    read: (name) => enqueue(() => readAutomaticBackup(folder, name)),
  };
}
