// How the dashboard writes dates: "28 Nov 2026" for a day, "Nov 2026" for a month.
import type { IsoDate } from '../../../../core/domain/types';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const asDate = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** "28 Nov 2026". */
export function formatDay(date: IsoDate): string {
  return DAY.format(asDate(date));
}

/** "Nov 2026". */
export function formatMonth(date: IsoDate): string {
  return MONTH.format(asDate(date));
}
