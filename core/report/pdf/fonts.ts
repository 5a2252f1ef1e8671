// Registers the report fonts with react-pdf once, loads those a report needs, and answers which
// characters they can draw. The font stack falls back glyph by glyph (react-pdf's textkit picks,
// for each code point, the first family of the stack that has it); font-files.ts says where the
// files are.

import { defaultFontSources, type FontFace, type ReportFontSources } from './font-files';
import { isIgnorable, type GlyphCoverage } from './printable-text';
import { Font } from './react-pdf';
import { isShapedFont, rememberShaping } from './shaping-cache';

export type { ReportFontSources } from './font-files';

/** The family reports name first; Inter covers Latin, Greek and Cyrillic. */
export const REPORT_FONT_FAMILY = 'Inter';

/** A fallback family: one regular face, and a bold one where it is cheap (the small scripts). */
interface FallbackFamily {
  family: string;
  regular: FontFace;
  bold?: FontFace;
}

// In stack order. Emoji come before DejaVu Sans so that a symbol both have prints as emoji. DejaVu
// is last: it has Arabic, the placeholder � and the arrows, shapes and technical symbols the others
// lack. (Not Noto Sans Arabic: it draws a letter's dots as separate glyphs, and react-pdf 4.9 then
// drops the body of the first letter of a right-to-left run: شراكة printed without its ش.)
const FALLBACK_FAMILIES: readonly FallbackFamily[] = [
  { family: 'NotoSansHebrew', regular: 'hebrew', bold: 'hebrewBold' },
  { family: 'NotoSansDevanagari', regular: 'devanagari', bold: 'devanagariBold' },
  { family: 'NotoSansThai', regular: 'thai', bold: 'thaiBold' },
  // Han (every CJK Unified Ideograph, in their simplified-Chinese forms), kana and CJK punctuation.
  { family: 'NotoSansSC', regular: 'chinese' },
  // Hangul, which the SC face lacks.
  { family: 'NotoSansKR', regular: 'korean' },
  { family: 'NotoEmoji', regular: 'emoji' },
  { family: 'ReportSymbols', regular: 'symbols' },
];

const SYMBOLS_FAMILY = 'ReportSymbols';

/**
 * The stack for text that is always Latin (chart axes, dates, figures): Inter, and DejaVu Sans
 * for a symbol Inter lacks.
 */
export const LATIN_FONT_STACK: string[] = [REPORT_FONT_FAMILY, SYMBOLS_FAMILY];

let registered: string | null = null;

/**
 * Registers the report fonts with react-pdf (idempotent). A bundled CLI whose files moved can
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
  // Each weight and style the report asks for is registered (react-pdf resolves within a style),
  // and a face without italics or a bold serves them upright or regular.
  for (const { family, regular, bold = regular } of FALLBACK_FAMILIES) {
    Font.register({
      family,
      fonts: [
        { src: sources[regular], fontWeight: 400 },
        { src: sources[regular], fontWeight: 400, fontStyle: 'italic' },
        { src: sources[bold], fontWeight: 600 },
        { src: sources[bold], fontWeight: 700 },
        { src: sources[bold], fontWeight: 700, fontStyle: 'italic' },
      ],
    });
  }
  Font.registerHyphenationCallback(breakLongWords);
  registered = key;
  loadedFamilies.clear();
  loadedFiles.clear();
}

/** The part of a loaded (fontkit) font read here. */
interface LoadedFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The fonts a report needs, loaded. */
export interface ReportFonts {
  /** For `fontFamily`: Inter, the fallbacks the report's text needs (in stack order), DejaVu Sans. */
  stack: string[];
  /** Whether a font of the stack can draw a code point (of the report's text). */
  covers: GlyphCoverage;
}

// Each family loaded once per process (or worker in the app), when a report first needs it.
const loadedFamilies = new Map<string, Promise<LoadedFont>>();
const loadedFiles = new Map<string, LoadedFont>();

/**
 * Registers the report fonts and loads those that the report's text (`codePoints`) needs: Inter
 * and DejaVu Sans always, a fallback only when it is the first of the stack to have one of the
 * code points Inter lacks. A report in Latin script never loads the 17 MB of CJK fonts; the
 * stack is short, which keeps react-pdf's per-character font choice cheap.
 */
export async function loadReportFonts(
  codePoints: Iterable<number> = [],
  sources?: ReportFontSources,
): Promise<ReportFonts> {
  registerReportFonts(sources);
  const inter = await loadFamily(REPORT_FONT_FAMILY);
  const fonts = [inter];
  const stack = [REPORT_FONT_FAMILY];
  // Invisible format characters choose no font: a joiner or variation selector is drawn by the
  // font of the characters around it (an emoji ZWJ sequence needs the emoji font, not the Hebrew
  // one, which happens to have U+200D), and one no loaded font has is dropped (printable-text.ts).
  let missing = [...new Set(codePoints)].filter(
    (codePoint) => !isIgnorable(codePoint) && !inter.hasGlyphForCodePoint(codePoint),
  );
  for (const { family } of FALLBACK_FAMILIES) {
    if (missing.length === 0 && family !== SYMBOLS_FAMILY) continue;
    const font = await loadFamily(family);
    const rest = missing.filter((codePoint) => !font.hasGlyphForCodePoint(codePoint));
    if (rest.length < missing.length || family === SYMBOLS_FAMILY) {
      fonts.push(font);
      stack.push(family);
    }
    missing = rest;
  }
  return { stack, covers: glyphCoverage(fonts) };
}

