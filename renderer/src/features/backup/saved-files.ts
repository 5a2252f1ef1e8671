// The files the app saves: their proposed names (one pattern, dated by the user's local day)
// and where a saved one went, in words.
import { localIsoDate } from '../../../../core/domain/dates';

/** What a saved file holds, as its name says it. */
export type SavedFileKind = 'backup' | 'unreadable-records' | 'rejected-records' | 'recovered';

/**
 * The proposed name of a `kind` file saved at `now` (local date).
 * @example datedFileName('backup', new Date(2026, 10, 28)) === 'partnership-health-backup-2026-11-28.json'
 */
export function datedFileName(kind: SavedFileKind, now: Date): string {
  return `partnership-health-${kind}-${localIsoDate(now)}.json`;
}

/** Where a saved file went, for a message: its path, or the browser's downloads. */
export function savedWhere(path: string | undefined): string {
  return path ? `Saved to ${path}.` : 'Your browser saved the file to its downloads.';
}
