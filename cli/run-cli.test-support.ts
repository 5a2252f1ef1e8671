// Test helpers for the CLI run in-process: the spec's worked example and a run that captures
// what a command prints and its exit code.

import { WORKED_EXAMPLE_PATH } from '../test/fixtures/worked-example';
import { runCli } from './main';

/** The health model's worked example (one partnership, p1, scored at 2026-03-31). */
export const WORKED_EXAMPLE = WORKED_EXAMPLE_PATH;

/** Runs the CLI with `argv` as if on `today`, returning its exit code and what it printed. */
export async function runCaptured(argv: string[], today: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
    today,
  });
  return { code, stdout, stderr };
}
