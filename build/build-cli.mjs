// Builds the command-line interface into one ES module, dist/cli/partnership-health.mjs
// (the package's `bin`). Libraries stay external: they load from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/partnership-health.ts'],
  outfile: 'dist/cli/partnership-health.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  logLevel: 'warning',
});
