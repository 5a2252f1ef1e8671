// `validate`: checks a backup file with the same schemas the app uses for restores and imports.

import { countRecords } from '../../core/data/backup-file';
import { COLLECTIONS } from '../../core/domain/types';
import { UsageError, type CliIo } from '../cli-io';
import { parseOptions } from '../cli-options';
import { loadBackupFile } from '../load-data';

export const VALIDATE_HELP = `Usage: partnership-health validate FILE

Checks that FILE is a valid Partnership Health backup: every record against the data
dictionary and every reference between records. Prints the counts per collection and
exits 0 when valid; prints every problem found (up to 50 lines) and exits 1 when not.

Options:
  -h, --help   show this help
`;

export async function runValidate(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseOptions(argv, {}, true);
  if (values.help) return io.stdout(VALIDATE_HELP);
  if (positionals.length !== 1) throw new UsageError('validate expects exactly one FILE');
  const file = positionals[0]!;
  const backup = await loadBackupFile(file, io.cwd);
  const counts = countRecords(backup.data);
  const width = Math.max(...COLLECTIONS.map((c) => c.length));
  const lines = COLLECTIONS.map((c) => `  ${c.padEnd(width)}  ${String(counts[c]).padStart(7)}`);
  io.stdout(
    `${file} is a valid backup (format version ${backup.version}, exported ${backup.exportedAt}).\n${lines.join('\n')}\n`,
  );
}
