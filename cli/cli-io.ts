// What a CLI command may touch: its output streams, the working folder and today's date.
// Passing them in keeps every command testable in-process.

import type { IsoDate } from '../core/domain/types';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Resolves relative paths given on the command line. */
  cwd: string;
  /** Today's local date; `--as-of` and `--to` default to it. */
  today: IsoDate;
}

/** Wrong usage: unknown command or option, a missing or malformed value. Exit code 2. */
export class UsageError extends Error {}

/** The data or the request cannot be served: unreadable file, invalid backup, unknown id. Exit code 1. */
export class DataError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_INVALID_DATA = 1;
export const EXIT_USAGE = 2;
