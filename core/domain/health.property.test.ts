// Properties of the model on random small partnerships: bounded scores, monotone trust,
// indifference to ids, and a time series that agrees point by point with evaluateHealth.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDate, randomRecords, randomSettings, type Pick } from './arbitrary-records';
import { DIMENSIONS, evaluateHealth, type HealthResult } from './health';
import { healthSeries, seriesDates, type HealthPoint } from './health-series';
import type { PartnershipRecords } from './partnership-records';
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
        const ids = collectIds(records);
        // Reversed ids do not keep the original order, so nothing may depend on it.
        const rename = new Map([...ids].map((id) => [id, `${[...id].reverse().join('')}~`]));
        const renamed = renameDeep(records, rename) as PartnershipRecords;
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

/** The series point that a full evaluation implies, built independently of the series code. */
function pointOf(result: HealthResult, records: PartnershipRecords): HealthPoint {
  const trust = result.dimensions.trust;
  return {
    date: result.asOf,
    health: result.health,
    band: result.band,
    dimensions: Object.fromEntries(
      DIMENSIONS.map((name) => [name, result.dimensions[name].score]),
    ) as HealthPoint['dimensions'],
    perceptionGap: result.perceptionGap,
    trustByParty: Object.fromEntries(
      records.partnership.partyIds.map((id) => [
        id,
        trust.parties.find((p) => p.partyId === id)?.score ?? null,
      ]),
    ),
  };
}

function collectIds(records: PartnershipRecords): Set<string> {
  const ids = new Set<string>([records.partnership.id, ...records.partnership.partyIds]);
  for (const list of [
    records.pulses,
    records.interactions,
    records.goals,
    records.goalUpdates,
    records.contributions,
    records.frictions,
    records.reviews,
  ]) {
    for (const record of list) ids.add(record.id);
  }
  return ids;
}

/** A deep copy with every string (value or key) found in `rename` replaced. */
function renameDeep(value: unknown, rename: Map<string, string>): unknown {
  if (typeof value === 'string') return rename.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => renameDeep(v, rename));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [rename.get(k) ?? k, renameDeep(v, rename)]),
    );
  }
  return value;
}
