// Writes a command's output file (a PDF report, a backup) named on the command line.

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataError } from './cli-io';

/** Writes `contents` to `file` (relative to `cwd`); a failure is a DataError naming the file and why. */
export async function writeOutputFile(
  file: string,
  cwd: string,
  contents: string | Uint8Array,
): Promise<void> {
  try {
    await writeFile(resolve(cwd, file), contents);
  } catch (error) {
    throw new DataError(
      `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}`,
    );
  }
}
