// Where the bundled CLI finds the report fonts: build/build-cli.mjs copies each of the report
// module's font files beside the bundle (dist/cli/fonts/<file name>). Run from source, the report
// module's own defaults find them in place.

import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultFontSources,
  fontSourcesBy,
  type ReportFontSources,
} from '../core/report/pdf/font-files';

/** The copied fonts when this code runs from the bundle; undefined (use the defaults) otherwise. */
export function cliFontSources(): ReportFontSources | undefined {
  const defaults = defaultFontSources();
  const sources = fontSourcesBy((face) =>
    fileURLToPath(new URL(`./fonts/${basename(defaults[face])}`, import.meta.url)),
  );
  return existsSync(sources.regular) ? sources : undefined;
}
