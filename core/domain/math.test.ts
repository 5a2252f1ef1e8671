// Tests of the model's numeric helpers: the weighted mean stays within its values' range.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedMean } from './math';

describe('weightedMean', () => {
  it('ignores absent parts and renormalises the weights of the others', () => {
    expect(
      weightedMean([
        [80, 1],
        [null, 5],
        [40, 3],
      ]),
    ).toBe(50);
    expect(weightedMean([[null, 1]])).toBeNull();
    expect(weightedMean([[70, 0]])).toBeNull();
  });

  it('gives exactly 100 for scores of 100, whatever the weights (no floating-point overshoot)', () => {
    expect(
      weightedMean([
        [100, 0.7],
        [100, 0.1],
        [100, 0.7],
      ]),
    ).toBe(100);
  });

  it('never leaves the range of the values that carry weight (property)', () => {
    const part = fc.tuple(
      fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        const mean = weightedMean(parts);
        const weighted = parts.filter(([v, w]) => v !== null && w > 0).map(([v]) => v as number);
        if (mean === null) return;
        expect(mean).toBeGreaterThanOrEqual(Math.min(...weighted));
        expect(mean).toBeLessThanOrEqual(Math.max(...weighted));
      }),
    );
  });
});
