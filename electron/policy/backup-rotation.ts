// Which automatic backups to keep: the last few of today, one per earlier day for a week, one per
// week for about two months, all in the user's local days. Backups taken before a risky step are
// pinned for 30 days; a run of smaller backups can never flush the last bigger one, and what the
// page cannot fake (a backup's time, written by main) protects today's first backup and the last
// session's final one. Pure, so its promises (bounded, newest kept, stable) are tested here.
import type { AutomaticBackupReason } from '../../core/bridge/desktop-api';

/** How many of today's backups are kept (the newest ones). */
export const KEEP_TODAY = 5;
/** Earlier days (before today) that keep their newest backup. */
export const KEEP_DAYS = 7;
/** Earlier weeks (before this one, Monday to Sunday) that keep their newest backup. */
export const KEEP_WEEKS = 8;
/**
 * The most backups kept when all of them can be dated and none lies in the future: the tiers,
 * plus the one kept for holding more records, today's first and the last session's final one.
 * Pinned backups come on top.
 */
export const MAX_KEPT = KEEP_TODAY + KEEP_DAYS + KEEP_WEEKS + 3;
/** Backups taken before these steps stay outside the rotation for {@link PIN_DAYS} days. */
export const PINNED_REASONS: readonly AutomaticBackupReason[] = [
  'before-restore',
  'before-import',
  'before-upgrade',
];
export const PIN_DAYS = 30;
/**
 * At most this many pinned backups (the newest ones): a page that asks for a backup "before a
 * restore" every minute must not fill the disk. Older ones rotate like any other.
 */
export const MAX_PINNED = 10;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface DatedBackup {
  name: string;
  /** ISO timestamp; a value that does not parse means the backup cannot be dated. */
  createdAt: string;
  /** Why it was made; the before-* reasons pin it. Absent: an ordinary backup. */
  reason?: AutomaticBackupReason;
  /** How many records it holds; null or absent when unknown (it then protects nothing). */
  records?: number | null;
}

export interface RotationOptions {
  /**
   * Minutes the user's zone is ahead of UTC at a moment (UTC+1 → 60), so days and weeks are the
   * user's own: a backup at 00:30 local time belongs to that local day. Defaults to this
   * machine's zone, daylight saving included.
   */
  utcOffsetMinutes?: (time: number) => number;
  /**
   * When this app process started. The newest backup made before it (the last session's final
   * state) is kept: the page of this session cannot have written it, so however it fills the
   * folder (with inflated record counts, or a staircase of ever smaller ones), that one stays.
   */
  sessionStartedAt?: Date;
}

/** This machine's offset from UTC at `time`, in minutes (ahead of UTC is positive). */
function systemUtcOffsetMinutes(time: number): number {
  return -new Date(time).getTimezoneOffset();
}

interface Timed {
  name: string;
  time: number;
  day: number;
  week: number;
  records: number | null;
}

/** Days since 1970-01-01 on the local calendar whose offset at `time` is `offsetMinutes`. */
export function localDayNumber(time: number, offsetMinutes: number): number {
  return Math.floor((time + offsetMinutes * MINUTE_MS) / DAY_MS);
}

/** Weeks since the Monday before 1970-01-01 (a Thursday) for a day number: Monday starts a week. */
export function weekNumber(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** Newest first; equal times by name, so the choice never depends on input order. */
function newestFirst(a: Timed, b: Timed): number {
  return b.time - a.time || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
}

/** Adds the newest backup of each group (by `groupOf`) whose key passes `wanted`. */
function keepNewestPerGroup(
  sorted: readonly Timed[],
  groupOf: (backup: Timed) => number,
  wanted: (group: number) => boolean,
  keep: Set<string>,
): void {
  const seen = new Set<number>();
  for (const backup of sorted) {
    const group = groupOf(backup);
    if (!wanted(group) || seen.has(group)) continue;
    seen.add(group);
    keep.add(backup.name);
  }
}

function isPinnable(reason: AutomaticBackupReason | undefined, age: number): boolean {
  return reason !== undefined && PINNED_REASONS.includes(reason) && age < PIN_DAYS * DAY_MS;
}

/**
 * The names of the backups to keep at `now`; every other one may be deleted.
 * - A backup it cannot date, or dated after `now` (the clock moved back), is kept.
 * - A backup made before a restore, import or upgrade is kept for {@link PIN_DAYS} days, outside
 *   the tiers (it takes no tier's place); at most the {@link MAX_PINNED} newest such backups.
 * - The newest backup is kept, and so is the newest older one holding more records than it:
 *   however many smaller (say empty) backups follow, the last bigger one survives.
 * - Today's first backup is kept, and the newest one made before this session started
 *   ({@link RotationOptions.sessionStartedAt}): the page chooses a backup's content, hence its
 *   record count, but not its time, so these two survive whatever the page writes.
 * - The tiers: the {@link KEEP_TODAY} newest of today; the newest of each of the
 *   {@link KEEP_DAYS} days before today; the newest of each of the {@link KEEP_WEEKS} weeks before
 *   this one, in the user's local days ({@link RotationOptions.utcOffsetMinutes}).
 * Applying it to what it kept gives the same set again.
 */
export function selectBackupsToKeep(
  backups: readonly DatedBackup[],
  now: Date,
  options: RotationOptions = {},
): Set<string> {
  const offset = options.utcOffsetMinutes ?? systemUtcOffsetMinutes;
  const keep = new Set<string>();
  const everyDated: Timed[] = [];
  const pinnable: Timed[] = [];
  const rotating: Timed[] = [];
  const nowTime = now.getTime();
  for (const { name, createdAt, reason, records } of backups) {
    const time = Date.parse(createdAt);
    if (Number.isNaN(time) || time > nowTime) {
      keep.add(name);
      continue;
    }
    const day = localDayNumber(time, offset(time));
    const timed = { name, time, day, week: weekNumber(day), records: records ?? null };
    everyDated.push(timed);
    if (isPinnable(reason, nowTime - time)) pinnable.push(timed);
    else rotating.push(timed);
  }
  pinnable.sort(newestFirst);
  for (const pinned of pinnable.slice(0, MAX_PINNED)) keep.add(pinned.name);
  rotating.push(...pinnable.slice(MAX_PINNED));

  const [newest, ...older] = everyDated.sort(newestFirst);
  if (newest !== undefined) {
    keep.add(newest.name);
    const bigger =
      newest.records === null
        ? undefined
        : older.find(({ records }) => records !== null && records > (newest.records ?? 0));
    if (bigger !== undefined) keep.add(bigger.name);
  }
  const today = localDayNumber(nowTime, offset(nowTime));
  const firstOfToday = everyDated.findLast(({ day }) => day === today);
  if (firstOfToday !== undefined) keep.add(firstOfToday.name);
  const sessionStart = options.sessionStartedAt?.getTime();
  if (sessionStart !== undefined) {
    const lastSessionsFinal = everyDated.find(({ time }) => time < sessionStart);
    if (lastSessionsFinal !== undefined) keep.add(lastSessionsFinal.name);
  }

  const sorted = rotating.sort(newestFirst);
  const thisWeek = weekNumber(today);
  for (const backup of sorted.filter(({ day }) => day === today).slice(0, KEEP_TODAY)) {
    keep.add(backup.name);
  }
  keepNewestPerGroup(
    sorted,
    ({ day }) => day,
    (day) => day < today && day >= today - KEEP_DAYS,
    keep,
  );
  keepNewestPerGroup(
    sorted,
    ({ week }) => week,
    (week) => week < thisWeek && week >= thisWeek - KEEP_WEEKS,
    keep,
  );
  return keep;
}
