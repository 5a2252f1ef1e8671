// Tests of reading typed CSV cells: dates in three orders, finite numbers and ratings.
import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDateCell, parseNumberCell, parseRatingCell } from './csv-values';

describe('detectDateOrder', () => {
  it.each([
    [['2026-03-01', '2026-12-31T10:00:00Z'], 'iso'],
    [[], 'iso'],
    [['31/12/2026', '01/02/2026'], 'dmy'],
    [['12/31/2026', '01/02/2026'], 'mdy'],
    [['01.02.2026'], 'dmy'],
    [['01/02/2026', '03/04/2026'], 'ambiguous'],
    [['31/12/2026', '12/31/2026'], 'ambiguous'],
    [['2026-01-05', '5/13/2026 14:03:11'], 'mdy'],
  ] as const)('%j → %s', (values, order) => {
    expect(detectDateOrder(values)).toBe(order);
  });
});

describe('parseDateCell', () => {
  it('reads ISO dates and the date part of ISO timestamps in any order', () => {
    expect(parseDateCell('2026-03-01', 'ambiguous')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDateCell(' 2026-3-1 ', 'dmy')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDateCell('2026-03-01T23:30:00-05:00', 'mdy')).toEqual({
      ok: true,
      value: '2026-03-01',
    });
  });

  it('reads day-month and month-day dates in the confirmed order', () => {
    expect(parseDateCell('03/04/2026', 'dmy')).toEqual({ ok: true, value: '2026-04-03' });
    expect(parseDateCell('03/04/2026', 'mdy')).toEqual({ ok: true, value: '2026-03-04' });
    expect(parseDateCell('31.12.2026', 'dmy')).toEqual({ ok: true, value: '2026-12-31' });
    expect(parseDateCell('5/13/2026 2:03:11 PM', 'mdy')).toEqual({ ok: true, value: '2026-05-13' });
  });

  it('asks for the order when it is not confirmed', () => {
    const result = parseDateCell('03/04/2026', 'ambiguous');
    expect(result).toEqual({ ok: false, rule: expect.stringContaining('choose the date order') });
  });

  it('refuses impossible dates and other text with the reason', () => {
    expect(parseDateCell('2026-02-30', 'iso')).toEqual({
      ok: false,
      rule: '"2026-02-30" is not a real calendar date',
    });
    expect(parseDateCell('31/12/2026', 'mdy')).toEqual({
      ok: false,
      rule: '"31/12/2026" is not a real calendar date when read as month/day/year',
    });
    expect(parseDateCell('31/12/26', 'dmy')).toEqual({
      ok: false,
      rule: expect.stringContaining('"31/12/26" is not a date'),
    });
    expect(parseDateCell('next Tuesday', 'dmy').ok).toBe(false);
  });
});

describe('parseNumberCell', () => {
  it('reads plain numbers, signs and exponents', () => {
    expect(
      ['12', '-3.5', '+0.25', '.5', '1e3', ' 7 '].map((t) => parseNumberCell(t, false)),
    ).toEqual([12, -3.5, 0.25, 0.5, 1000, 7].map((value) => ({ ok: true, value })));
  });

  it('reads a decimal comma only where commas do not separate cells', () => {
    expect(parseNumberCell('2,5', true)).toEqual({ ok: true, value: 2.5 });
    expect(parseNumberCell('2,5', false)).toEqual({
      ok: false,
      rule: '"2,5" is not a number (use a point as the decimal mark)',
    });
  });

  it('refuses NaN, infinities and overflow as not finite', () => {
    for (const text of ['NaN', 'Infinity', '-Infinity', 'inf', '1e999']) {
      expect(parseNumberCell(text, false)).toEqual({
        ok: false,
        rule: `${JSON.stringify(text)} is not a finite number`,
      });
    }
  });

  it('refuses words and formulas', () => {
    expect(parseNumberCell('=1+2', false)).toEqual({ ok: false, rule: '"=1+2" is not a number' });
    expect(parseNumberCell('12 kg', false).ok).toBe(false);
  });
});

describe('parseRatingCell', () => {
  it('accepts whole numbers 1–5 written as integers or with a zero decimal', () => {
    expect(['1', '4', '4.0', '5'].map((t) => parseRatingCell(t, false))).toEqual(
      [1, 4, 4, 5].map((value) => ({ ok: true, value })),
    );
    expect(parseRatingCell('4,0', true)).toEqual({ ok: true, value: 4 });
  });

  it.each(['4.5', '6', '0', '-1'])('refuses %s as outside the scale', (text) => {
    expect(parseRatingCell(text, false)).toEqual({
      ok: false,
      rule: `"${text}" is not a whole number from 1 to 5`,
    });
  });

  it('refuses words with the scale in the message', () => {
    expect(parseRatingCell('four', false)).toEqual({
      ok: false,
      rule: '"four" is not a number; ratings are whole numbers from 1 to 5',
    });
  });
});
