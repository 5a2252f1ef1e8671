// Tests of the settings schema: defaults for missing parts, and each range rule.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/types';
import { validateSettings } from './record-schemas';
import { formatIssue } from './validation-issue';

describe('validateSettings', () => {
  it('fills every default for missing settings', () => {
    for (const input of [undefined, null, {}]) {
      const result = validateSettings(input);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.lookbackDays).toBe(DEFAULT_SETTINGS.lookbackDays);
      expect(result.value.trendDays).toBe(DEFAULT_SETTINGS.trendDays);
      expect(result.value.weights).toEqual(DEFAULT_SETTINGS.weights);
      expect(result.value.bands).toEqual(DEFAULT_SETTINGS.bands);
    }
  });

  it('fills the missing parts of partial weights and bands', () => {
    const result = validateSettings({
      organizationName: 'City',
      weights: { trust: 0 },
      bands: { watch: 40 },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        organizationName: 'City',
        lookbackDays: 90,
        trendDays: 30,
        weights: { ...DEFAULT_SETTINGS.weights, trust: 0 },
        bands: { healthy: 70, watch: 40 },
      },
    });
  });

  it.each([
    [{ lookbackDays: 13 }, 'lookbackDays', /from 14 to 365/],
    [{ lookbackDays: 366 }, 'lookbackDays', /from 14 to 365/],
    [{ lookbackDays: 30.5 }, 'lookbackDays', /integer/],
    [{ trendDays: 6 }, 'trendDays', /from 7 to 365/],
    [{ weights: { friction: -0.1 } }, 'weights.friction', /at least 0/],
    [{ weights: { goals: 'NaN' } }, 'weights.goals', /must be a number/],
    [
      { weights: { trust: 0, communication: 0, goals: 0, reciprocity: 0, friction: 0 } },
      'weights',
      /not all be 0/,
    ],
    [{ bands: { watch: 0 } }, 'bands.watch', /greater than 0/],
    [{ bands: { healthy: 101 } }, 'bands.healthy', /at most 100/],
    [{ bands: { healthy: 60, watch: 60 } }, 'bands.watch', /below bands.healthy/],
    [{ bands: { healthy: 40 } }, 'bands.watch', /below bands.healthy \(40\), got 50/],
    [{ organizationName: '\uDC00' }, 'organizationName', /valid Unicode/],
    ['90 days', '', /must be an object/],
  ])('refuses %j', (input, field, rule) => {
    const result = validateSettings(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    expect(issue!.rule).toMatch(rule);
    expect(formatIssue(issue!)).toMatch(/^settings: /);
  });

  it('accepts healthy at 100 and watch just above 0', () => {
    expect(validateSettings({ bands: { healthy: 100, watch: 0.5 } }).ok).toBe(true);
  });
});
