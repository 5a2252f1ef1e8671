// `score`: every partnership's health as of a date, as a table or as JSON for automation.

import {
  DIMENSIONS,
  evaluatePortfolio,
  type HealthResult,
  type Trend,
} from '../../core/domain/health';
import type { Partnership } from '../../core/domain/types';
import type { CliIo } from '../cli-io';
import { dateOption, parseOptions, requiredOption } from '../cli-options';
import { loadBackupFile } from '../load-data';
import { formatScore, trendArrow, trendWord } from '../../core/report/format';
import { textTable } from '../text-table';

export const SCORE_HELP = `Usage: partnership-health score --data FILE [--as-of YYYY-MM-DD] [--json]

Scores every partnership of a backup file as of a date (default: today):
health, band, trend, confidence, the five dimensions, perception gap and alerts.

Options:
  --data FILE        a Partnership Health backup file (JSON)
  --as-of DATE       the date to score as of, YYYY-MM-DD (default: today)
  --json             print a JSON array with unrounded numbers instead of a table
  -h, --help         show this help
`;

/** The JSON shape of one partnership's score (stable: scripts depend on it). */
export interface ScoreJson {
  partnershipId: string;
  name: string;
  asOf: string;
  health: number | null;
  band: string | null;
  trend: Trend | null;
  confidence: string | null;
  perceptionGap: number | null;
  dimensions: Record<(typeof DIMENSIONS)[number], number | null>;
  alerts: { code: string; severity: string; message: string }[];
}

/** The JSON of one result, numbers unrounded and null where the model says null. */
export function scoreJson(result: HealthResult, partnership: Partnership): ScoreJson {
  const dimensions = {} as ScoreJson['dimensions'];
  for (const name of DIMENSIONS) dimensions[name] = result.dimensions[name].score;
  return {
    partnershipId: result.partnershipId,
    name: partnership.name,
    asOf: result.asOf,
    health: result.health,
    band: result.band,
    trend: result.trend,
    confidence: result.confidence,
    perceptionGap: result.perceptionGap,
    dimensions,
    alerts: result.alerts.map(({ code, severity, message }) => ({ code, severity, message })),
  };
}

function scoreTable(rows: ScoreJson[]): string {
  const right = 'right' as const;
  const table = textTable(
    [
      { header: 'Partnership', value: (r: ScoreJson) => r.name },
      { header: 'Health', value: (r) => formatScore(r.health), align: right },
      { header: 'Band', value: (r) => r.band ?? '–' },
      // The app's trend words, so "no trend" reads the same here as on screen and in reports.
      {
        header: 'Trend',
        value: (r) => (r.trend ? `${trendArrow(r.trend)} ${trendWord(r.trend)}` : trendWord(null)),
      },
      { header: 'Conf.', value: (r) => r.confidence ?? '–' },
      { header: 'Trust', value: (r) => formatScore(r.dimensions.trust), align: right },
      { header: 'Comm.', value: (r) => formatScore(r.dimensions.communication), align: right },
      { header: 'Goals', value: (r) => formatScore(r.dimensions.goals), align: right },
      { header: 'Recip.', value: (r) => formatScore(r.dimensions.reciprocity), align: right },
      { header: 'Friction', value: (r) => formatScore(r.dimensions.friction), align: right },
      { header: 'Gap', value: (r) => formatScore(r.perceptionGap), align: right },
      { header: 'Alerts', value: (r) => String(r.alerts.length), align: right },
    ],
    rows,
  );
  const alertLines = rows.flatMap((r) =>
    r.alerts.map(
      (a) => `  ${a.severity === 'critical' ? '!!' : '! '} ${r.name}: ${a.code} — ${a.message}`,
    ),
  );
  const asOf = rows[0]?.asOf;
  const title = asOf ? `Health as of ${asOf}\n\n` : 'No partnerships in this file.\n';
  return (
    title +
    (rows.length ? table : '') +
    (alertLines.length ? `\nAlerts\n${alertLines.join('\n')}\n` : '')
  );
}

export async function runScore(argv: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(argv, {
    data: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) return io.stdout(SCORE_HELP);
  const file = requiredOption(values.data, 'data', 'FILE (a backup file)');
  const asOf = dateOption(values['as-of'], 'as-of', io.today);
  const { data } = await loadBackupFile(file, io.cwd);
  const byId = new Map(data.partnerships.map((p) => [p.id, p]));
  const rows = evaluatePortfolio(data, asOf).map((r) => scoreJson(r, byId.get(r.partnershipId)!));
  io.stdout(values.json ? JSON.stringify(rows, null, 2) + '\n' : scoreTable(rows));
}
