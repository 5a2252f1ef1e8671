// When the browser build should remind the user to save a backup: the browser's storage can be
// cleared by the browser itself, so a file copy is the only safe one.
import type { Timestamp } from '../../../../core/domain/types';

/** Days after a manual backup before the reminder shows again. */
export const BACKUP_REMINDER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export type BackupReminder = { kind: 'never' } | { kind: 'stale'; days: number };

/**
 * The reminder to show, or null: none on the desktop (it keeps automatic backups) or while no
 * data is stored; 'never' when data exists and no backup was saved; 'stale' when the last
 * manual backup is more than BACKUP_REMINDER_DAYS old (`days` = whole days since).
 */
export function backupReminder(input: {
  isDesktop: boolean;
  hasData: boolean;
  lastBackupAt: Timestamp | null;
  now: Date;
}): BackupReminder | null {
  if (input.isDesktop || !input.hasData) return null;
  if (input.lastBackupAt === null) return { kind: 'never' };
  const last = Date.parse(input.lastBackupAt);
  // An unreadable time counts as no backup: better one reminder too many than a lost year.
  if (Number.isNaN(last)) return { kind: 'never' };
  const elapsed = input.now.getTime() - last;
  if (elapsed <= BACKUP_REMINDER_DAYS * DAY_MS) return null;
  return { kind: 'stale', days: Math.floor(elapsed / DAY_MS) };
}

/** The reminder's sentence. */
export function reminderText(reminder: BackupReminder): string {
  return reminder.kind === 'never'
    ? 'You have not saved a backup yet. Your records live only in this browser: save a backup file to keep a copy.'
    : `Your last backup is ${reminder.days} days old. Save a new backup file to keep a recent copy.`;
}
