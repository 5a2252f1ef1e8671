// Tests of the number and list wording shared by explanations, alerts and report summaries.
import { describe, expect, it } from 'vitest';
import { count, joinAnd, oneDecimal, percent, rating, whole } from './wording';

describe('wording of numbers and lists', () => {
  it('rounds scores, keeps one decimal only where there is one, and writes shares and ratings', () => {
    expect(whole(70.5)).toBe('71');
    expect(whole(-3.4)).toBe('-3');
    expect(oneDecimal(3)).toBe('3');
    expect(oneDecimal(2.25)).toBe('2.3');
    expect(percent(0.375)).toBe('38%');
    expect(rating(3.25)).toBe('3.3/5');
    expect(rating(4)).toBe('4.0/5');
  });

  it('puts the plural on every count but one', () => {
    expect(count(1, 'day')).toBe('1 day');
    expect(count(0, 'day')).toBe('0 days');
    expect(count(14, 'check-in')).toBe('14 check-ins');
  });

  it('joins a list with commas and a last "and"', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['Trust'])).toBe('Trust');
    expect(joinAnd(['Trust', 'Goals'])).toBe('Trust and Goals');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
