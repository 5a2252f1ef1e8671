// Builds the command-line interface into dist/cli: the launcher partnership-health.mjs (the
// package's `bin`), the CLI itself as a chunk beside it (the launcher imports it once the
// environment is set, see cli/partnership-health.ts), and the report fonts with their licences
// (dist/cli/fonts/).
// Libraries stay external: they load from node_modules.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { defaultFontSources, fontLicenceFiles } from './font-files.mjs';

// Chunk names carry a hash: start empty so that no stale chunk stays behind.
await rm('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: ['cli/partnership-health.ts'],
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  logLevel: 'warning',
});

// Each of the report module's font files under its own name, which is where cli/report-fonts.ts
// looks for it, and the fonts' licence texts beside them.
await mkdir('dist/cli/fonts', { recursive: true });
for (const source of Object.values(defaultFontSources()))
  await copyFile(source, `dist/cli/fonts/${basename(source)}`);
for (const [name, file] of Object.entries(fontLicenceFiles()))
  await copyFile(file, `dist/cli/fonts/${name}`);
