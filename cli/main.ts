// The command-line interface: dispatches to a command, maps failures to exit codes
// (0 ok, 1 invalid data, 2 wrong usage) and prints errors as single lines, never stack traces.

import { localIsoDate } from '../core/domain/dates';
import {
  DataError,
  EXIT_INVALID_DATA,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type CliIo,
} from './cli-io';
import { REPORT_HELP, runReport } from './commands/report';
import { runSample, SAMPLE_HELP } from './commands/sample';
import { runScore, SCORE_HELP } from './commands/score';
import { runSeries, SERIES_HELP } from './commands/series';
import { runValidate, VALIDATE_HELP } from './commands/validate';

const COMMANDS: Record<
  string,
  { run: (argv: string[], io: CliIo) => Promise<void>; help: string; summary: string }
> = {
  score: { run: runScore, help: SCORE_HELP, summary: 'health of every partnership as of a date' },
  series: { run: runSeries, help: SERIES_HELP, summary: 'health over time, by week or month' },
  report: { run: runReport, help: REPORT_HELP, summary: 'a stakeholder PDF report' },
  validate: { run: runValidate, help: VALIDATE_HELP, summary: 'check a backup file' },
  sample: {
    run: runSample,
    help: SAMPLE_HELP,
    summary: 'write the demo portfolio as a backup file',
  },
};

export const MAIN_HELP = `Usage: partnership-health <command> [options]

Partnership Health on the command line: the same health engine as the app, for
automation (scheduled reports, checks) and for checking figures from outside.

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run "partnership-health <command> --help" for a command's options.
Exit codes: 0 ok, 1 invalid data, 2 wrong usage.
`;

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(MAIN_HELP);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`partnership-health: unknown command "${name}"; run partnership-health --help\n`);
    return EXIT_USAGE;
  }
  try {
    await command.run(rest, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `partnership-health ${name}: ${error.message} (see partnership-health ${name} --help)\n`,
      );
      return EXIT_USAGE;
    }
    if (error instanceof DataError) {
      io.stderr(`partnership-health ${name}: ${error.message}\n`);
      for (const line of error.details) io.stderr(`  ${line}\n`);
      return EXIT_INVALID_DATA;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`partnership-health ${name}: unexpected error: ${message.split('\n')[0]}\n`);
    return EXIT_INVALID_DATA;
  }
}

/** The process entry: real streams, the working folder and today's local date. */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    today: localIsoDate(new Date()),
  });
  process.exitCode = code;
}
