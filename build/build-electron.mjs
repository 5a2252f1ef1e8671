// Bundles the Electron main process (ESM), its backup inspection worker (ESM, a file of its own
// beside main.js) and the sandboxed preload (CommonJS, .cjs because the package is
// "type": "module") into dist/electron with esbuild. `electron` stays external.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
};

/** Every bundle: entry, output file name in the output folder, module format. */
export const ELECTRON_BUNDLES = [
  { entry: 'electron/main/main.ts', file: 'main.js', format: 'esm' },
  // Started by main as a worker thread, found next to main.js (main/backup-inspector.ts).
  {
    entry: 'electron/main/backup-inspection-worker.ts',
    file: 'backup-inspection-worker.js',
    format: 'esm',
  },
  // A sandboxed preload can require only a few built-ins, so everything else is bundled in.
  { entry: 'electron/preload/preload.ts', file: 'preload.cjs', format: 'cjs' },
];

/** Builds every bundle into `outDir` (relative to the project root or absolute). */
export async function buildElectron(outDir = 'dist/electron', options = {}) {
  for (const { entry, file, format } of ELECTRON_BUNDLES) {
    await build({
      ...shared,
      ...options,
      entryPoints: [entry],
      outfile: path.join(outDir, file),
      format,
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildElectron();
