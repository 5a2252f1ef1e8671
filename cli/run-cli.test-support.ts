// Test helper for the CLI run in-process: a run that captures what a command prints and its
// exit code.

import { runCli } from './main';

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
