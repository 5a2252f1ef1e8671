import { describe, expect, it } from 'vitest';
import { countPerBucket, periodBuckets, periodRange, type PeriodChoice } from './period';

const choice = (over: Partial<PeriodChoice>): PeriodChoice => ({
  preset: '90d',
  customFrom: '',
  customTo: '',
  step: 'month',
  ...over,
});

describe('periodRange', () => {
  it('ends presets today and starts them the chosen length before', () => {
    expect(periodRange(choice({ preset: '90d' }), '2026-11-28', '2020-01-01')).toEqual({
      ok: true,
      from: '2026-08-30',
      to: '2026-11-28',
    });
    expect(periodRange(choice({ preset: '1y' }), '2026-11-28', '2020-01-01')).toMatchObject({
      from: '2025-11-28',
    });
  });

  it('starts no earlier than the partnership', () => {
    expect(periodRange(choice({ preset: '1y' }), '2026-11-28', '2026-10-01')).toMatchObject({
      from: '2026-10-01',
    });
    expect(periodRange(choice({ preset: 'all' }), '2026-11-28', '2024-03-05')).toMatchObject({
      from: '2024-03-05',
      to: '2026-11-28',
    });
  });

  it('checks a custom range and says what is wrong', () => {
    const bad = periodRange(
      choice({ preset: 'custom', customFrom: '2026-05-01', customTo: '2026-04-01' }),
      '2026-11-28',
      '2020-01-01',
    );
    expect(bad).toEqual({ ok: false, message: expect.stringContaining('end on or after') });
    expect(periodRange(choice({ preset: 'custom' }), '2026-11-28', '2020-01-01').ok).toBe(false);
  });
});

describe('period buckets', () => {
  it('cuts the period at month ends and counts each date once', () => {
    const buckets = periodBuckets('2026-01-15', '2026-03-10', 'month');
    expect(buckets).toEqual([
      { start: '2026-01-15', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-10' },
    ]);
    expect(
      countPerBucket(buckets, [
        '2026-01-14',
        '2026-01-15',
        '2026-01-31',
        '2026-02-01',
        '2026-03-10',
      ]),
    ).toEqual([2, 1, 1]);
  });
});
