// Automatic backup files in one folder: each written atomically with a SHA-256 checksum file
// beside it, listed with the checksum verified, read back only when it verifies, and pruned by
// the rotation policy. Before writing, main inspects the page's backup off the main thread and
// skips it when it holds the same data as the newest or comes less than a minute after it.
// Plain Node (no electron), so it is tested against a real temp folder.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type {
  AutomaticBackupInfo,
  AutomaticBackupWriteResult,
  WriteAutomaticBackupRequest,
  WrittenAutomaticBackup,
} from '../../core/bridge/desktop-api';
import type { BackupInspection } from '../policy/backup-inspection';
import {
  CHECKSUM_SUFFIX,
  backupFileName,
  checksumFileName,
  checksumFileText,
  parseBackupFileName,
  parseChecksumFile,
} from '../policy/backup-names';
import { selectBackupsToKeep, type RotationOptions } from '../policy/backup-rotation';
import { decideBackupWrite } from '../policy/backup-write-decision';
import { MAX_FILE_BYTES } from '../policy/ipc-payloads';
import { writeFileAtomically } from './atomic-write';
import { inspectBackupInWorker } from './backup-inspector';
import { readRegularFile, ReadRefusal } from './read-regular-file';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** A checksum file is one line; anything bigger is not one. */
const MAX_CHECKSUM_FILE_BYTES = 4096;

/**
 * The SHA-256 the backup's checksum file records, or null when it is missing, malformed, or
 * not a small regular file inside the folder (a FIFO would block the backup queue forever, a
 * symlink could lead anywhere).
 */
async function recordedChecksum(folder: string, name: string): Promise<string | null> {
  try {
    const bytes = await readRegularFile(path.join(folder, checksumFileName(name)), {
      maxBytes: MAX_CHECKSUM_FILE_BYTES,
      root: folder,
    });
    return parseChecksumFile(bytes.toString('utf8'), name);
  } catch (error) {
    if (error instanceof ReadRefusal) return null;
    throw error;
  }
}

/**
 * What main knows of each backup file already inspected, by name, with the size and times the
 * file had. A written backup never changes, so while those are the same the inspection holds:
 * listing (and so every prune after a write) inspects only new or changed files.
 */
export type InspectionMemo = Map<
  string,
  { size: number; mtimeMs: number; ctimeMs: number; inspection: BackupInspection | null }
>;

/**
 * The inspection of one backup file, from the memo when its size and times are unchanged;
 * `null` inside means the file could not be read as a backup (a symlink out of the folder, not
 * a regular file, too large). Returns undefined when the file is gone.
 */
