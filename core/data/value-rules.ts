// Rules for single values (well-formed text, timestamps, numbers in range) and the small
// helpers the schemas share; each rule returns the broken rule's wording or null.

import { isIsoDate } from '../domain/dates';
import { describeValue } from './validation-issue';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Dates already found valid. Every read of the database checks every record, and tens of
 * thousands of records share a few thousand dates, so each date is worked out once. Bounded:
 * cleared when full (the check is pure, so forgetting only costs time).
 */
const knownDates = new Set<string>();
const KNOWN_DATES_MAX = 50_000;

/** isIsoDate with a cache of the dates it accepted (see knownDates). */
export function isIsoDateCached(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (knownDates.has(value)) return true;
  if (!isIsoDate(value)) return false;
  if (knownDates.size >= KNOWN_DATES_MAX) knownDates.clear();
  knownDates.add(value);
  return true;
}

/**
 * Names an object key can never safely take in JavaScript: as an id they would be used as keys
 * (partyShares, lookups by id) and could reach an object's prototype, so ids refuse them.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** The rule an id named like RESERVED_KEYS breaks, or null for any other id. */
export function reservedIdRule(id: string): string | null {
  return RESERVED_KEYS.has(id)
    ? `must not be ${JSON.stringify(id)}, a name the program reserves; give the record another id`
    : null;
}

/** True when `text` has no lone UTF-16 surrogate, i.e. it is valid Unicode. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** True for an ISO 8601 timestamp with a zone (`Z` or `±hh:mm`) and a real calendar date. */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIMESTAMP.exec(value);
  return m !== null && isIsoDateCached(m[1]);
}

/** The rule a text value breaks, or null when it is a well-formed string. */
export function textRule(value: unknown): string | null {
  if (typeof value !== 'string') return `must be text, got ${describeValue(value)}`;
  if (!isWellFormedText(value)) {
    return 'must be valid Unicode text (it contains a lone UTF-16 surrogate, half of a broken character)';
  }
  return null;
}

/** Number of characters as people count them (code points, so an emoji counts once). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
  /** Exclusive lower bound. */
  above?: number;
}

/** The rule a number breaks, or null. */
export function numberRule(value: unknown, rule: NumberRule): string | null {
  if (typeof value !== 'number') return `must be a number, got ${describeValue(value)}`;
  if (!Number.isFinite(value)) return `must be a finite number, got ${describeValue(value)}`;
  const outOfRange =
    (rule.min !== undefined && value < rule.min) ||
    (rule.max !== undefined && value > rule.max) ||
    (rule.above !== undefined && value <= rule.above);
  if ((rule.integer && !Number.isInteger(value)) || outOfRange) {
    return `must be ${rule.integer ? 'an integer' : 'a number'}${rangeText(rule)}, got ${describeValue(value)}`;
  }
  return null;
}

/** ` from 1 to 5`, ` of at least 0`, ` greater than 0`…: the bounds of `rule`, worded. */
function rangeText(rule: NumberRule): string {
  const bounds: string[] = [];
  if (rule.min !== undefined && rule.max !== undefined)
    bounds.push(`from ${rule.min} to ${rule.max}`);
  else if (rule.min !== undefined) bounds.push(`of at least ${rule.min}`);
  if (rule.above !== undefined) bounds.push(`greater than ${rule.above}`);
  if (rule.max !== undefined && rule.min === undefined) bounds.push(`at most ${rule.max}`);
  return bounds.length === 0 ? '' : ` ${bounds.join(' and ')}`;
}

/** Copy of `record` without the keys whose value is undefined (not-given optional fields). */
export function compact<T extends object>(record: T): T {
  // A plain loop: this runs for every record read from the database, tens of thousands at once.
  const source = record as Record<string, unknown>;
  const out = {} as Record<string, unknown>;
  for (const key in source) if (source[key] !== undefined) out[key] = source[key];
  return out as T;
}
