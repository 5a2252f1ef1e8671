// Whether main files an automatic backup the page asked for: not when it holds the same data as
// the newest backup, and ordinary ones (start, scheduled) not more than one a minute, whatever
// the page does. A backup before a restore, import or upgrade is always filed. Pure, so the
// rule is tested without a folder or a clock.
import type { AutomaticBackupReason } from '../../core/bridge/desktop-api';
import { PINNED_REASONS } from './backup-rotation';

/** The page can have at most one automatic backup written per this many milliseconds. */
export const MIN_BACKUP_INTERVAL_MS = 60_000;

export interface NewestBackup {
  name: string;
  reason: AutomaticBackupReason;
  /** Digest of its data (format version and records), or null when it could not be read. */
  contentDigest: string | null;
}

export interface BackupWriteInput {
  /**
   * Milliseconds since this process last wrote a backup, on a monotonic clock, or null when it
   * has written none: a wall clock (or a file name's time) set back would lift the limit.
   */
  msSinceLastWrite: number | null;
  reason: AutomaticBackupReason;
  /** Digest of the data the new backup would hold. */
  contentDigest: string;
  /** The newest verified backup in the folder, or null when there is none. */
  newest: NewestBackup | null;
}

export type BackupWriteDecision =
  | { action: 'write' }
  /** The newest backup already holds exactly this data. */
  | { action: 'unchanged'; newest: string }
  /**
   * An ordinary backup was asked for less than a minute after the last one was written; the
   * page may ask again after `retryAfterMs`. Never the answer for a before-* reason.
   */
  | { action: 'too-soon'; retryAfterMs: number };

const pins = (reason: AutomaticBackupReason) => PINNED_REASONS.includes(reason);

/**
 * Decides one write. Identical data is not written again, except that a backup before a risky
 * step is written when the identical newest one is an ordinary backup: that one would rotate
 * away, the pinned copy keeps the state before the step for 30 days.
 * A backup before a risky step (a restore, import or upgrade) is otherwise always written: the
 * step goes ahead only once it is filed, so refusing it would stop the user's restore or import.
 * Those are bounded elsewhere: the rotation keeps at most MAX_PINNED of them pinned, the rest
 * rotate like any backup. Ordinary backups are written at most one per
 * {@link MIN_BACKUP_INTERVAL_MS} of this process's last write.
 */
export function decideBackupWrite(input: BackupWriteInput): BackupWriteDecision {
  const { newest } = input;
  if (newest !== null && newest.contentDigest === input.contentDigest) {
    // A pinned copy of the newest's data is written at once, even within the minute: it can
    // happen only once per written backup (the copy is then the newest, pinned and identical).
    if (pins(input.reason) && !pins(newest.reason)) return { action: 'write' };
    return { action: 'unchanged', newest: newest.name };
  }
  if (pins(input.reason)) return { action: 'write' };
  const since = input.msSinceLastWrite;
  if (since !== null && since < MIN_BACKUP_INTERVAL_MS) {
    return { action: 'too-soon', retryAfterMs: MIN_BACKUP_INTERVAL_MS - since };
  }
  return { action: 'write' };
}
