// Builds the portfolio report: a summary table of the selected partnerships, band counts month by
// month, a partnership × dimension heat map, alerts most serious first, and optional full sections.

import { compareAlerts, mostSeriousAlert } from '../domain/alerts';
import { DIMENSIONS, type DimensionName } from '../domain/dimension-names';
import { bandOf, evaluateHealth } from '../domain/health';
import { healthSeries, seriesDates } from '../domain/health-series';
import { groupByPartnership, type PartnershipRecords } from '../domain/partnership-records';
import type { Dataset, IsoDate } from '../domain/types';
import { displayText, optionalText } from './display-text';
import { reportFromRecords } from './partnership-report';
import { checkAudience, checkPeriod, ReportInputError } from './report-input';
import type {
  Audience,
  BandCounts,
  BandName,
  PartnershipReport,
  PortfolioReport,
} from './report-model';

export interface PortfolioReportOptions {
  /** The partnerships to include, in this order; all of the data set's when absent. */
  partnershipIds?: string[];
  from: IsoDate;
  to: IsoDate;
  audience: Audience;
  generatedOn: IsoDate;
  /** Add one full partnership report per partnership (those with data in the period). */
  sections: boolean;
}

/**
 * The portfolio report over [from, to]. Throws a ReportInputError for a bad period, an unknown
 * partnership id, or an empty selection.
 */
export function buildPortfolioReport(
  dataset: Dataset,
  options: PortfolioReportOptions,
): PortfolioReport {
  checkPeriod(options);
  checkAudience(options.audience);
  const groups = groupByPartnership(dataset);
  const ids = options.partnershipIds ?? [...groups.keys()];
  const selected: PartnershipRecords[] = ids.map((id) => {
    const records = groups.get(id);
    if (!records) {
      throw new ReportInputError(
        'unknown-partnership',
        `There is no partnership with id "${id}" in this data. Check the id.`,
      );
    }
    return records;
  });
  if (selected.length === 0) {
    throw new ReportInputError(
      'no-partnerships',
      'The portfolio report needs at least one partnership; this data has none.',
    );
  }
  const settings = dataset.settings;
  const months = seriesDates(options.from, options.to, 'month');
  const counts: BandCounts[] = months.map((month) => ({
    month,
    healthy: 0,
    watch: 0,
    atRisk: 0,
    noScore: 0,
  }));
  const results = selected.map((records) => {
    const series = healthSeries(
      records,
      { from: options.from, to: options.to, step: 'month' },
      settings,
    );
    series.forEach((point, i) => {
      const c = counts[i] as BandCounts;
      if (point.band === 'healthy') c.healthy += 1;
      else if (point.band === 'watch') c.watch += 1;
      else if (point.band === 'at-risk') c.atRisk += 1;
      else c.noScore += 1;
    });
    return { records, health: evaluateHealth(records, options.to, settings) };
  });
  const nameOf = new Map(selected.map((r) => [r.partnership.id, displayText(r.partnership.name)]));
  const alerts = results.flatMap((r) => r.health.alerts).sort(compareAlerts);

  const sections: PartnershipReport[] = [];
  const skipped: PortfolioReport['skippedSections'] = [];
  if (options.sections) {
    for (const { records } of results) {
      try {
        sections.push(reportFromRecords(records, dataset.organizations, settings, options));
      } catch (error) {
        if (!(error instanceof ReportInputError)) throw error;
        skipped.push({
          partnershipName: nameOf.get(records.partnership.id) ?? '',
          reason: error.message,
        });
      }
    }
  }
  return {
    kind: 'portfolio',
    title: 'Portfolio health report',
    period: { from: options.from, to: options.to },
    preparedBy: optionalText(settings.organizationName),
    generatedOn: options.generatedOn,
    audience: options.audience,
    bands: { ...settings.bands },
    rows: results.map(({ records, health }) => ({
      partnershipId: records.partnership.id,
      name: nameOf.get(records.partnership.id) ?? '',
      health: health.health,
      band: health.band,
      trend: health.trend,
      topAlert: optionalText(mostSeriousAlert(health.alerts)?.message),
    })),
    bandDistribution: counts,
    heatMap: results.map(({ records, health }) => {
      const scores = {} as Record<DimensionName, number | null>;
      const bands = {} as Record<DimensionName, BandName | null>;
      for (const name of DIMENSIONS) {
        scores[name] = health.dimensions[name].score;
        bands[name] = bandOf(scores[name], settings);
      }
      return { partnershipName: nameOf.get(records.partnership.id) ?? '', scores, bands };
    }),
    needsAttention: alerts.map((alert) => ({
      partnershipName: nameOf.get(alert.partnershipId) ?? '',
      severity: alert.severity,
      code: alert.code,
      message: displayText(alert.message),
    })),
    sections,
    skippedSections: skipped,
  };
}
