// The automatic backup files in one folder: each written atomically with a checksum file beside
// it (SHA-256, record count and data digest), listed from the checksum files alone, read back
// only when the bytes match the checksum, and pruned by the rotation policy. Plain Node (no
// electron), tested against a real temp folder; automatic-backups.ts runs these one at a time.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type {
  AutomaticBackupInfo,
  AutomaticBackupReason,
  WrittenAutomaticBackup,
} from '../../core/bridge/desktop-api';
import {
  CHECKSUM_SUFFIX,
  backupFileName,
  checksumFileName,
  checksumFileText,
  parseBackupFileName,
  parseChecksumFile,
  type BackupSummary,
  type ParsedBackupName,
  type RecordedChecksum,
} from '../policy/backup-names';
import { selectBackupsToKeep, type RotationOptions } from '../policy/backup-rotation';
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
async function recordedChecksum(folder: string, name: string): Promise<RecordedChecksum | null> {
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

/** The facts a checksum file records of a backup, learnt when it is written. */
export type BackupFacts = RecordedChecksum & { summary: BackupSummary };

/**
 * Writes a backup as `<folder>/partnership-health-<UTC time>-<reason>.json`, then its checksum
 * file (SHA-256, records and data digest), each atomically (temp file, fsync, rename). A
 * backup without its checksum file is listed as incomplete, so a crash between the two never
 * offers a half-made backup.
 */
export async function writeAutomaticBackup(
  folder: string,
  backup: { bytes: Uint8Array; reason: AutomaticBackupReason },
  now: Date,
  facts: BackupFacts,
): Promise<WrittenAutomaticBackup> {
  await mkdir(folder, { recursive: true });
  let createdAt = now;
  let name = backupFileName(createdAt, backup.reason);
  // Two backups in the same millisecond must not overwrite each other.
  while (await exists(path.join(folder, name))) {
    createdAt = new Date(createdAt.getTime() + 1);
    name = backupFileName(createdAt, backup.reason);
  }
  await writeFileAtomically(path.join(folder, name), backup.bytes);
  await writeFileAtomically(
    path.join(folder, checksumFileName(name)),
    checksumFileText(facts.sha256, name, facts.summary),
  );
  return { name, createdAt: createdAt.toISOString(), bytes: backup.bytes.byteLength };
}

/**
 * The summary of a backup whose checksum file an earlier version wrote (no summary): the
 * backup is inspected once and, when it matches its checksum, the checksum file is rewritten
 * with the summary, so it is never parsed for listing again. Null when it does not match.
 */
async function upgradeChecksumFile(
  folder: string,
  name: string,
  sha256: string,
): Promise<BackupSummary | null> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path.join(folder, name), {
      maxBytes: MAX_FILE_BYTES,
      root: folder,
    });
  } catch (error) {
    if (error instanceof ReadRefusal) return null;
    throw error;
  }
  const { inspection } = await inspectBackupInWorker(bytes);
  if (!inspection.ok || inspection.sha256 !== sha256) return null;
  const summary = { records: inspection.records, contentDigest: inspection.contentDigest };
  await writeFileAtomically(
    path.join(folder, checksumFileName(name)),
    checksumFileText(sha256, name, summary),
  );
  return summary;
}

/** A listed backup with what main alone needs: the digest of its data. */
export interface ListedBackup extends AutomaticBackupInfo {
  contentDigest: string | null;
}

/**
 * One backup as its checksum file describes it, or undefined when it is gone. Only the small
 * checksum file is read: a backup is a regular file (not a symlink) under the size cap with a
 * well-formed checksum file, or it is listed as not valid. Its bytes are checked against the
 * checksum when it is read (restored), not here.
 */
async function listedBackup(
  folder: string,
  name: string,
  parsed: ParsedBackupName,
): Promise<ListedBackup | undefined> {
  let stats: Stats;
  try {
    stats = await lstat(path.join(folder, name));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  const listed = { name, ...parsed, bytes: stats.size };
  const invalid = { ...listed, valid: false, records: null, contentDigest: null };
  if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return invalid;
  const recorded = await recordedChecksum(folder, name);
  if (recorded === null) return invalid;
  const summary = recorded.summary ?? (await upgradeChecksumFile(folder, name, recorded.sha256));
  if (summary === null) return invalid;
  return { ...listed, valid: true, ...summary };
}

/** Every backup in the folder, newest first, with the digest of its data (for main only). */
export async function listWithDigests(folder: string): Promise<ListedBackup[]> {
  const backups: ListedBackup[] = [];
  for (const name of await namesIn(folder)) {
    const parsed = parseBackupFileName(name);
    if (parsed === null) continue;
    const listed = await listedBackup(folder, name, parsed);
    if (listed !== undefined) backups.push(listed);
  }
  return backups.sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
}

/**
 * Every automatic backup in the folder, newest first, as their checksum files describe them
 * (a backup without a well-formed one is not valid).
 */
export async function listAutomaticBackups(folder: string): Promise<AutomaticBackupInfo[]> {
  return (await listWithDigests(folder)).map(({ contentDigest: _contentDigest, ...info }) => info);
}

/** SHA-256 of `bytes` in slices, letting other work run between them (a backup can be 256 MB). */
async function sha256Of(bytes: Uint8Array): Promise<string> {
  const SLICE = 4 * 1_048_576;
  const hash = createHash('sha256');
  for (let start = 0; start < bytes.byteLength; start += SLICE) {
    hash.update(bytes.subarray(start, start + SLICE));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return hash.digest('hex');
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
  if ((await recordedChecksum(folder, name))?.sha256 !== (await sha256Of(bytes))) {
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
 * Deletes the valid backups the rotation policy does not keep at `now`, each with its checksum
 * file, and checksum files whose backup is gone. Backups listed as not valid (incomplete, not a
 * regular file) are left for the user to see. Only names matching the backup pattern are touched.
 * Returns the deleted backup names.
 */
export async function pruneAutomaticBackups(
  folder: string,
  now: Date,
  rotation: RotationOptions = {},
): Promise<string[]> {
  const backups = await listWithDigests(folder);
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
