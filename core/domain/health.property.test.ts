// Properties of the model on random small partnerships: bounded scores, monotone trust,
// indifference to ids, and a time series that agrees point by point with evaluateHealth.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDate, randomRecords, randomSettings, type Pick } from './arbitrary-records';
import { DIMENSIONS, evaluateHealth } from './health';
import { healthSeries, seriesDates } from './health-series';
import type { PartnershipRecords } from './partnership-records';
import { collectIds, pointOf, renameDeep, reversedIds } from './test-records';
import { TRUST_ITEMS } from './types';

const picker =
  (g: fc.GeneratorValue): Pick =>
  (n) =>
    g(fc.integer, { min: 0, max: n - 1 });

const RUNS = { numRuns: 150 };

function inRange(x: number | null, lo = 0, hi = 100) {
  return x === null || (x >= lo && x <= hi);
}

describe('health model properties', () => {
  it('scores are null or within [0, 100]', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const pick = picker(g);
        const result = evaluateHealth(randomRecords(pick), randomDate(pick), randomSettings(pick));
        for (const name of DIMENSIONS) expect(inRange(result.dimensions[name].score)).toBe(true);
        expect(inRange(result.health)).toBe(true);
        expect(inRange(result.perceptionGap)).toBe(true);
        expect(inRange(result.trendDelta, -100, 100)).toBe(true);
        for (const goal of result.goals) expect(inRange(goal.score)).toBe(true);
      }),
      RUNS,
    );
  });

  it('raising one trust rating never lowers trust', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const pick = picker(g);
        const records = randomRecords(pick);
        const asOf = randomDate(pick);
        const settings = randomSettings(pick);
        const candidates = records.pulses.flatMap((p, index) =>
          TRUST_ITEMS.filter((item) => (p.scores[item] ?? 5) < 5).map((item) => ({ index, item })),
        );
        fc.pre(candidates.length > 0);
        const { index, item } = candidates[pick(candidates.length)]!;
        const raised: PartnershipRecords = {
          ...records,
          pulses: records.pulses.map((p, i) =>
            i === index ? { ...p, scores: { ...p.scores, [item]: p.scores[item]! + 1 } } : p,
          ),
        };
        const before = evaluateHealth(records, asOf, settings).dimensions.trust.score;
        const after = evaluateHealth(raised, asOf, settings).dimensions.trust.score;
        if (before === null) expect(after).toBeNull();
        else expect(after!).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('renaming every id consistently changes nothing but the ids', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const pick = picker(g);
        const records = randomRecords(pick);
        const asOf = randomDate(pick);
        const settings = randomSettings(pick);
        const rename = reversedIds(collectIds(records));
        const renamed = renameDeep(records, rename);
        const expected = renameDeep(evaluateHealth(records, asOf, settings), rename);
        expect(evaluateHealth(renamed, asOf, settings)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('every point of healthSeries equals evaluateHealth at that date', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const pick = picker(g);
        const records = randomRecords(pick);
        const settings = randomSettings(pick);
        const [a, b] = [randomDate(pick), randomDate(pick)].sort();
        const step = pick(2) ? 'week' : 'month';
        const series = healthSeries(records, { from: a!, to: b!, step }, settings);
        expect(series.map((p) => p.date)).toEqual(seriesDates(a!, b!, step));
        for (const point of series) {
          expect(point).toEqual(pointOf(evaluateHealth(records, point.date, settings), records));
        }
      }),
      { numRuns: 40 },
    );
  });
});
