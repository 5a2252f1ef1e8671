// The report module's own list of font files (core/report/pdf/font-files.ts, which imports
// nothing) for the build scripts: compiled to plain JavaScript with import.meta.url pinned to the
// source file, so its relative paths resolve in the repository.
import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const fontFiles = 'core/report/pdf/font-files.ts';
const { code } = await transform(await readFile(fontFiles, 'utf8'), {
  loader: 'ts',
  format: 'esm',
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(fontFiles).href) },
});

/** `defaultFontSources` and `fontLicenceFiles` of core/report/pdf/font-files.ts. */
export const { defaultFontSources, fontLicenceFiles } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
