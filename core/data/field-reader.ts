// Reads the fields of one untrusted object, checking each against its rule and reporting
// every broken rule by path; the record schemas are written with it.

import { describeValue } from './validation-issue';
import {
  characterCount,
  isIsoDateCached,
  isTimestamp,
  numberRule,
  reservedIdRule,
  textRule,
} from './value-rules';
import type { NumberRule } from './value-rules';

type Report = (field: string, rule: string) => void;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field-by-field reader of one object; required readers return a placeholder after reporting. */
export class FieldReader {
  constructor(
    private readonly source: Record<string, unknown>,
    private readonly report: Report,
    private readonly prefix = '',
  ) {}

  /** Wraps `value` in a reader, or reports that it is not an object. */
  static of(value: unknown, report: Report, prefix = ''): FieldReader | null {
    if (isPlainObject(value)) return new FieldReader(value, report, prefix);
    report(prefix, `must be an object, got ${describeValue(value)}`);
    return null;
  }

  /** Full path of a field, for messages. */
  path(field: string): string {
    return this.prefix === '' ? field : `${this.prefix}.${field}`;
  }

  /** The raw value; null and absent both come back as undefined ("not given"). */
  raw(field: string): unknown {
    const value = Object.hasOwn(this.source, field) ? this.source[field] : undefined;
    return value === null ? undefined : value;
  }

  fail(field: string, rule: string): void {
    this.report(this.path(field), rule);
  }

  private missing(field: string): void {
    this.fail(field, 'is required');
  }

  /** A required text; `nonBlank` refuses text made only of spaces, `max` counts characters. */
  text(field: string, rule: { nonBlank?: boolean; max?: number; min?: number } = {}): string {
    const value = this.raw(field);
    if (value === undefined) {
      this.missing(field);
      return '';
    }
    return this.checkText(field, value, rule) ?? '';
  }

  optionalText(field: string): string | undefined {
    const value = this.raw(field);
    return value === undefined ? undefined : this.checkText(field, value, {});
  }

  private checkText(
    field: string,
    value: unknown,
    rule: { nonBlank?: boolean; max?: number; min?: number },
  ): string | undefined {
    const broken = textRule(value);
    if (broken !== null) {
      this.fail(field, broken);
      return undefined;
    }
    const text = value as string;
    const count = characterCount(text);
    const min = rule.min ?? (rule.nonBlank ? 1 : 0);
    if (rule.max !== undefined && (count < min || count > rule.max)) {
      this.fail(field, `must be ${min} to ${rule.max} characters long, got ${count}`);
      return undefined;
    }
    if (rule.nonBlank && text.trim() === '') {
      this.fail(field, 'must not be empty');
      return undefined;
    }
    return text;
  }

  /** A required id: non-empty text, not one of the reserved names (see RESERVED_KEYS). */
  id(field = 'id'): string {
    const value = this.raw(field);
    if (value === undefined) {
      this.missing(field);
      return '';
    }
    return this.checkId(field, value) ?? '';
  }

