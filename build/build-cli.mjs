// Builds the command-line interface into dist/cli: the launcher partnership-health.mjs (the
// package's `bin`), the CLI itself as a chunk beside it (the launcher imports it once the
// environment is set, see cli/partnership-health.ts), and the report fonts (dist/cli/fonts/).
// Libraries stay external: they load from node_modules.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';

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

const inter = 'node_modules/@expo-google-fonts/inter';
const fonts = {
  'Inter_400Regular.ttf': `${inter}/400Regular/Inter_400Regular.ttf`,
  'Inter_400Regular_Italic.ttf': `${inter}/400Regular_Italic/Inter_400Regular_Italic.ttf`,
  'Inter_600SemiBold.ttf': `${inter}/600SemiBold/Inter_600SemiBold.ttf`,
  'Inter_700Bold.ttf': `${inter}/700Bold/Inter_700Bold.ttf`,
  'DejaVuSans.ttf': 'core/report/pdf/fonts/DejaVuSans.ttf',
};
await mkdir('dist/cli/fonts', { recursive: true });
for (const [name, source] of Object.entries(fonts))
  await copyFile(source, `dist/cli/fonts/${name}`);
