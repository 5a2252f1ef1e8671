// `sample`: writes the demo portfolio as a backup file; with no options, exactly what the app's
// "Load sample portfolio" loads on the same day.

import { createBackup, serializeBackup } from '../../core/data/backup-file';
import { generatePortfolio } from '../../core/sample/generate-portfolio';
import { APP_INFO } from '../app-info';
import type { CliIo } from '../cli-io';
import { integerOption, parseOptions, requiredOption } from '../cli-options';
import { writeOutputFile } from '../output-file';

export const SAMPLE_HELP = `Usage: partnership-health sample --out FILE [--seed N] [--partnerships N] [--years N]

Writes a realistic demo portfolio, ending today, as a backup file. The same seed on the
same day gives the same data. With no options it is the portfolio that the app's
"Load sample portfolio" loads today (seed 1, 12 partnerships, 2 years).

Options:
  --out FILE          where to write the backup (JSON)
  --seed N            seed of the generator (default 1)
  --partnerships N    how many partnerships, 1–1000 (default 12)
  --years N           years of history, 1–20 (default 2)
  -h, --help          show this help
`;

export async function runSample(argv: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(argv, {
    out: { type: 'string' },
    seed: { type: 'string' },
    partnerships: { type: 'string' },
    years: { type: 'string' },
  });
  if (values.help) return io.stdout(SAMPLE_HELP);
  const out = requiredOption(values.out, 'out', 'FILE (where to write)');
  const dataset = generatePortfolio({
    today: io.today,
    seed: integerOption(values.seed, 'seed', { min: 0, max: 2 ** 31 - 1 }),
    partnerships: integerOption(values.partnerships, 'partnerships', { min: 1, max: 1000 }),
    years: integerOption(values.years, 'years', { min: 1, max: 20 }),
  });
  const backup = createBackup(dataset, APP_INFO, new Date().toISOString());
  await writeOutputFile(out, io.cwd, serializeBackup(backup));
  io.stdout(
    `Wrote ${dataset.partnerships.length} partnerships and ${dataset.organizations.length} organizations to ${out}.\n`,
  );
}
