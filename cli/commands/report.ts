// `report`: a stakeholder PDF report of one partnership, several, or the whole portfolio.

import { addDays } from '../../core/domain/dates';
import { renderReportPdf } from '../../core/report/pdf/render-report-pdf';
import { ReportInputError } from '../../core/report/report-input';
import { AUDIENCES } from '../../core/report/report-model';
import { buildReport } from '../../core/report/report-request';
import { DataError, UsageError, type CliIo } from '../cli-io';
import { choiceOption, dateOption, parseOptions, requiredOption } from '../cli-options';
import { loadBackupFile } from '../load-data';
import { writeOutputFile } from '../output-file';
import { cliFontSources } from '../report-fonts';

export const REPORT_HELP = `Usage: partnership-health report --data FILE (--partnership ID … | --portfolio)
                                [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--audience internal|partners]
                                [--paper a4|letter] [--sections] --out FILE.pdf

Writes a stakeholder PDF report. One --partnership gives a partnership report; several
--partnership options, or --portfolio, give a portfolio report.

Options:
  --data FILE            a Partnership Health backup file (JSON)
  --partnership ID       a partnership to report on (repeat for several)
  --portfolio            every partnership of the file
  --from DATE            first day of the period (default: 90 days before --to)
  --to DATE              last day of the period (default: today)
  --audience AUDIENCE    internal (everything) or partners (no pulse comments, respondent
                         names, free-text notes or private fields); default internal
  --paper PAPER          a4 or letter (default a4)
  --sections             portfolio report: add one full section per partnership
  --out FILE.pdf         where to write the PDF
  -h, --help             show this help
`;

export async function runReport(argv: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(argv, {
    data: { type: 'string' },
    partnership: { type: 'string', multiple: true },
    portfolio: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
    audience: { type: 'string' },
    paper: { type: 'string' },
    sections: { type: 'boolean' },
    out: { type: 'string' },
  });
  if (values.help) return io.stdout(REPORT_HELP);
  const file = requiredOption(values.data, 'data', 'FILE (a backup file)');
  const out = requiredOption(values.out, 'out', 'FILE.pdf (where to write)');
  const ids = (values.partnership as string[] | undefined) ?? [];
  if (ids.length > 0 === Boolean(values.portfolio)) {
    throw new UsageError('give --partnership ID (one or more) or --portfolio');
  }
  const to = dateOption(values.to, 'to', io.today);
  const from = dateOption(values.from, 'from', addDays(to, -90));
  const audience = choiceOption(values.audience, 'audience', AUDIENCES, 'internal');
  const paper = choiceOption(values.paper, 'paper', ['a4', 'letter'] as const, 'a4');

  const { data } = await loadBackupFile(file, io.cwd);
  let pdf: Uint8Array;
  try {
    const report = buildReport(data, {
      partnerships: values.portfolio ? 'all' : ids,
      from,
      to,
      audience,
      sections: Boolean(values.sections),
      generatedOn: io.today,
    });
    pdf = await renderReportPdf(report, { paper, fonts: cliFontSources() });
  } catch (error) {
    if (error instanceof ReportInputError) throw new DataError(error.message);
    throw error;
  }
  await writeOutputFile(out, io.cwd, pdf);
  io.stdout(`Wrote ${out} (${Math.round(pdf.byteLength / 1024)} KB).\n`);
}
