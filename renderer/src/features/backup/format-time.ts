// Dates and times as the backup screens show them: local, readable, unambiguous.

/**
 * A timestamp in the user's locale with date and time, or the text itself when unreadable.
 * @example formatTimestamp('2026-11-28T10:00:00Z') // "28 Nov 2026, 11:00" in Paris, en-GB
 */
export function formatTimestamp(timestamp: string, locale?: string): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/**
 * A size in bytes as people read it.
 * @example formatBytes(1_500_000) === '1.5 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
