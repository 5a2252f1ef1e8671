// Command-line option parsing shared by the commands: strict flags, dates and integers checked
// with messages that say which option is wrong and what it expects.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../core/domain/dates';
import type { IsoDate } from '../core/domain/types';
import { UsageError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` against `options`; unknown flags and stray positionals are usage errors. */
export function parseOptions<T extends Options>(
  argv: string[],
  options: T,
  allowPositionals = false,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
    return {
      values: values as Record<string, string | boolean | string[] | undefined>,
      positionals,
    };
  } catch (error) {
    throw new UsageError(firstLine(error));
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
}

/** A `YYYY-MM-DD` option value, or `fallback` when the option was not given. */
export function dateOption(value: unknown, name: string, fallback: IsoDate): IsoDate {
  if (value === undefined) return fallback;
  if (!isIsoDate(value)) {
    throw new UsageError(`--${name} expects a date written YYYY-MM-DD, got "${String(value)}"`);
  }
  return value;
}

/** An integer option within [min, max], or `fallback` when not given. */
export function integerOption(
  value: unknown,
  name: string,
  range: { min: number; max: number },
  fallback?: number,
): number | undefined {
  if (value === undefined) return fallback;
  const text = String(value);
  const number = Number(text);
  if (!/^-?\d+$/.test(text) || number < range.min || number > range.max) {
    throw new UsageError(
      `--${name} expects a whole number from ${range.min} to ${range.max}, got "${text}"`,
    );
  }
  return number;
}

/** One of `choices`, or `fallback` when not given. */
export function choiceOption<C extends string>(
  value: unknown,
  name: string,
  choices: readonly C[],
  fallback: C,
): C {
  if (value === undefined) return fallback;
  if (!choices.includes(value as C)) {
    throw new UsageError(`--${name} expects one of ${choices.join(', ')}, got "${String(value)}"`);
  }
  return value as C;
}

/** A required string option. */
export function requiredOption(value: unknown, name: string, what: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(`--${name} ${what} is required`);
  }
  return value;
}
