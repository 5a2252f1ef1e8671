// Names of automatic backup files and their checksum sidecars: the one pattern that says which
// files in the backups folder belong to the app (only those are ever read, listed or deleted).
import {
  AUTOMATIC_BACKUP_REASONS,
  type AutomaticBackupReason,
} from '../../core/bridge/desktop-api';

/** The folder under userData that holds automatic backups (outside Chromium's profile). */
export const BACKUPS_FOLDER_NAME = 'backups';

/** Extension added to a backup's name for its checksum file (`sha256sum -c` can check it). */
export const CHECKSUM_SUFFIX = '.sha256';

const NAME_PREFIX = 'partnership-health-';
const BACKUP_NAME =
  /^partnership-health-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.json$/;

export interface ParsedBackupName {
  /** The UTC time in the name, as an ISO timestamp with milliseconds. */
  createdAt: string;
  reason: AutomaticBackupReason;
}

/** True when `value` is one of the reasons a backup can be made for. */
export function isAutomaticBackupReason(value: unknown): value is AutomaticBackupReason {
  return (
    typeof value === 'string' && (AUTOMATIC_BACKUP_REASONS as readonly string[]).includes(value)
  );
}

/**
 * The file name of a backup made at `createdAt` for `reason`: UTC time with milliseconds
 * (so two backups in one second do not collide), colons replaced because Windows refuses them.
 * @example backupFileName(new Date('2026-11-28T10:15:00Z'), 'start')
 *   === 'partnership-health-2026-11-28T10-15-00-000Z-start.json'
 */
export function backupFileName(createdAt: Date, reason: AutomaticBackupReason): string {
  const stamp = createdAt.toISOString().replace(/:/g, '-').replace('.', '-');
  return `${NAME_PREFIX}${stamp}-${reason}.json`;
}

/**
 * The time and reason in a backup file name, or null when the name is not an automatic backup
 * (another file, a path, a checksum file, an impossible date or an unknown reason).
 */
export function parseBackupFileName(name: string): ParsedBackupName | null {
  const match = BACKUP_NAME.exec(name);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, millis, reason] = match;
  if (!isAutomaticBackupReason(reason)) return null;
  const createdAt = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}Z`;
  const time = new Date(createdAt);
  // Date accepts 2026-02-31 by rolling over; a real backup name never holds such a date.
  if (Number.isNaN(time.getTime()) || time.toISOString() !== createdAt) return null;
  return { createdAt, reason };
}

/** The checksum file's name for a backup file name. */
export function checksumFileName(backupName: string): string {
  return `${backupName}${CHECKSUM_SUFFIX}`;
}

/** What the checksum file also records of a backup, so listing never has to parse it. */
export interface BackupSummary {
  /** Records in all collections of the backup's data. */
  records: number;
  /** SHA-256 of its format version and data (see backup-inspection.ts). */
  contentDigest: string;
}

/** What a checksum file records: the backup's SHA-256, and its summary when written by now. */
export interface RecordedChecksum {
  sha256: string;
  /** Null in a checksum file written by an earlier version (one line, no summary). */
  summary: BackupSummary | null;
}

/**
 * The checksum file's text for a backup: the line `sha256sum` writes and checks, then a comment
 * line (which `sha256sum -c --strict` skips) with the backup's summary.
 * @example checksumFileText('ab…', 'b.json', { records: 3, contentDigest: 'cd…' })
 *   === 'ab…  b.json\n# partnership-health records=3 data-sha256=cd…\n'
 */
export function checksumFileText(
  sha256Hex: string,
  backupName: string,
  summary: BackupSummary,
): string {
  return `${sha256Hex}  ${backupName}\n# partnership-health records=${summary.records} data-sha256=${summary.contentDigest}\n`;
}

const CHECKSUM_FILE =
  /^([0-9a-f]{64}) [ *](.+)(?:\n# partnership-health records=(\d{1,15}) data-sha256=([0-9a-f]{64}))?\n?$/;

/**
 * What a checksum file records for `backupName`, or null if it is malformed or names another
 * file. A one-line file (an earlier version's) has no summary.
 */
export function parseChecksumFile(text: string, backupName: string): RecordedChecksum | null {
  const match = CHECKSUM_FILE.exec(text);
  if (match === null || match[2] !== backupName) return null;
  const [, sha256 = '', , records, contentDigest] = match;
  return {
    sha256,
    summary:
      records === undefined || contentDigest === undefined
        ? null
        : { records: Number(records), contentDigest },
  };
}
