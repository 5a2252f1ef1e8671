// The dashboard's figures agree with the engine's own entry points on a generated portfolio.
import { describe, expect, it } from 'vitest';
import { compareAlerts, mostSeriousAlert } from '../../../../core/domain/alerts';
import { addDays, addMonths } from '../../../../core/domain/dates';
import { DIMENSIONS, evaluateHealth, evaluatePortfolio } from '../../../../core/domain/health';
import { healthSeries } from '../../../../core/domain/health-series';
import { groupByPartnership } from '../../../../core/domain/partnership-records';
import { prepareRecords } from '../../../../core/domain/prepared-records';
import { makeRecords, settingsWith } from '../../../../core/domain/test-records';
import type { Dataset } from '../../../../core/domain/types';
import { generatePortfolio } from '../../../../core/sample/generate-portfolio';
import {
  DISTRIBUTION_MONTHS,
  portfolioHistory,
  preparePortfolio,
  summarizePortfolio,
} from './portfolio-overview';

const TODAY = '2026-11-28';
const dataset: Dataset = generatePortfolio({ today: TODAY, partnerships: 14 });
const settings = { ...dataset.settings, trendDays: 45 };
const prepared = preparePortfolio(dataset);

describe('summarizePortfolio', () => {
  const summary = summarizePortfolio(prepared, TODAY, settings);
  const engine = evaluatePortfolio({ ...dataset, settings }, TODAY);

  it('gives each partnership the engine health, band, trend and most serious alert', () => {
    expect(summary.rows.map((r) => r.id)).toEqual(dataset.partnerships.map((p) => p.id));
    summary.rows.forEach((row, i) => {
      const expected = engine[i]!;
      expect(row.health).toBe(expected.health);
      expect(row.band).toBe(expected.band);
      expect(row.trend).toBe(expected.trend);
      expect(row.alertCount).toBe(expected.alerts.length);
      expect(row.topAlert).toEqual(mostSeriousAlert(expected.alerts));
    });
    expect(summary.rows.some((r) => r.health !== null)).toBe(true);
  });

  it('measures each dimension change over settings.trendDays', () => {
    const records = [...groupByPartnership(dataset).values()];
    const earlier = addDays(TODAY, -settings.trendDays);
    summary.rows.forEach((row, i) => {
      const before = evaluateHealth(records[i]!, earlier, settings);
      for (const name of DIMENSIONS) {
        const then = before.dimensions[name].score;
        const now = engine[i]!.dimensions[name].score;
        const cell = row.dimensions[name];
        expect(cell.score).toBe(now);
        expect(cell.delta).toBe(now === null || then === null ? null : now - then);
      }
    });
  });

  it('lists every alert of the portfolio, critical ones first, then by code and name', () => {
    expect(summary.alerts).toHaveLength(engine.reduce((n, r) => n + r.alerts.length, 0));
    const firstWarning = summary.alerts.findIndex((a) => a.severity === 'warning');
    const lastCritical = summary.alerts.map((a) => a.severity).lastIndexOf('critical');
    // The sample portfolio has both kinds, so the order between them is tested.
    expect(lastCritical).toBeGreaterThanOrEqual(0);
    expect(firstWarning).toBe(lastCritical + 1);
    const nameOf = new Map(dataset.partnerships.map((p) => [p.id, p.name]));
    summary.alerts.slice(1).forEach((alert, i) => {
      const before = summary.alerts[i]!;
      const order = compareAlerts(before, alert);
      expect(order).toBeLessThanOrEqual(0);
      if (order === 0) {
        expect(
          nameOf.get(before.partnershipId)!.localeCompare(nameOf.get(alert.partnershipId)!),
        ).toBeLessThanOrEqual(0);
      }
    });
  });

  it('orders equally serious alerts by partnership name, whatever the input order', () => {
    // Neither partnership has a check-in or a review: each gets the same two alerts.
    const zeta = makeRecords({ partnership: { id: 'p-zeta', name: 'Zeta' } });
    const alpha = makeRecords({ partnership: { id: 'p-alpha', name: 'Alpha' } });
    const { alerts } = summarizePortfolio(
      [zeta, alpha].map(prepareRecords),
      '2026-09-01',
      settingsWith(),
    );
    expect(alerts.map((a) => [a.code, a.partnershipId])).toEqual([
      ['CHECKIN_OVERDUE', 'p-alpha'],
      ['CHECKIN_OVERDUE', 'p-zeta'],
      ['REVIEW_DUE', 'p-alpha'],
      ['REVIEW_DUE', 'p-zeta'],
    ]);
  });
});

describe('portfolioHistory', () => {
  const history = portfolioHistory(prepared, TODAY, settings);

  it('draws each sparkline from the engine weekly series', () => {
    const records = [...groupByPartnership(dataset).values()];
    for (const one of records) {
      const series = healthSeries(
        one,
        { from: addMonths(TODAY, -6), to: TODAY, step: 'week' },
        settings,
      );
      expect(history.sparklineDates).toEqual(series.map((p) => p.date));
      expect(history.sparklines[one.partnership.id]).toEqual(series.map((p) => p.health));
    }
  });

  it('counts every partnership once per month, the last month as of today', () => {
    expect(history.distribution).toHaveLength(DISTRIBUTION_MONTHS);
    expect(history.distribution.at(-1)!.date).toBe(TODAY);
    for (const month of history.distribution) {
      expect(month.healthy + month.watch + month.atRisk + month.noScore).toBe(
        dataset.partnerships.length,
      );
    }
    const engineToday = evaluatePortfolio({ ...dataset, settings }, TODAY);
    const last = history.distribution.at(-1)!;
    expect(last.healthy).toBe(engineToday.filter((r) => r.band === 'healthy').length);
    expect(last.atRisk).toBe(engineToday.filter((r) => r.band === 'at-risk').length);
  });
});
