import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../core/domain/types';
import { bandColor, trendPhrase } from './bands';
import { bandRanges } from './chart-parts';

describe('band and trend wording', () => {
  it('gives every band a colour, and no score a neutral colour', () => {
    expect(new Set([bandColor('healthy'), bandColor('watch'), bandColor('at-risk')]).size).toBe(3);
    expect(bandColor(null)).toBe('gray');
  });

  it('states the trend with its arrow and the whole-number change', () => {
    expect(trendPhrase('declining', -6.4, 30)).toBe('\u2193 6 in 30 days');
    expect(trendPhrase('improving', 5.5, 30)).toBe('\u2191 6 in 30 days');
    expect(trendPhrase('steady', -0.79, 14)).toBe('\u2192 1 in 14 days');
    expect(trendPhrase(null, null, 30)).toBe('No trend yet');
  });

  it('splits 0–100 into the three bands at the settings thresholds', () => {
    const ranges = bandRanges({ ...DEFAULT_SETTINGS, bands: { healthy: 80, watch: 40 } });
    expect(ranges.map((r) => [r.band, r.from, r.to])).toEqual([
      ['at-risk', 0, 40],
      ['watch', 40, 80],
      ['healthy', 80, 100],
    ]);
  });
});
