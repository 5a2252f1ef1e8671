// The font files shipped with the app (Inter, plus DejaVu Sans for scripts Inter lacks), registered
// once with react-pdf. Vite turns each `new URL(…, import.meta.url)` into a bundled asset; Node reads the file in place.

import { Font } from './react-pdf';
import { isShapedFont, rememberShaping } from './shaping-cache';

/** The font family name reports use; Inter covers Latin, Greek and Cyrillic. */
export const REPORT_FONT_FAMILY = 'Inter';
/** The fallback family: DejaVu Sans covers Hebrew, Arabic and control-picture symbols. */
export const FALLBACK_FONT_FAMILY = 'ReportFallback';

/** Where each face of the report font comes from: a URL the browser can fetch, or a file path in Node. */
export interface ReportFontSources {
  regular: string;
  italic: string;
  semibold: string;
  bold: string;
  fallback: string;
}

// Literal paths, so that Vite can see and bundle them (it only rewrites literal `new URL` calls).
const FONT_URLS = {
  regular: new URL(
    '../../../node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
    import.meta.url,
  ),
  italic: new URL(
    '../../../node_modules/@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf',
    import.meta.url,
  ),
  semibold: new URL(
    '../../../node_modules/@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
    import.meta.url,
  ),
  bold: new URL(
    '../../../node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
    import.meta.url,
  ),
  fallback: new URL('./fonts/DejaVuSans.ttf', import.meta.url),
};

/**
 * A `file:` URL becomes a file path (react-pdf would try to fetch it, which Node cannot);
 * any other URL (http:, app:, blob:) stays a URL for the browser to fetch.
 */
export function fontSourceOf(url: URL): string {
  if (url.protocol !== 'file:') return url.href;
  const path = decodeURIComponent(url.pathname);
  // Windows: `/C:/…` → `C:/…`.
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

/** The default font sources for the environment this code runs in. */
export function defaultFontSources(): ReportFontSources {
  return {
    regular: fontSourceOf(FONT_URLS.regular),
    italic: fontSourceOf(FONT_URLS.italic),
    semibold: fontSourceOf(FONT_URLS.semibold),
    bold: fontSourceOf(FONT_URLS.bold),
    fallback: fontSourceOf(FONT_URLS.fallback),
  };
}

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
