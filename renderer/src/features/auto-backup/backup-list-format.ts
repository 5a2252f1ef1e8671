// What the automatic backups list says: each backup's time, reason, records, size and check, the
// last backup line, and the name a restore shows for its source. Pure, so it is unit-tested.
import type {
  AutomaticBackupInfo,
  AutomaticBackupReason,
} from '../../../../core/bridge/desktop-api';
import { formatBytes, formatTimestamp } from '../backup/format-time';

/** Why a backup was made, in the user's words. */
export const REASON_LABELS: Readonly<Record<AutomaticBackupReason, string>> = {
  start: 'App opened',
  scheduled: 'While you worked',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-upgrade': 'Before an app update',
};

export interface BackupRow {
  name: string;
  when: string;
  reason: string;
  /** How many records it holds ("—" when the shell could not tell: a damaged backup). */
  records: string;
  size: string;
  /** Only verified backups can be restored. */
  restorable: boolean;
  check: string;
}

/** One row per backup, in the order given (the shell lists newest first). */
export function backupRows(backups: readonly AutomaticBackupInfo[], locale?: string): BackupRow[] {
  return backups.map((backup) => ({
    name: backup.name,
    when: formatTimestamp(backup.createdAt, locale),
    reason: REASON_LABELS[backup.reason],
    records: backup.records === null ? '—' : new Intl.NumberFormat(locale).format(backup.records),
    size: formatBytes(backup.bytes),
    restorable: backup.valid,
    check: backup.valid ? 'Verified' : 'Damaged or incomplete',
  }));
}

/**
 * The sentence about the newest verified backup.
 * @example lastBackupLine([]) === 'No automatic backup yet.'
 */
export function lastBackupLine(backups: readonly AutomaticBackupInfo[], locale?: string): string {
  const newest = backups
    .filter((backup) => backup.valid)
    .reduce<AutomaticBackupInfo | null>(
      (best, backup) => (best === null || backup.createdAt > best.createdAt ? backup : best),
      null,
    );
  return newest === null
    ? 'No automatic backup yet.'
    : `Last automatic backup: ${formatTimestamp(newest.createdAt, locale)}.`;
}

/** How the restore preview names a backup from this list. */
export function restoreSourceLabel(backup: AutomaticBackupInfo, locale?: string): string {
  return `the automatic backup of ${formatTimestamp(backup.createdAt, locale)} (${REASON_LABELS[backup.reason].toLowerCase()})`;
}
