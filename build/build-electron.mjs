// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS, .cjs because the
// package is "type": "module") into dist/electron with esbuild. `electron` stays external.
import { build } from 'esbuild';
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

await build({
  ...shared,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist/electron/main.js',
  format: 'esm',
});

// A sandboxed preload can require only a few built-ins, so everything else is bundled in.
await build({
  ...shared,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  format: 'cjs',
});
