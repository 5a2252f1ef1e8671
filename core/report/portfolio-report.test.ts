// Tests of the portfolio report model on a generated portfolio.

import { describe, expect, it } from 'vitest';
import { compareAlerts } from '../domain/alerts';
import { DIMENSIONS } from '../domain/dimension-names';
import { bandOf, evaluatePortfolio } from '../domain/health';
import { generatePortfolio } from '../sample/generate-portfolio';
import { buildPortfolioReport, type PortfolioReportOptions } from './portfolio-report';
import { ReportInputError } from './report-input';

const dataset = generatePortfolio({ today: '2026-06-30', seed: 7, partnerships: 8, years: 2 });
const options: PortfolioReportOptions = {
  from: '2026-01-01',
  to: '2026-06-30',
  audience: 'internal',
  generatedOn: '2026-07-01',
  sections: false,
};

describe('buildPortfolioReport', () => {
  const report = buildPortfolioReport(dataset, options);
  const engine = evaluatePortfolio(dataset, '2026-06-30');

  it('has one summary row and one heat-map row per partnership with the engine’s figures', () => {
    expect(report.rows).toHaveLength(dataset.partnerships.length);
    report.rows.forEach((row, i) => {
      expect(row.health).toBe(engine[i]!.health);
      expect(row.band).toBe(engine[i]!.band);
      expect(report.heatMap[i]!.scores.trust).toBe(engine[i]!.dimensions.trust.score);
      for (const name of DIMENSIONS) {
        const score = engine[i]!.dimensions[name].score;
        expect(report.heatMap[i]!.bands[name], name).toBe(bandOf(score, dataset.settings));
      }
    });
  });

  it('counts every partnership once per month in the band distribution', () => {
    expect(report.bandDistribution.map((m) => m.month)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
    for (const month of report.bandDistribution) {
      expect(month.healthy + month.watch + month.atRisk + month.noScore).toBe(
        dataset.partnerships.length,
      );
    }
    const last = report.bandDistribution.at(-1)!;
    expect(last.healthy).toBe(engine.filter((r) => r.band === 'healthy').length);
  });

  it('lists every alert, most serious first', () => {
    const alerts = engine.flatMap((r) => r.alerts).sort(compareAlerts);
    expect(report.needsAttention.map((a) => a.code)).toEqual(alerts.map((a) => a.code));
    const severities = report.needsAttention.map((a) => a.severity);
    expect(
      severities.indexOf('warning') === -1 ||
        severities.lastIndexOf('critical') < severities.indexOf('warning'),
    ).toBe(true);
  });

  it('adds a section per selected partnership when asked, in the order given', () => {
    const ids = dataset.partnerships
      .slice(0, 3)
      .map((p) => p.id)
      .reverse();
    const withSections = buildPortfolioReport(dataset, {
      ...options,
      partnershipIds: ids,
      sections: true,
    });
    expect(withSections.rows.map((r) => r.partnershipId)).toEqual(ids);
    // All three have data in the period, so each has its section, in the order given.
    expect(withSections.sections.map((s) => s.header.partnershipId)).toEqual(ids);
    expect(withSections.skippedSections).toEqual([]);
    expect(report.sections).toEqual([]);
  });

  it('rejects an unknown partnership id and a reversed period', () => {
    expect(() =>
      buildPortfolioReport(dataset, { ...options, partnershipIds: ['missing'] }),
    ).toThrow(ReportInputError);
    expect(() => buildPortfolioReport(dataset, { ...options, from: '2026-07-01' })).toThrow(
      /before it starts/,
    );
  });
});
