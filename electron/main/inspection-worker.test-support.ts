// Builds the backup inspection worker for unit tests, which run from source: the same entry and
// esbuild settings as build/build-electron.mjs, into a temp folder, then used by the inspector.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { useInspectionWorker } from './backup-inspector';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the worker once per test file and makes the inspector use it. */
export async function useBuiltInspectionWorker(): Promise<void> {
  // .mjs: the temp folder has no package.json saying "type": "module".
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'inspection-worker-')), 'worker.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['electron/main/backup-inspection-worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  useInspectionWorker(outfile);
}
