// Registers the report fonts (Inter, plus DejaVu Sans for scripts Inter lacks) once with
// react-pdf; font-files.ts says where the files are.

import { defaultFontSources, type ReportFontSources } from './font-files';
import { Font } from './react-pdf';
import { isShapedFont, rememberShaping } from './shaping-cache';

export type { ReportFontSources } from './font-files';

/** The font family name reports use; Inter covers Latin, Greek and Cyrillic. */
export const REPORT_FONT_FAMILY = 'Inter';
/** The fallback family: DejaVu Sans covers Hebrew, Arabic and control-picture symbols. */
export const FALLBACK_FONT_FAMILY = 'ReportFallback';

let registered: string | null = null;

/**
 * Registers the report font with react-pdf (idempotent). A bundled CLI whose files moved can
 * pass its own sources. Nothing is downloaded: every source is a file shipped with the app.
 */
export function registerReportFonts(sources: ReportFontSources = defaultFontSources()): void {
  const key = JSON.stringify(sources);
  if (registered === key) return;
  Font.register({
    family: REPORT_FONT_FAMILY,
    fonts: [
      { src: sources.regular, fontWeight: 400 },
      { src: sources.italic, fontWeight: 400, fontStyle: 'italic' },
      { src: sources.semibold, fontWeight: 600 },
      { src: sources.bold, fontWeight: 700 },
    ],
  });
  // One fallback file serves every weight and style the report asks for (react-pdf needs each registered).
  Font.register({
    family: FALLBACK_FONT_FAMILY,
    fonts: [
      { src: sources.fallback, fontWeight: 400 },
      { src: sources.fallback, fontWeight: 400, fontStyle: 'italic' },
      { src: sources.fallback, fontWeight: 600 },
      { src: sources.fallback, fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(breakLongWords);
  registered = key;
}

/**
 * Registers the report fonts, loads every face and lets each remember its shaped text (see
 * shaping-cache.ts). react-pdf would load the faces during layout anyway; loading them first is
 * what gives us the loaded font objects to wrap.
 */
export async function loadReportFonts(sources?: ReportFontSources): Promise<void> {
  registerReportFonts(sources);
  const families = Font.getRegisteredFonts();
  for (const family of [REPORT_FONT_FAMILY, FALLBACK_FONT_FAMILY]) {
    for (const source of families[family]?.sources ?? []) {
      await source.load();
      if (isShapedFont(source.data)) rememberShaping(source.data);
    }
  }
}

const LONG_WORD = 28;
const CHUNK = 14;

/**
 * No dictionary hyphenation (names, ids and non-English words must print as written); only a
 * word too long for a table cell is allowed to break, in fixed chunks, so it cannot overflow.
 */
export function breakLongWords(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += CHUNK) parts.push(word.slice(i, i + CHUNK));
  return parts;
}
