// Automatic backup files in one folder: each written atomically with a SHA-256 checksum file
// beside it, listed with the checksum verified, read back only when it verifies, and pruned by
// the rotation policy. Plain Node (no electron), so it is tested against a real temp folder.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type {
  AutomaticBackupInfo,
  WriteAutomaticBackupRequest,
  WrittenAutomaticBackup,
} from '../../core/bridge/desktop-api';
import {
  CHECKSUM_SUFFIX,
  backupFileName,
  checksumFileName,
  checksumFileText,
  parseBackupFileName,
  parseChecksumFile,
} from '../policy/backup-names';
import { selectBackupsToKeep } from '../policy/backup-rotation';
import { writeFileAtomically } from './atomic-write';

/** SHA-256 of bytes, lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

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

/** True when the backup's checksum file exists and records `digest` (SHA-256, hex). */
async function checksumMatches(folder: string, name: string, digest: string): Promise<boolean> {
  try {
    const text = await readFile(path.join(folder, checksumFileName(name)), 'utf8');
    return parseChecksumFile(text, name) === digest;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * SHA-256 digests of backup files already read, by name, with the size and times the file had.
 * A written backup never changes, so while those are the same the digest is too: listing (and
 * so every prune after a write) reads only new or changed files, not every kept backup again.
 */
export type DigestMemo = Map<
  string,
  { size: number; mtimeMs: number; ctimeMs: number; digest: string }
>;

/**
 * The file's size and SHA-256, read again only when its size or times changed since `memo`
 * saw it; null when the file is gone.
 */
async function sizeAndDigest(
  file: string,
  name: string,
  memo: DigestMemo,
): Promise<{ size: number; digest: string } | null> {
  try {
    const { size, mtimeMs, ctimeMs } = await stat(file);
    const known = memo.get(name);
    if (known && known.size === size && known.mtimeMs === mtimeMs && known.ctimeMs === ctimeMs) {
      return { size, digest: known.digest };
    }
    const bytes = await readFile(file);
    const digest = sha256Hex(bytes);
    memo.set(name, { size: bytes.byteLength, mtimeMs, ctimeMs, digest });
    return { size: bytes.byteLength, digest };
  } catch (error) {
    // Deleted (by rotation, or by the user) between the listing and the read.
    if (isMissing(error)) return null;
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
    checksumFileText(sha256Hex(bytes), name),
  );
  return { name, createdAt: createdAt.toISOString(), bytes: bytes.byteLength };
}

/**
 * Every automatic backup in the folder, newest first, each checked against its checksum file.
 * `memo` (kept by the service between calls) spares re-reading backups that have not changed.
 */
export async function listAutomaticBackups(
  folder: string,
  memo: DigestMemo = new Map(),
): Promise<AutomaticBackupInfo[]> {
  const backups: AutomaticBackupInfo[] = [];
  const names = await namesIn(folder);
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (parsed === null) continue;
    const read = await sizeAndDigest(path.join(folder, name), name, memo);
    if (read === null) continue;
    const valid = await checksumMatches(folder, name, read.digest);
    backups.push({ name, ...parsed, bytes: read.size, valid });
  }
  // Forget files that are gone, so the memo stays as small as the folder.
  for (const name of memo.keys()) if (!names.includes(name)) memo.delete(name);
  return backups.sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
}

/**
 * The text of one automatic backup. Refuses a name that is not an automatic backup's (so no
 * path can reach outside the folder), a file whose checksum fails, and text that is not UTF-8.
 */
export async function readAutomaticBackup(folder: string, name: string): Promise<string> {
  if (parseBackupFileName(name) === null) {
    throw new Error(`"${name}" is not an automatic backup. Choose one from the list in Settings.`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(folder, name));
  } catch (error) {
    if (isMissing(error)) {
      throw new Error(`The automatic backup "${name}" no longer exists. Choose another one.`, {
        cause: error,
      });
    }
    throw error;
  }
  if (!(await checksumMatches(folder, name, sha256Hex(bytes)))) {
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
  memo: DigestMemo = new Map(),
): Promise<string[]> {
  const backups = await listAutomaticBackups(folder, memo);
  const verified = backups.filter((backup) => backup.valid);
  const keep = selectBackupsToKeep(verified, now);
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
  /** Writes a backup, then prunes old ones (a failed prune does not fail the backup). */
  write(request: WriteAutomaticBackupRequest): Promise<WrittenAutomaticBackup>;
  list(): Promise<AutomaticBackupInfo[]>;
  read(name: string): Promise<string>;
}

/**
 * The service for `folder`; `clock` gives the time of each backup (tests pass their own). It
 * remembers the digests of the backups it has read, so a write's prune re-reads only new files.
 */
export function automaticBackupService(
  folder: string,
  clock: () => Date = () => new Date(),
): AutomaticBackupService {
  // Operations are chained so neither a prune nor a listing sees a backup whose checksum is not
  // yet written (it would look incomplete), and two writes never pick the same name.
  let queue: Promise<unknown> = Promise.resolve();
  const digests: DigestMemo = new Map();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    folder,
    write: (request) =>
      enqueue(async () => {
        const now = clock();
        let written: WrittenAutomaticBackup;
        try {
          written = await writeAutomaticBackup(folder, request, now);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(
            `The automatic backup could not be written to ${folder} (${reason}). Free some disk space, or use "Back up data" to save one elsewhere.`,
            { cause: error },
          );
        }
        try {
          await pruneAutomaticBackups(folder, now, digests);
        } catch (error) {
          // The new backup is safe; old ones are pruned again after the next backup.
          console.warn('Pruning automatic backups failed:', error);
        }
        return written;
      }),
    list: () => enqueue(() => listAutomaticBackups(folder, digests)),
    read: (name) => enqueue(() => readAutomaticBackup(folder, name)),
  };
}