  optionalId(field: string): string | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    return this.checkId(field, value);
  }

  /** A list of ids (see id); `unique` refuses repeats. */
  idList(field: string, rule: { unique?: boolean; minItems?: number } = {}): string[] {
    const ids = this.textList(field, rule);
    ids.forEach((id, i) => {
      const reserved = reservedIdRule(id);
      if (reserved !== null) this.fail(`${field}[${i}]`, reserved);
    });
    return ids;
  }

  private checkId(field: string, value: unknown): string | undefined {
    const text = this.checkText(field, value, { nonBlank: true });
    if (text === undefined) return undefined;
    const reserved = reservedIdRule(text);
    if (reserved === null) return text;
    this.fail(field, reserved);
    return undefined;
  }

  date(field: string): string {
    return this.optionalDate(field, true) ?? '';
  }

  optionalDate(field: string, required = false): string | undefined {
    const value = this.raw(field);
    if (value === undefined) {
      if (required) this.missing(field);
      return undefined;
    }
    if (isIsoDateCached(value)) return value;
    this.fail(
      field,
      `must be a real calendar date written YYYY-MM-DD, got ${describeValue(value)}`,
    );
    return undefined;
  }

  timestamp(field: string): string {
    const value = this.raw(field);
    if (value === undefined) {
      this.missing(field);
      return '';
    }
    if (isTimestamp(value)) return value;
    this.fail(
      field,
      `must be an ISO 8601 timestamp with a zone, like 2026-03-01T09:30:00Z, got ${describeValue(value)}`,
    );
    return '';
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], fallback?: T): T {
    const value = this.raw(field);
    if (value === undefined && fallback !== undefined) return fallback;
    return this.optionalOneOf(field, allowed, true) ?? allowed[0]!;
  }

  optionalOneOf<T extends string>(
    field: string,
    allowed: readonly T[],
    required = false,
  ): T | undefined {
    const value = this.raw(field);
    if (value === undefined) {
      if (required) this.missing(field);
      return undefined;
    }
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    this.fail(field, `must be one of ${allowed.join(', ')}, got ${describeValue(value)}`);
    return undefined;
  }

  /** A required finite number; with `fallback`, absence means the fallback. */
  number(field: string, rule: NumberRule = {}, fallback?: number): number {
    const value = this.raw(field);
    if (value === undefined && fallback !== undefined) return fallback;
    return this.optionalNumber(field, rule, true) ?? 0;
  }

  optionalNumber(field: string, rule: NumberRule = {}, required = false): number | undefined {
    const value = this.raw(field);
    if (value === undefined) {
      if (required) this.missing(field);
      return undefined;
    }
    const broken = numberRule(value, rule);
    if (broken === null) return value as number;
    this.fail(field, broken);
    return undefined;
  }

  /** An optional rating: an integer 1–5. */
  rating(field: string): 1 | 2 | 3 | 4 | 5 | undefined {
    return this.optionalNumber(field, { integer: true, min: 1, max: 5 }) as
      1 | 2 | 3 | 4 | 5 | undefined;
  }

  boolean(field: string): boolean {
    const value = this.raw(field);
    if (typeof value === 'boolean') return value;
    if (value === undefined) this.missing(field);
    else this.fail(field, `must be true or false, got ${describeValue(value)}`);
    return false;
  }

  /** A list of non-empty texts; absent gives `fallback` when there is one, else is reported. */
  textList(
    field: string,
    rule: { unique?: boolean; minItems?: number } = {},
    fallback?: string[],
  ): string[] {
    return this.optionalTextList(field, rule, fallback === undefined) ?? fallback ?? [];
  }

  optionalTextList(
    field: string,
    rule: { unique?: boolean; minItems?: number } = {},
    required = false,
  ): string[] | undefined {
    const items = this.optionalList(field, required);
    if (items === undefined) return undefined;
    const out: string[] = [];
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const itemPath = `${field}[${i}]`;
      const text = this.checkText(itemPath, item, { nonBlank: true });
      if (text === undefined) return;
      if (rule.unique && seen.has(text)) this.fail(itemPath, `repeats ${JSON.stringify(text)}`);
      seen.add(text);
      out.push(text);
    });
    if (rule.minItems !== undefined && items.length < rule.minItems) {
      this.fail(field, `must list at least ${rule.minItems}, got ${items.length}`);
    }
    return out;
  }

  /** A raw list, or undefined after reporting when it is not one. */
  optionalList(field: string, required = false): unknown[] | undefined {
    const value = this.raw(field);
    if (value === undefined) {
      if (required) this.missing(field);
      return undefined;
    }
    if (Array.isArray(value)) return value;
    this.fail(field, `must be a list, got ${describeValue(value)}`);
    return undefined;
  }

  /** A reader for a nested object field, or undefined when absent (reported when required). */
  child(field: string, required = false): FieldReader | undefined {
    const value = this.raw(field);
    if (value === undefined) {
      if (required) this.missing(field);
      return undefined;
    }
    return FieldReader.of(value, this.report, this.path(field)) ?? undefined;
  }

  /** The own keys of the object being read. */
  keys(): string[] {
    return Object.keys(this.source);
  }
}
