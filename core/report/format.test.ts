// Tests of how scores, dates, shares, bands and trends are printed in reports and on screens.

import { describe, expect, it } from 'vitest';
import {
  bandWord,
  formatCount,
  formatDate,
  formatDayMonth,
  formatMonth,
  formatPercent,
  formatScore,
  trendArrow,
  trendWord,
} from './format';
import type { BandName, TrendName } from './report-model';

describe('formatScore (screens, CLI and reports alike)', () => {
  it('rounds scores to whole numbers and shows an en dash for no score', () => {
    expect(formatScore(70.88)).toBe('71');
    expect(formatScore(59.375)).toBe('59');
    expect(formatScore(0)).toBe('0');
    expect(formatScore(null)).toBe('\u2013');
  });
});

describe('dates, shares, bands and trends in words', () => {
  it('writes dates with three-letter months, the same in every locale ("Sep", not "Sept")', () => {
    expect(formatDate('2026-09-05')).toBe('5 Sep 2026');
    expect(formatDate(null)).toBe('\u2013');
    expect(formatMonth('2026-09-30')).toBe('Sep 2026');
    expect(formatDayMonth('2026-09-05')).toBe('5 Sep');
    expect(formatDayMonth('2026-12-28')).toBe('28 Dec');
  });

  it('writes shares as whole percentages and no share as an en dash', () => {
    expect(formatPercent(0.375)).toBe('38%');
    expect(formatPercent(null)).toBe('\u2013');
  });

  it('names every band and trend, and says so when there is none', () => {
    const bands: (BandName | null)[] = ['healthy', 'watch', 'at-risk', null];
    const trends: (TrendName | null)[] = ['improving', 'steady', 'declining', null];
    expect(bands.map(bandWord)).toEqual(['Healthy', 'Watch', 'At risk', 'No score']);
    expect(trends.map(trendWord)).toEqual(['Improving', 'Steady', 'Declining', 'No trend yet']);
    expect(trends.map(trendArrow)).toEqual(['\u2191', '\u2192', '\u2193', '']);
  });
});

describe('formatCount', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(formatCount(1, 'partnership')).toBe('1 partnership');
    expect(formatCount(0, 'partnership')).toBe('0 partnerships');
    expect(formatCount(12, 'day')).toBe('12 days');
    expect(formatCount(2, 'entry', 'entries')).toBe('2 entries');
  });
});