/** Loads every face of `family` (once); its regular face answers for coverage. */
function loadFamily(family: string): Promise<LoadedFont> {
  let loading = loadedFamilies.get(family);
  if (!loading) {
    loading = loadFaces(family).catch((error: unknown) => {
      loadedFamilies.delete(family);
      throw error;
    });
    loadedFamilies.set(family, loading);
  }
  return loading;
}

async function loadFaces(family: string): Promise<LoadedFont> {
  const inter = family === REPORT_FONT_FAMILY ? null : await loadFamily(REPORT_FONT_FAMILY);
  let first: LoadedFont | null = null;
  for (const source of Font.getRegisteredFonts()[family]?.sources ?? []) {
    const known = loadedFiles.get(source.src);
    if (known) {
      // The same file registered for another weight or style: one font object (one copy in
      // memory, one embedded subset in the PDF), not a second load of the same bytes.
      source.data = known as unknown as typeof source.data;
      source.loadResultPromise = Promise.resolve();
    } else {
      await source.load();
      const font = source.data as unknown as LoadedFont;
      if (isShapedFont(font)) rememberShaping(font);
      if (inter) alignLineMetrics(font, inter);
      else claimLineFeed(font);
      loadedFiles.set(source.src, font);
    }
    first ??= loadedFiles.get(source.src) as LoadedFont;
  }
  if (!first) throw new Error(`The report font family ${family} has no font file.`);
  return first;
}

/**
 * Lets Inter answer for the line feed. No font maps U+000A, and react-pdf gives a character that
 * no font of the stack has to its built-in Helvetica, which then appears in the PDF unembedded.
 * The line feed only ends a line (react-pdf breaks the line there and draws nothing for it).
 */
function claimLineFeed(font: LoadedFont): void {
  const hasGlyph = font.hasGlyphForCodePoint.bind(font);
  font.hasGlyphForCodePoint = (codePoint) => codePoint === 0x0a || hasGlyph(codePoint);
}

/**
 * Gives a fallback face Inter's ascent and descent (in ems). react-pdf puts a line's baseline at
 * its tallest run's ascent, and the Noto faces are taller than Inter (Thai and CJK by 10–20 %): a
 * name in Thai or Chinese would push its line's baseline down, out of step with the text beside it.
 * Line heights are fixed by the report's styles, so only where the baseline sits changes.
 */
function alignLineMetrics(font: LoadedFont, inter: LoadedFont): void {
  const scale = font.unitsPerEm / inter.unitsPerEm;
  Object.defineProperty(font, 'ascent', { value: inter.ascent * scale, configurable: true });
  Object.defineProperty(font, 'descent', { value: inter.descent * scale, configurable: true });
}

/** Whether any of `fonts` has a glyph for a code point, remembered per code point. */
function glyphCoverage(fonts: LoadedFont[]): GlyphCoverage {
  const known = new Map<number, boolean>();
  return (codePoint) => {
    let covered = known.get(codePoint);
    if (covered === undefined) {
      covered = fonts.some((font) => font.hasGlyphForCodePoint(codePoint));
      known.set(codePoint, covered);
    }
    return covered;
  };
}

const LONG_WORD = 28;
const CHUNK = 14;

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

// Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, Han): a line may
// break between two of their words, found by the word segmenter's dictionaries, with no hyphen.
const UNSPACED =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

const ENDS_UNSPACED = new RegExp(`(?:${UNSPACED.source})$`, 'u');

/**
 * react-pdf's hyphenation callback: the parts a word (text between spaces) may break into. Two
 * parts side by side break with a hyphen; an empty part between them is a break without one
 * (textkit makes it a zero-width glue, as it does a space). No dictionary hyphenation: names, ids
 * and non-English words print as written. A word longer than a table cell can hold (28
 * graphemes) breaks in chunks of 14 graphemes, with a hyphen; text in a script without spaces
 * breaks between its words, without a hyphen. Never inside a grapheme (a surrogate pair, an emoji
 * sequence, a Thai or Devanagari cluster).
 */
export function breakLongWords(word: string): string[] {
  if (word.length <= LONG_WORD && !UNSPACED.test(word)) return [word];
  // Words of an unspaced script stand alone; anything else stays with its neighbours, as typed.
  const pieces: string[] = [];
  let lastUnspaced = false;
  for (const { segment } of wordSegmenter.segment(word)) {
    const unspaced = UNSPACED.test(segment);
    if (pieces.length > 0 && !(unspaced && lastUnspaced)) pieces[pieces.length - 1] += segment;
    else pieces.push(segment);
    lastUnspaced = unspaced;
  }
  const parts: string[] = [];
  for (const piece of pieces) {
    const unspaced = UNSPACED.test(piece);
    if (unspaced && parts.length > 0) parts.push('');
    const chunks = chunksOf(piece);
    // Chunks of a long word break with a hyphen, those of an unspaced run (a Han run the
    // dictionary does not know) without.
    chunks.forEach((chunk, i) => {
      if (i > 0 && unspaced) parts.push('');
      parts.push(chunk);
    });
  }
  // textkit calls this once per run (a change of script or font starts one: 協会|の|皆様), and
  // marks a hyphen break between the runs' parts: an empty part after text in an unspaced
  // script makes that a break without a hyphen.
  if (ENDS_UNSPACED.test(word)) parts.push('');
  return parts;
}

/** `text` in chunks of CHUNK graphemes when it is longer than LONG_WORD graphemes. */
function chunksOf(text: string): string[] {
  if (text.length <= LONG_WORD) return [text];
  const graphemes = Array.from(graphemeSegmenter.segment(text), ({ segment }) => segment);
  if (graphemes.length <= LONG_WORD) return [text];
  const chunks: string[] = [];
  for (let i = 0; i < graphemes.length; i += CHUNK)
    chunks.push(graphemes.slice(i, i + CHUNK).join(''));
  return chunks;
}
