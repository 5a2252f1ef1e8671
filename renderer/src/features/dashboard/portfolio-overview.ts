// What the dashboard shows about the whole portfolio, computed from the engine: each
// partnership's health, band, trend, dimensions with their change, and alerts (the summary);
// then the recent health of each partnership and the band counts month by month (the history).

import { compareAlerts, mostSeriousAlert, type Alert } from '../../../../core/domain/alerts';
import { addMonths, dayNumber } from '../../../../core/domain/dates';
import {
  DIMENSIONS,
  evaluatePrepared,
  trendOfDelta,
  type Band,
  type Confidence,
  type DimensionName,
  type Trend,
} from '../../../../core/domain/health';
import { seriesDates } from '../../../../core/domain/health-series';
import { snapshotAt } from '../../../../core/domain/health-snapshot';
import { groupByPartnership } from '../../../../core/domain/partnership-records';
import { prepareRecords, type PreparedRecords } from '../../../../core/domain/prepared-records';
import type { Dataset, IsoDate, PartnershipStatus, Settings } from '../../../../core/domain/types';

/** Months of health drawn in each partnership's sparkline (weekly points). */
export const SPARKLINE_MONTHS = 6;
/** Months counted in the band distribution (one point per month end, the last one today). */
export const DISTRIBUTION_MONTHS = 12;

/** One dimension of one partnership: its score now and its change over settings.trendDays. */
export interface DimensionCell {
  score: number | null;
  /** score(asOf) − score(asOf − trendDays); null when either is missing. */
  delta: number | null;
  trend: Trend | null;
}

/** One row of the dashboard. */
export interface PartnershipSummary {
  id: string;
  name: string;
  status: PartnershipStatus;
  owner: string | null;
  tags: string[];
  health: number | null;
  band: Band | null;
  trend: Trend | null;
  trendDelta: number | null;
  confidence: Confidence | null;
  dimensions: Record<DimensionName, DimensionCell>;
  alertCount: number;
  criticalCount: number;
  topAlert: Alert | null;
}

export interface PortfolioSummary {
  asOf: IsoDate;
  settings: Settings;
  /** In the data set's partnership order. */
  rows: PartnershipSummary[];
  /** Every alert of the portfolio, most serious first (compareAlerts), then by partnership name. */
  alerts: Alert[];
}

/** How many partnerships were in each band on one date. */
export interface BandCount {
  date: IsoDate;
  healthy: number;
  watch: number;
  atRisk: number;
  noScore: number;
}

export interface PortfolioHistory {
  asOf: IsoDate;
  /** The dates of every sparkline (week ends, then asOf). */
  sparklineDates: IsoDate[];
  /** Health at each sparkline date, by partnership id. */
  sparklines: Record<string, (number | null)[]>;
  /** Band counts at each month end of the last DISTRIBUTION_MONTHS months, the last one asOf. */
  distribution: BandCount[];
}

/** Every partnership's records, prepared once for evaluation at many dates. */
export function preparePortfolio(dataset: Dataset): PreparedRecords[] {
  return [...groupByPartnership(dataset).values()].map(prepareRecords);
}

/** The dashboard row of one prepared partnership as of `asOf`. */
function summarize(prepared: PreparedRecords, asOf: IsoDate, settings: Settings) {
  const result = evaluatePrepared(prepared, asOf, settings);
  const before = snapshotAt(prepared, dayNumber(asOf) - settings.trendDays, settings);
  const dimensions = {} as Record<DimensionName, DimensionCell>;
  for (const name of DIMENSIONS) {
    const score = result.dimensions[name].score;
    const earlier = before.dimensions[name].score;
    const delta = score === null || earlier === null ? null : score - earlier;
    dimensions[name] = { score, delta, trend: trendOfDelta(delta) };
  }
  const { partnership } = prepared;
  const row: PartnershipSummary = {
    id: partnership.id,
    name: partnership.name,
    status: partnership.status,
    owner: partnership.owner ?? null,
    tags: partnership.tags,
    health: result.health,
    band: result.band,
    trend: result.trend,
    trendDelta: result.trendDelta,
    confidence: result.confidence,
    dimensions,
    alertCount: result.alerts.length,
    criticalCount: result.alerts.filter((a) => a.severity === 'critical').length,
    topAlert: mostSeriousAlert(result.alerts),
  };
  return { row, alerts: result.alerts };
}

/** Health, band, trend, dimensions and alerts of every partnership as of `asOf`. */
export function summarizePortfolio(
  prepared: readonly PreparedRecords[],
  asOf: IsoDate,
  settings: Settings,
): PortfolioSummary {
  const rows: PartnershipSummary[] = [];
  const alerts: Alert[] = [];
  const nameOf = new Map<string, string>();
  for (const one of prepared) {
    const summary = summarize(one, asOf, settings);
    rows.push(summary.row);
    alerts.push(...summary.alerts);
    nameOf.set(one.partnership.id, one.partnership.name);
  }
  alerts.sort(
    (a, b) =>
      compareAlerts(a, b) ||
      nameOf.get(a.partnershipId)!.localeCompare(nameOf.get(b.partnershipId)!),
  );
  return { asOf, settings, rows, alerts };
}

/** The sparkline of each partnership and the band counts month by month, as of `asOf`. */
export function portfolioHistory(
  prepared: readonly PreparedRecords[],
  asOf: IsoDate,
  settings: Settings,
): PortfolioHistory {
  const sparklineDates = seriesDates(addMonths(asOf, -SPARKLINE_MONTHS), asOf, 'week');
  const monthDates = seriesDates(addMonths(asOf, -(DISTRIBUTION_MONTHS - 1)), asOf, 'month');
  const sparkDays = sparklineDates.map(dayNumber);
  const monthDays = monthDates.map(dayNumber);
  const distribution: BandCount[] = monthDates.map((date) => ({
    date,
    healthy: 0,
    watch: 0,
    atRisk: 0,
    noScore: 0,
  }));
  const sparklines: Record<string, (number | null)[]> = {};
  for (const one of prepared) {
    sparklines[one.partnership.id] = sparkDays.map((day) => snapshotAt(one, day, settings).health);
    monthDays.forEach((day, i) => {
      const band = snapshotAt(one, day, settings).band;
      const count = distribution[i]!;
      if (band === 'healthy') count.healthy += 1;
      else if (band === 'watch') count.watch += 1;
      else if (band === 'at-risk') count.atRisk += 1;
      else count.noScore += 1;
    });
  }
  return { asOf, sparklineDates, sparklines, distribution };
}
