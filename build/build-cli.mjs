// Builds the command-line interface into dist/cli: the launcher partnership-health.mjs (the
// package's `bin`), the CLI itself as a chunk beside it (the launcher imports it once the
// environment is set, see cli/partnership-health.ts), and the report fonts (dist/cli/fonts/).
// Libraries stay external: they load from node_modules.
import { build, transform } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

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

// The report module's own list of font files (core/report/pdf/font-files.ts, which imports
// nothing): compiled to plain JavaScript with import.meta.url pinned to the source file, so its
// relative paths resolve in the repository. Each file is copied under its own name, which is
// where cli/report-fonts.ts looks for it.
const fontFiles = 'core/report/pdf/font-files.ts';
const { code } = await transform(await readFile(fontFiles, 'utf8'), {
  loader: 'ts',
  format: 'esm',
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(fontFiles).href) },
});
const { defaultFontSources } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
await mkdir('dist/cli/fonts', { recursive: true });
for (const source of Object.values(defaultFontSources()))
  await copyFile(source, `dist/cli/fonts/${basename(source)}`);
