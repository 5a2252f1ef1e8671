// Where the bundled CLI finds the report fonts: build/build-cli.mjs copies them beside the bundle
// (dist/cli/fonts/). Run from source, the report module's own defaults find them in place.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReportFontSources } from '../core/report/pdf/fonts';

/** The font files that build-cli.mjs copies, by face. */
export const BUNDLED_FONT_FILES: ReportFontSources = {
  regular: 'Inter_400Regular.ttf',
  italic: 'Inter_400Regular_Italic.ttf',
  semibold: 'Inter_600SemiBold.ttf',
  bold: 'Inter_700Bold.ttf',
  fallback: 'DejaVuSans.ttf',
};

/** The copied fonts when this code runs from the bundle; undefined (use the defaults) otherwise. */
export function cliFontSources(): ReportFontSources | undefined {
  const path = (name: string) => fileURLToPath(new URL(`./fonts/${name}`, import.meta.url));
  if (!existsSync(path(BUNDLED_FONT_FILES.regular))) return undefined;
  return {
    regular: path(BUNDLED_FONT_FILES.regular),
    italic: path(BUNDLED_FONT_FILES.italic),
    semibold: path(BUNDLED_FONT_FILES.semibold),
    bold: path(BUNDLED_FONT_FILES.bold),
    fallback: path(BUNDLED_FONT_FILES.fallback),
  };
}
