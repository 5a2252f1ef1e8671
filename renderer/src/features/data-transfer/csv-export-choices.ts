// What "Export CSV" can write, and the file for each choice: record lists from core/data's CSV
// writers (which neutralise formulas), or one partnership's health series over a period.
import {
  contributionsToCsv,
  frictionsToCsv,
  goalsToCsv,
  goalUpdatesToCsv,
  healthSeriesToCsv,
  interactionsToCsv,
  pulsesToCsv,
} from '../../../../core/data/csv-export';
import { addMonths } from '../../../../core/domain/dates';
import { healthSeries, type SeriesStep } from '../../../../core/domain/health-series';
import { groupByPartnership } from '../../../../core/domain/partnership-records';
import type { Dataset, IsoDate, Partnership } from '../../../../core/domain/types';

export type ExportKind =
  | 'pulses'
  | 'interactions'
  | 'goals'
  | 'goalUpdates'
  | 'contributions'
  | 'frictions'
  | 'healthSeries';

export const EXPORT_CHOICES: { value: ExportKind; label: string }[] = [
  { value: 'pulses', label: 'Pulses' },
  { value: 'interactions', label: 'Check-ins' },
  { value: 'goals', label: 'Goals' },
  { value: 'goalUpdates', label: 'Goal updates' },
  { value: 'contributions', label: 'Contributions' },
  { value: 'frictions', label: 'Frictions' },
  { value: 'healthSeries', label: "A partnership's health series" },
];

export type SeriesPeriod = '6m' | '1y' | '2y' | 'all';

export const SERIES_PERIODS: { value: SeriesPeriod; label: string }[] = [
  { value: '6m', label: 'Last 6 months' },
  { value: '1y', label: 'Last 12 months' },
  { value: '2y', label: 'Last 2 years' },
  { value: 'all', label: 'Since the partnership started' },
];

const PERIOD_MONTHS: Record<Exclude<SeriesPeriod, 'all'>, number> = { '6m': 6, '1y': 12, '2y': 24 };

export interface SeriesChoice {
  partnershipId: string;
  period: SeriesPeriod;
  step: SeriesStep;
}

export interface CsvFile {
  fileName: string;
  text: string;
  /** Data rows written (the header not counted). */
  rows: number;
}

/**
 * The dates a series covers: from the period's start (never before the partnership's start) to
 * today, or to the partnership's end date when it ended earlier.
 */
export function seriesRange(
  partnership: Pick<Partnership, 'startDate' | 'endDate'>,
  period: SeriesPeriod,
  today: IsoDate,
): { from: IsoDate; to: IsoDate } {
  const to = partnership.endDate && partnership.endDate < today ? partnership.endDate : today;
  const periodStart =
    period === 'all' ? partnership.startDate : addMonths(to, -PERIOD_MONTHS[period]);
  const from = periodStart > partnership.startDate ? periodStart : partnership.startDate;
  return { from, to };
}

/**
 * A file-name-safe slug of a name (ASCII letters and digits, dashes), or `fallback` when none.
 * @example fileSlug('Reading Together – 2026', 'p1') === 'reading-together-2026'
 */
export function fileSlug(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? fallback : slug;
}

const FILE_NAMES: Record<Exclude<ExportKind, 'healthSeries'>, string> = {
  pulses: 'pulses',
  interactions: 'check-ins',
  goals: 'goals',
  goalUpdates: 'goal-updates',
  contributions: 'contributions',
  frictions: 'frictions',
};

/**
 * The CSV file for a choice. Throws an Error the user can read when the health series'
 * partnership is missing.
 */
export function buildCsvExport(
  kind: ExportKind,
  dataset: Dataset,
  today: IsoDate,
  series?: SeriesChoice,
): CsvFile {
  if (kind === 'healthSeries') return seriesCsv(dataset, today, series);
  const writers = {
    pulses: () => pulsesToCsv(dataset.pulses, dataset),
    interactions: () => interactionsToCsv(dataset.interactions, dataset),
    goals: () => goalsToCsv(dataset.goals, dataset),
    goalUpdates: () => goalUpdatesToCsv(dataset.goalUpdates, dataset),
    contributions: () => contributionsToCsv(dataset.contributions, dataset),
    frictions: () => frictionsToCsv(dataset.frictions, dataset),
  };
  return {
    fileName: `partnership-health-${FILE_NAMES[kind]}-${today}.csv`,
    text: writers[kind](),
    rows: dataset[kind].length,
  };
}

function seriesCsv(dataset: Dataset, today: IsoDate, series: SeriesChoice | undefined): CsvFile {
  const records = series && groupByPartnership(dataset).get(series.partnershipId);
  if (!series || !records) {
    throw new Error('Choose the partnership whose health series to export.');
  }
  const range = seriesRange(records.partnership, series.period, today);
  const points = healthSeries(records, { ...range, step: series.step }, dataset.settings);
  const slug = fileSlug(records.partnership.name, records.partnership.id);
  return {
    fileName: `health-series-${slug}-${series.step}-${today}.csv`,
    text: healthSeriesToCsv(points),
    rows: points.length,
  };
}
