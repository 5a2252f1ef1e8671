// Series dates (week ends on Sunday, month ends, plus the range's last day) and series points.

import { describe, expect, it } from 'vitest';
import { healthSeries, seriesDates } from './health-series';
import { makeRecords, settingsWith, trustPulse } from './test-records';

describe('seriesDates', () => {
  it('lists the Sundays in the range, then `to` when it is not a Sunday', () => {
    // 2026-03-01 is a Sunday.
    expect(seriesDates('2026-02-25', '2026-03-18', 'week')).toEqual([
      '2026-03-01',
      '2026-03-08',
      '2026-03-15',
      '2026-03-18',
    ]);
  });

  it('does not repeat `to` when it is a step end', () => {
    expect(seriesDates('2026-03-01', '2026-03-15', 'week')).toEqual([
      '2026-03-01',
      '2026-03-08',
      '2026-03-15',
    ]);
    expect(seriesDates('2026-01-15', '2026-03-31', 'month')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ]);
  });

  it('handles leap years, a single day and an empty range', () => {
    expect(seriesDates('2028-02-10', '2028-03-05', 'month')).toEqual(['2028-02-29', '2028-03-05']);
    expect(seriesDates('2026-03-04', '2026-03-04', 'week')).toEqual(['2026-03-04']);
    expect(seriesDates('2026-03-05', '2026-03-04', 'month')).toEqual([]);
  });
});

describe('healthSeries', () => {
  it('is null before the start (2026-01-01) and follows each party’s trust', () => {
    const records = makeRecords({
      pulses: [trustPulse('a', '2026-01-05', 'A', 5), trustPulse('b', '2026-01-12', 'B', 3)],
    });
    const series = healthSeries(
      records,
      { from: '2025-12-20', to: '2026-01-14', step: 'week' },
      settingsWith(),
    );
    expect(series.map((p) => p.date)).toEqual([
      '2025-12-21',
      '2025-12-28',
      '2026-01-04',
      '2026-01-11',
      '2026-01-14',
    ]);
    expect(series[1]!.health).toBeNull();
    expect(series[1]!.dimensions.friction).toBeNull();
    expect(series[2]!.dimensions.friction).toBe(100);
    expect(series[2]!.trustByParty).toEqual({ A: null, B: null });
    expect(series[3]!.trustByParty).toEqual({ A: 100, B: null });
    expect(series[4]!.trustByParty).toEqual({ A: 100, B: 50 });
    expect(series[4]!.perceptionGap).toBe(50);
  });
});
