// Kills a process that keeps replacing a large file through writeFileAtomically (the function
// automatic backups write with) at random moments, many times: the file must always be one
// complete version whose embedded checksum verifies, never a partial one. This covers a crash
// of the app; a power cut additionally relies on fsync, which this machine cannot cut.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const RUNS = 30;
const FILLER_BYTES = 2 * 1024 * 1024;

const here = path.dirname(fileURLToPath(import.meta.url));
let work: string;
let writerScript: string;

// The writer: version n is a header, a filler of n's digit, and the SHA-256 of what precedes it.
const WRITER = `
import { createHash } from 'node:crypto';
import { writeFileAtomically } from './atomic-write.mjs';
const [target, start] = process.argv.slice(2);
for (let version = Number(start); ; version++) {
  const body = 'version ' + version + '\\n' + String(version % 10).repeat(${FILLER_BYTES}) + '\\n';
  const sum = createHash('sha256').update(body).digest('hex');
  await writeFileAtomically(target, body + sum + '\\n');
  process.stdout.write('wrote ' + version + '\\n');
}
`;

/** The version the file holds; throws when it is not one complete version. */
function checkFile(file: string): number {
  const text = readFileSync(file, 'utf8');
  const body = text.slice(0, -65);
  const sum = text.slice(-65, -1);
  if (!text.endsWith('\n') || createHash('sha256').update(body).digest('hex') !== sum) {
    throw new Error(`partial or mixed file: ${text.length} characters, checksum does not match`);
  }
  return Number(/^version (\d+)\n/.exec(body)?.[1] ?? Number.NaN);
}

function runAndKill(target: string, start: number, killAfterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, target, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    // Start the clock once the child runs its loop, so every kill lands during writes.
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), killAfterMs));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the writer stopped by itself: ${errors}`));
    });
  });
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'durability-'));
  buildSync({
    entryPoints: [path.join(here, 'atomic-write.ts')],
    outfile: path.join(work, 'atomic-write.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  writerScript = path.join(work, 'writer.mjs');
  writeFileSync(writerScript, WRITER);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('writeFileAtomically under SIGKILL', () => {
  it(`leaves the old or the new complete file, never a partial one (${RUNS} kills)`, async () => {
    const target = path.join(work, 'backup.json');
    let version = 0;
    const seen = new Set<number>();
    for (let run = 0; run < RUNS; run++) {
      // Deterministic spread of kill moments from 0 to ~120 ms into the write loop.
      const killAfterMs = (run * 37) % 121;
      await runAndKill(target, version + 1, killAfterMs);
      const found = checkFile(target);
      expect(found).toBeGreaterThanOrEqual(version);
      seen.add(found);
      version = found;
    }
    // The kills landed at different points: the file moved on between them.
    expect(seen.size).toBeGreaterThan(1);
    // ~15 s alone; a machine busy with the whole suite starts processes more slowly.
  }, 60_000);
});
