// When the renderer asks for a scheduled automatic backup: every 15 minutes, and only when the
// data changed since the last one. Pure, so the rule is tested without timers or a database.

/** At most one scheduled backup per this interval. */
export const BACKUP_INTERVAL_MS = 15 * 60_000;

/** How often the app looks at the clock and the change counter (cheap: two numbers). */
export const SCHEDULE_CHECK_MS = 60_000;

export interface ScheduleState {
  /** Now, in milliseconds since the epoch. */
  now: number;
  /** When the last automatic backup was written (ms), or null when none was this session. */
  lastBackupAt: number | null;
  /** The data-change counter now. */
  changes: number;
  /** The counter's value when the last backup read the data. */
  changesAtLastBackup: number;
}

/**
 * True when a scheduled backup should be made now: the data changed since the last backup, and
 * the interval has passed since it (or there was none, or the clock moved back behind it).
 * @example isScheduledBackupDue({ now: 20 * 60_000, lastBackupAt: 0, changes: 3, changesAtLastBackup: 1 }) === true
 */
export function isScheduledBackupDue(
  state: ScheduleState,
  intervalMs: number = BACKUP_INTERVAL_MS,
): boolean {
  if (state.changes === state.changesAtLastBackup) return false;
  if (state.lastBackupAt === null || state.now < state.lastBackupAt) return true;
  return state.now - state.lastBackupAt >= intervalMs;
}
