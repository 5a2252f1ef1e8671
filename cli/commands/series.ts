// `series`: one partnership's (or every partnership's) health over time, week by week or month by month.

import { partnershipSeriesToCsv } from '../../core/data/csv-export';
import { addDays } from '../../core/domain/dates';
import { DIMENSIONS } from '../../core/domain/health';
import { healthSeries, type HealthPoint, type SeriesStep } from '../../core/domain/health-series';
import { groupByPartnership } from '../../core/domain/partnership-records';
import { DataError, UsageError, type CliIo } from '../cli-io';
import { choiceOption, dateOption, parseOptions, requiredOption } from '../cli-options';
import { loadBackupFile } from '../load-data';
import { formatScore } from '../../core/report/format';
import { textTable } from '../text-table';

export const SERIES_HELP = `Usage: partnership-health series --data FILE (--partnership ID | --all)
                                [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--step week|month] [--json | --csv]

The health model evaluated at the end of each week (Sunday) or month of a period, plus the
period's last day when it is not a step end.

Options:
  --data FILE          a Partnership Health backup file (JSON)
  --partnership ID     the partnership to chart
  --all                every partnership of the file
  --from DATE          first day of the period (default: the partnership's start date)
  --to DATE            last day of the period (default: today)
  --step week|month    the step (default: month)
  --json               JSON: [{ partnershipId, name, step, points: [...] }] with unrounded numbers
  --csv                CSV: one row per point, with a partnershipId column
  -h, --help           show this help
`;

interface SeriesOutput {
  partnershipId: string;
  name: string;
  step: SeriesStep;
  points: HealthPoint[];
}

function seriesTable(series: SeriesOutput): string {
  const right = 'right' as const;
  const columns = [
    { header: 'Date', value: (p: HealthPoint) => p.date },
    { header: 'Health', value: (p: HealthPoint) => formatScore(p.health), align: right },
    { header: 'Band', value: (p: HealthPoint) => p.band ?? '–' },
    ...DIMENSIONS.map((name) => ({
      header: name[0]!.toUpperCase() + name.slice(1),
      value: (p: HealthPoint) => formatScore(p.dimensions[name]),
      align: right,
    })),
    { header: 'Gap', value: (p: HealthPoint) => formatScore(p.perceptionGap), align: right },
  ];
  return `${series.name} (${series.partnershipId}), by ${series.step}\n\n${textTable(columns, series.points)}`;
}

/** Every series in one CSV; without the byte-order mark, which only spreadsheets want and pipes do not. */
function seriesCsv(all: SeriesOutput[]): string {
  return partnershipSeriesToCsv(all).replace(/^\uFEFF/, '');
}

export async function runSeries(argv: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(argv, {
    data: { type: 'string' },
    partnership: { type: 'string' },
    all: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
    step: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
  });
  if (values.help) return io.stdout(SERIES_HELP);
  const file = requiredOption(values.data, 'data', 'FILE (a backup file)');
  if (Boolean(values.partnership) === Boolean(values.all)) {
    throw new UsageError('give either --partnership ID or --all');
  }
  if (values.json && values.csv) throw new UsageError('give --json or --csv, not both');
  const step = choiceOption(values.step, 'step', ['week', 'month'] as const, 'month');
  const to = dateOption(values.to, 'to', io.today);
  const from = values.from === undefined ? undefined : dateOption(values.from, 'from', to);
  if (from !== undefined && from > to) {
    throw new UsageError(
      `--from ${from} is after --to ${to}: the period must start before it ends`,
    );
  }
  const { data } = await loadBackupFile(file, io.cwd);
  const groups = groupByPartnership(data);
  const chosen = values.all ? [...groups.values()] : [groups.get(String(values.partnership))];
  if (chosen[0] === undefined) {
    throw new DataError(`no partnership with id "${String(values.partnership)}" in ${file}`);
  }
  const all: SeriesOutput[] = chosen.map((records) => {
    const p = records!.partnership;
    const start = from ?? p.startDate;
    // A partnership that starts after `to` has an empty series; one step back keeps the range valid.
    const range = { from: start <= to ? start : addDays(to, 1), to, step };
    return {
      partnershipId: p.id,
      name: p.name,
      step,
      points: healthSeries(records!, range, data.settings),
    };
  });
  if (values.json) io.stdout(JSON.stringify(all, null, 2) + '\n');
  else if (values.csv) io.stdout(seriesCsv(all));
  else io.stdout(all.map(seriesTable).join('\n'));
}
