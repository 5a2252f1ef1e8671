// Reads a backup file named on the command line and validates it with the app's own schemas.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseBackup } from '../core/data/backup-file';
import { formatIssue } from '../core/data/validation-issue';
import type { BackupFile } from '../core/domain/types';
import { DataError } from './cli-io';

/** The most problems a command prints before saying how many more there are. */
export const MAX_PROBLEM_LINES = 50;

/** Reads and validates `file` (relative to `cwd`); a DataError lists the problems otherwise. */
export async function loadBackupFile(file: string, cwd: string): Promise<BackupFile> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (code ?? 'unreadable');
    throw new DataError(`cannot read ${file}: ${reason}`);
  }
  const result = parseBackup(text);
  if (!result.ok) {
    const lines = result.issues.slice(0, MAX_PROBLEM_LINES).map(formatIssue);
    const more = result.issues.length - lines.length;
    if (more > 0) lines.push(`… and ${more} more problems`);
    throw new DataError(
      `${file} is not a valid backup (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'})`,
      lines,
    );
  }
  return result.backup;
}
