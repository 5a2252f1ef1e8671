// Which automatic backups to keep: the last few of today, one per earlier day for a week, one per
// week for about two months. Pure, so its promises (bounded, newest kept, stable) are tested here.

/** How many of today's backups are kept (the newest ones). */
export const KEEP_TODAY = 5;
/** Earlier days (before today) that keep their newest backup. */
export const KEEP_DAYS = 7;
/** Earlier weeks (before this one, Monday to Sunday, UTC) that keep their newest backup. */
export const KEEP_WEEKS = 8;
/** The most backups kept when all of them can be dated and none lies in the future. */
export const MAX_KEPT = KEEP_TODAY + KEEP_DAYS + KEEP_WEEKS + 1;

const DAY_MS = 86_400_000;

export interface DatedBackup {
  name: string;
  /** ISO timestamp; a value that does not parse means the backup cannot be dated. */
  createdAt: string;
}

interface Timed {
  name: string;
  time: number;
  day: number;
  week: number;
}

/** Days since 1970-01-01 (UTC). */
export function utcDayNumber(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** Weeks since the Monday before 1970-01-01 (a Thursday), UTC: Monday starts a week. */
export function utcWeekNumber(time: number): number {
  return Math.floor((utcDayNumber(time) + 3) / 7);
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

/**
 * The names of the backups to keep at `now`; every other one may be deleted. Keeps the newest
 * backup always; the {@link KEEP_TODAY} newest of today (UTC); the newest of each of the
 * {@link KEEP_DAYS} days before today; the newest of each of the {@link KEEP_WEEKS} weeks before
 * this one. A backup it cannot date, or dated after `now` (the clock moved back), is kept.
 * Applying it to what it kept gives the same set again.
 */
export function selectBackupsToKeep(backups: readonly DatedBackup[], now: Date): Set<string> {
  const keep = new Set<string>();
  const dated: Timed[] = [];
  const nowTime = now.getTime();
  for (const { name, createdAt } of backups) {
    const time = Date.parse(createdAt);
    if (Number.isNaN(time) || time > nowTime) keep.add(name);
    else dated.push({ name, time, day: utcDayNumber(time), week: utcWeekNumber(time) });
  }
  const sorted = dated.sort(newestFirst);
  const today = utcDayNumber(nowTime);
  const thisWeek = utcWeekNumber(nowTime);

  const newest = sorted[0];
  if (newest !== undefined) keep.add(newest.name);
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
