// Reads single CSV cells as typed values: dates in ISO, day-month or month-day order, finite
// numbers (with decimal commas in files not separated by commas) and ratings 1–5.

import { isIsoDate } from '../domain/dates';
import type { IsoDate, Rating } from '../domain/types';

/** How the file writes dates; 'ambiguous' means the user must choose between 'dmy' and 'mdy'. */
export type DateOrder = 'iso' | 'dmy' | 'mdy' | 'ambiguous';

/** A cell read as a value, or the rule it breaks, worded to follow the quoted cell text. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; rule: string };

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// An ISO timestamp keeps the calendar date its writer saw: the date part, whatever the zone.
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/;
// Day or month first, four-digit year, optionally followed by a time (as survey tools write).
const PART_DATE =
  /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[AaPp][Mm])?)?$/;

function pad(n: string): string {
  return n.padStart(2, '0');
}

function isoPart(text: string): IsoDate | null {
  const day = ISO_DAY.exec(text);
  if (day) return `${day[1]}-${pad(day[2]!)}-${pad(day[3]!)}`;
  const stamp = ISO_TIMESTAMP.exec(text);
  return stamp ? stamp[1]! : null;
}

/**
 * Says which order the day-month dates among `values` use: 'iso' when there are none, 'dmy' when
 * a first number exceeds 12 or dates use dots (31.12.2026), 'mdy' when a second number exceeds
 * 12, and 'ambiguous' when nothing decides (or the values contradict each other).
 */
export function detectDateOrder(values: readonly string[]): DateOrder {
  let partDates = 0;
  let dayFirst = false;
  let monthFirst = false;
  for (const raw of values) {
    const text = raw.trim();
    if (text === '' || isoPart(text) !== null) continue;
    const m = PART_DATE.exec(text);
    if (!m) continue;
    partDates += 1;
    if (Number(m[1]) > 12 || m[2] === '.') dayFirst = true;
    if (Number(m[3]) > 12) monthFirst = true;
  }
  if (partDates === 0) return 'iso';
  if (dayFirst && !monthFirst) return 'dmy';
  if (monthFirst && !dayFirst) return 'mdy';
  return 'ambiguous';
}

/** Reads a date cell in the confirmed `order` (ISO dates and timestamps are read in any order). */
export function parseDateCell(raw: string, order: DateOrder): CellResult<IsoDate> {
  const text = raw.trim();
  const quoted = JSON.stringify(text);
  const iso = isoPart(text);
  if (iso !== null) {
    return isIsoDate(iso)
      ? { ok: true, value: iso }
      : { ok: false, rule: `${quoted} is not a real calendar date` };
  }
  const m = PART_DATE.exec(text);
  if (!m) {
    return {
      ok: false,
      rule: `${quoted} is not a date: write YYYY-MM-DD, or day and month with a four-digit year (31/12/2026)`,
    };
  }
  if (order !== 'dmy' && order !== 'mdy') {
    return {
      ok: false,
      rule: `${quoted} could be day/month/year or month/day/year: choose the date order before importing`,
    };
  }
  const [day, month] = order === 'dmy' ? [m[1]!, m[3]!] : [m[3]!, m[1]!];
  const date = `${m[4]}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date)
    ? { ok: true, value: date }
    : {
        ok: false,
        rule: `${quoted} is not a real calendar date when read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'}`,
      };
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity|∞)$/i;

/**
 * Reads a number cell. A decimal comma (2,5) is accepted when the file is not comma-separated;
 * NaN, Infinity and anything that overflows are refused: every stored number is finite.
 */
export function parseNumberCell(raw: string, decimalComma: boolean): CellResult<number> {
  const text = raw.trim();
  const quoted = JSON.stringify(text);
  let value: number | null = null;
  if (PLAIN_NUMBER.test(text)) value = Number(text);
  else if (decimalComma && COMMA_DECIMAL.test(text)) value = Number(text.replace(',', '.'));
  if (value === null) {
    if (NOT_FINITE.test(text)) return { ok: false, rule: `${quoted} is not a finite number` };
    const hint = COMMA_DECIMAL.test(text) ? ' (use a point as the decimal mark)' : '';
    return { ok: false, rule: `${quoted} is not a number${hint}` };
  }
  if (!Number.isFinite(value)) return { ok: false, rule: `${quoted} is not a finite number` };
  return { ok: true, value };
}

/** Reads a rating: a whole number 1–5, written `4` or `4.0` (`4,0` with decimal commas). */
export function parseRatingCell(raw: string, decimalComma: boolean): CellResult<Rating> {
  const number = parseNumberCell(raw, decimalComma);
  const quoted = JSON.stringify(raw.trim());
  if (!number.ok) {
    return { ok: false, rule: `${number.rule}; ratings are whole numbers from 1 to 5` };
  }
  const n = number.value;
  if (!Number.isInteger(n) || n < 1 || n > 5) {
    return { ok: false, rule: `${quoted} is not a whole number from 1 to 5` };
  }
  return { ok: true, value: n as Rating };
}
