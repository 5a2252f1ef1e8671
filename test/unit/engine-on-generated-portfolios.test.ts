// The health engine's properties on realistic data: random portfolios from the sample generator
// (and the large benchmark portfolio), not only the small hand-built partnerships of core/domain.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/domain/dates';
import { DIMENSIONS, evaluateHealth, evaluatePortfolio } from '../../core/domain/health';
import { healthSeries } from '../../core/domain/health-series';
import { groupByPartnership, type PartnershipRecords } from '../../core/domain/partnership-records';
import { collectIds, pointOf, renameDeep, reversedIds } from '../../core/domain/test-records';
import { TRUST_ITEMS, type Dataset, type Rating, type Settings } from '../../core/domain/types';
import { generatePortfolio } from '../../core/sample/generate-portfolio';

const TODAY = '2026-11-28';

/** A random small portfolio from the generator: seed, size, length and end date all vary. */
const generatedPortfolio = fc
  .record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    partnerships: fc.integer({ min: 1, max: 5 }),
    years: fc.integer({ min: 1, max: 3 }),
    shift: fc.integer({ min: -400, max: 400 }),
  })
  .map(({ seed, partnerships, years, shift }) => {
    const today = addDays(TODAY, shift);
    return { today, dataset: generatePortfolio({ today, seed, partnerships, years }) };
  });

function expectScoresInRange(records: PartnershipRecords, date: string, settings: Settings) {
  const result = evaluateHealth(records, date, settings);
  for (const score of [
    result.health,
    result.perceptionGap,
    ...DIMENSIONS.map((d) => result.dimensions[d].score),
  ]) {
    if (score !== null) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
  }
}

describe('the engine on generated portfolios', () => {
  it('gives scores that are null or within 0–100, at any date', () => {
    fc.assert(
      fc.property(
        generatedPortfolio,
        fc.integer({ min: -800, max: 60 }),
        ({ dataset, today }, offset) => {
          const asOf = addDays(today, offset);
          for (const records of groupByPartnership(dataset).values()) {
            expectScoresInRange(records, asOf, dataset.settings);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('gives every series point equal to a fresh evaluation at its date', () => {
    fc.assert(
      fc.property(
        generatedPortfolio,
        fc.constantFrom('week' as const, 'month' as const),
        ({ dataset, today }, step) => {
          for (const records of groupByPartnership(dataset).values()) {
            // From before the start (null scores) to past the last record (ageing scores and alerts).
            const from = addDays(records.partnership.startDate, -20);
            const to = addDays(today, 45);
            const series = healthSeries(records, { from, to, step }, dataset.settings);
            expect(series.length).toBeGreaterThan(0);
            for (const point of series) {
              expect(point).toEqual(
                pointOf(evaluateHealth(records, point.date, dataset.settings), records),
              );
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('is unchanged when every id is renamed', () => {
    fc.assert(
      fc.property(generatedPortfolio, ({ dataset, today: asOf }) => {
        const rename = reversedIds(collectIds(dataset));
        expect(evaluatePortfolio(renameDeep(dataset, rename), asOf)).toEqual(
          renameDeep(evaluatePortfolio(dataset, asOf), rename),
        );
      }),
      { numRuns: 15 },
    );
  });

  it('never lowers trust when one trust rating of a pulse is raised', () => {
    fc.assert(
      fc.property(
        generatedPortfolio,
        fc.nat(),
        fc.integer({ min: 0, max: 120 }),
        ({ dataset }, pick, later) => {
          const candidates = dataset.pulses.flatMap((pulse, index) =>
            TRUST_ITEMS.filter((item) => {
              const rating = pulse.scores[item];
              return rating != null && rating < 5;
            }).map((item) => ({ index, item })),
          );
          fc.pre(candidates.length > 0);
          const { index, item } = candidates[pick % candidates.length]!;
          const pulse = dataset.pulses[index]!;
          const raised: Dataset = {
            ...dataset,
            pulses: dataset.pulses.map((p, i) =>
              i === index
                ? {
                    ...p,
                    scores: { ...p.scores, [item]: ((p.scores[item] as number) + 1) as Rating },
                  }
                : p,
            ),
          };
          const asOf = addDays(pulse.date, later);
          const trustOf = (data: Dataset) =>
            evaluateHealth(groupByPartnership(data).get(pulse.partnershipId)!, asOf, data.settings)
              .dimensions.trust.score;
          const before = trustOf(dataset);
          const after = trustOf(raised);
          if (before === null) expect(after).toBeNull();
          else expect(after!).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the engine on the large benchmark portfolio (200 partnerships, 5 years)', () => {
  const large = generatePortfolio({ today: TODAY, partnerships: 200, years: 5 });
  const groups = [...groupByPartnership(large).values()];

  it('gives every monthly series point equal to a fresh evaluation, all scores within 0–100', () => {
    for (const records of groups) {
      const series = healthSeries(
        records,
        { from: records.partnership.startDate, to: TODAY, step: 'month' },
        large.settings,
      );
      for (const point of series) {
        expect(point).toEqual(
          pointOf(evaluateHealth(records, point.date, large.settings), records),
        );
        for (const score of [
          point.health,
          point.perceptionGap,
          ...Object.values(point.dimensions),
        ]) {
          if (score !== null) expect(score >= 0 && score <= 100).toBe(true);
        }
      }
    }
  });
});