async function inspectFile(
  folder: string,
  name: string,
  memo: InspectionMemo,
): Promise<{ size: number; inspection: BackupInspection | null } | undefined> {
  const file = path.join(folder, name);
  try {
    const { size, mtimeMs, ctimeMs } = await stat(file);
    const known = memo.get(name);
    if (known && known.size === size && known.mtimeMs === mtimeMs && known.ctimeMs === ctimeMs) {
      return known;
    }
    let inspection: BackupInspection | null = null;
    try {
      const bytes = await readRegularFile(file, { maxBytes: MAX_FILE_BYTES, root: folder });
      inspection = await inspectBackupInWorker(bytes);
    } catch (error) {
      if (!(error instanceof ReadRefusal)) throw error;
      if (error.reason === 'missing') return undefined;
    }
    memo.set(name, { size, mtimeMs, ctimeMs, inspection });
    return { size, inspection };
  } catch (error) {
    // Deleted (by rotation, or by the user) between the listing and the read.
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * Writes a backup as `<folder>/partnership-health-<UTC time>-<reason>.json`, then its checksum
 * file, each atomically (temp file, fsync, rename). A backup without its checksum file is
 * listed as incomplete, so a crash between the two never offers a half-made backup.
 */
export async function writeAutomaticBackup(
  folder: string,
  request: WriteAutomaticBackupRequest,
  now: Date,
  sha256: string,
): Promise<WrittenAutomaticBackup> {
  await mkdir(folder, { recursive: true });
  let createdAt = now;
  let name = backupFileName(createdAt, request.reason);
  // Two backups in the same millisecond must not overwrite each other.
  while (await exists(path.join(folder, name))) {
    createdAt = new Date(createdAt.getTime() + 1);
    name = backupFileName(createdAt, request.reason);
  }
  const bytes = Buffer.from(request.content, 'utf8');
  await writeFileAtomically(path.join(folder, name), bytes);
  await writeFileAtomically(
    path.join(folder, checksumFileName(name)),
    checksumFileText(sha256, name),
  );
  return { name, createdAt: createdAt.toISOString(), bytes: bytes.byteLength };
}

/** A listed backup with what main alone needs: the digest of its data. */
interface ListedBackup extends AutomaticBackupInfo {
  contentDigest: string | null;
}

async function listWithDigests(folder: string, memo: InspectionMemo): Promise<ListedBackup[]> {
  const backups: ListedBackup[] = [];
  const names = await namesIn(folder);
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (parsed === null) continue;
    const read = await inspectFile(folder, name, memo);
    if (read === undefined) continue;
    const { inspection } = read;
    const recorded = inspection === null ? null : await recordedChecksum(folder, name);
    const valid = inspection !== null && recorded === inspection.sha256;
    backups.push({
      name,
      ...parsed,
      bytes: read.size,
      valid,
      records: valid && inspection.ok ? inspection.records : null,
      contentDigest: valid && inspection.ok ? inspection.contentDigest : null,
    });
  }
  // Forget files that are gone, so the memo stays as small as the folder.
  for (const name of memo.keys()) if (!names.includes(name)) memo.delete(name);
  return backups.sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
}

/**
 * Every automatic backup in the folder, newest first, each checked against its checksum file.
 * `memo` (kept by the service between calls) spares re-reading backups that have not changed.
 */
export async function listAutomaticBackups(
  folder: string,
  memo: InspectionMemo = new Map(),
): Promise<AutomaticBackupInfo[]> {
  return (await listWithDigests(folder, memo)).map(
    ({ contentDigest: _contentDigest, ...info }) => info,
  );
}

/**
 * The text of one automatic backup. Refuses a name that is not an automatic backup's, a file
 * that is not a regular file inside the folder (a symlink out of it), a file whose checksum
 * fails, and text that is not UTF-8.
 */
export async function readAutomaticBackup(folder: string, name: string): Promise<string> {
  if (parseBackupFileName(name) === null) {
    throw new Error(`"${name}" is not an automatic backup. Choose one from the list in Settings.`);
  }
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path.join(folder, name), {
      maxBytes: MAX_FILE_BYTES,
      root: folder,
    });
  } catch (error) {
    if (error instanceof ReadRefusal && error.reason === 'missing') {
      throw new Error(`The automatic backup "${name}" no longer exists. Choose another one.`, {
        cause: error,
      });
    }
    if (error instanceof ReadRefusal) {
      throw new Error(`The automatic backup "${name}" cannot be read: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
  const { sha256 } = await inspectBackupInWorker(bytes);
  if ((await recordedChecksum(folder, name)) !== sha256) {
    throw new Error(
      `The automatic backup "${name}" is damaged or incomplete (its checksum does not match). Choose another one.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error(`The automatic backup "${name}" is not text. Choose another one.`, {
      cause: error,
    });
  }
}

/**
 * Deletes the verified backups the rotation policy does not keep at `now`, each with its
 * checksum file, and checksum files whose backup is gone. Damaged or incomplete backups are
 * left for the user to see. Only names matching the backup pattern are touched.
 * Returns the deleted backup names.
 */
export async function pruneAutomaticBackups(
  folder: string,
  now: Date,
  memo: InspectionMemo = new Map(),
  rotation: RotationOptions = {},
): Promise<string[]> {
  const backups = await listWithDigests(folder, memo);
  const verified = backups.filter((backup) => backup.valid);
  const keep = selectBackupsToKeep(verified, now, rotation);
  const deleted: string[] = [];
  for (const { name } of verified) {
    if (keep.has(name)) continue;
    // The backup first: a crash in between leaves a stray checksum file, never a backup
    // that looks incomplete.
    await rm(path.join(folder, name), { force: true });
    await rm(path.join(folder, checksumFileName(name)), { force: true });
    deleted.push(name);
  }
  for (const file of await namesIn(folder)) {
    if (!file.endsWith(CHECKSUM_SUFFIX)) continue;
    const backupName = file.slice(0, -CHECKSUM_SUFFIX.length);
    if (parseBackupFileName(backupName) === null) continue;
    if (!(await exists(path.join(folder, backupName)))) {
      await rm(path.join(folder, file), { force: true });
    }
  }
  return deleted;
}

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
  const memo: InspectionMemo = new Map();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function write(request: WriteAutomaticBackupRequest): Promise<AutomaticBackupWriteResult> {
    const inspection = await inspectBackupInWorker(Buffer.from(request.content, 'utf8'));
    if (!inspection.ok) {
      throw new Error(
        `The automatic backup was not written: ${inspection.problem}. This is a fault in the app; use "Back up data" to save a copy.`,
      );
    }
    const now = clock();
    let listed: ListedBackup[];
    try {
      listed = await listWithDigests(folder, memo);
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
      written = await writeAutomaticBackup(folder, request, now, inspection.sha256);
    } catch (error) {
      throw writeFailure(folder, error);
    }
    lastWriteAt = elapsedMs();
    // The prune below lists the folder: it need not parse the backup just inspected again.
    const { size, mtimeMs, ctimeMs } = await stat(path.join(folder, written.name));
    memo.set(written.name, { size, mtimeMs, ctimeMs, inspection });
    try {
      await pruneAutomaticBackups(folder, now, memo, rotation);
    } catch (error) {
      // The new backup is safe; old ones are pruned again after the next backup.
      console.warn('Pruning automatic backups failed:', error);
    }
    return { status: 'written', backup: written };
  }

  return {
    folder,
    write: (request) => enqueue(() => write(request)),
    list: () => enqueue(() => listAutomaticBackups(folder, memo)),
    read: (name) => enqueue(() => readAutomaticBackup(folder, name)),
  };
}
