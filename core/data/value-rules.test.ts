// Tests of the single-value rules: timestamps, well-formed text, character counts, numbers.

import { describe, expect, it } from 'vitest';
import {
  characterCount,
  isIsoDateCached,
  isTimestamp,
  isWellFormedText,
  numberRule,
  textRule,
} from './value-rules';

describe('isTimestamp', () => {
  it.each([
    '2026-03-01T09:30:00Z',
    '2026-03-01T09:30Z',
    '2026-03-01T23:59:59.999+05:30',
    '2024-02-29T00:00:00-08:00',
  ])('accepts %s', (value) => expect(isTimestamp(value)).toBe(true));
  it.each([
    '2026-03-01T09:30:00',
    '2026-03-01 09:30:00Z',
    '2026-02-30T09:30:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:60:00Z',
    '2026-03-01T09:30:00+0100',
    '2026-03-01T09:30:00z',
    '2026-03-01',
    1_700_000_000_000,
  ])('refuses %s', (value) => expect(isTimestamp(value)).toBe(false));
});

describe('text', () => {
  it('tells lone surrogates from pairs', () => {
    expect(isWellFormedText('😀 e\u0301')).toBe(true);
    expect(isWellFormedText('\uD83D')).toBe(false);
    expect(isWellFormedText('\uDE00\uD83D')).toBe(false);
    expect(textRule('a\uDFFF')).toMatch(/valid Unicode/);
    expect(textRule(5)).toBe('must be text, got 5');
  });

  it('counts code points, so an emoji counts once', () => {
    expect(characterCount('😀')).toBe(1);
    expect(characterCount('abc')).toBe(3);
  });
});

describe('numberRule', () => {
  it('words each kind of bound', () => {
    expect(numberRule(7, { integer: true, min: 1, max: 5 })).toBe(
      'must be an integer from 1 to 5, got 7',
    );
    expect(numberRule(-1, { min: 0 })).toBe('must be a number of at least 0, got -1');
    expect(numberRule(0, { above: 0 })).toBe('must be a number greater than 0, got 0');
    expect(numberRule(101, { above: 0, max: 100 })).toBe(
      'must be a number greater than 0 and at most 100, got 101',
    );
    expect(numberRule(NaN, {})).toBe('must be a finite number, got NaN');
    expect(numberRule('3', {})).toBe('must be a number, got the text "3"');
    expect(numberRule(3, { min: 1, max: 5 })).toBeNull();
  });
});

describe('isIsoDateCached', () => {
  it('gives the same answer the second time, from memory or not', () => {
    for (const round of [1, 2]) {
      expect(isIsoDateCached('2024-02-29'), `round ${round}`).toBe(true);
      expect(isIsoDateCached('2026-02-29'), `round ${round}`).toBe(false);
      expect(isIsoDateCached('2026-13-01'), `round ${round}`).toBe(false);
      expect(isIsoDateCached(20260101), `round ${round}`).toBe(false);
    }
  });
});
