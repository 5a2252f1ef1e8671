// The rule for a character that no shipped font can draw: it prints as one visible placeholder
// (�, from a font that has it) instead of falling through to a PDF standard font, which would
// print other characters in its place and, for a code point beyond U+FFFF, overlap its
// neighbours. Pure: the caller says which code points the fonts cover (fonts.ts knows).

import { PLACEHOLDER } from '../display-text';

/** Whether some shipped font has a glyph for `codePoint`. */
export type GlyphCoverage = (codePoint: number) => boolean;

// Invisible format characters (Unicode's Default_Ignorable_Code_Point, the parts that occur in
// real text): joiners, direction marks, variation selectors, word joiner, byte order mark, tags.
// Where no font maps one, dropping it changes nothing that could be seen; a placeholder would.
const IGNORABLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

/** Whether a code point is an invisible format character (joiner, variation selector, mark…). */
export function isIgnorable(codePoint: number): boolean {
  return IGNORABLE.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Spaces of other widths (Unicode's Zs); one the fonts lack prints as a plain space. */
function isSpace(codePoint: number): boolean {
  return (
    codePoint === 0x20 ||
    codePoint === 0xa0 ||
    codePoint === 0x1680 ||
    (codePoint >= 0x2000 && codePoint <= 0x200a) ||
    codePoint === 0x202f ||
    codePoint === 0x205f ||
    codePoint === 0x3000
  );
}

// Printable ASCII and line feeds: every report font stack starts with a Latin font.
const PLAIN = /^[\n\x20-\x7e]*$/;

/**
 * `text` with every code point the fonts cannot draw replaced: an invisible format character is
 * dropped, a space becomes U+0020, anything else becomes the placeholder �. Line feeds stay
 * (they break lines; no font draws them).
 */
export function printableText(text: string, covers: GlyphCoverage): string {
  if (PLAIN.test(text)) return text;
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (codePoint === 0x0a || covers(codePoint)) out += char;
    else if (isIgnorable(codePoint)) continue;
    else if (isSpace(codePoint)) out += ' ';
    else out += PLACEHOLDER;
  }
  return out;
}

/** Plain data's containers: arrays and plain objects (a Date or a class instance is a leaf). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * Every code point of every string in `value` (plain data), printable ASCII left out. Walks the
 * same values as `printableData`: strings in arrays and plain objects.
 */
export function codePointsOf(value: unknown): Set<number> {
  const found = new Set<number>();
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      if (PLAIN.test(item)) return;
      for (const char of item) {
        const codePoint = char.codePointAt(0) as number;
        if (codePoint > 0x7e || (codePoint < 0x20 && codePoint !== 0x0a)) found.add(codePoint);
      }
    } else if (Array.isArray(item)) item.forEach(visit);
    else if (isPlainObject(item)) Object.values(item).forEach(visit);
  };
  visit(value);
  return found;
}

/**
 * `value` (plain data: objects, arrays, strings…) with `printableText` applied to every string in
 * it. When the fonts cover every code point (`codePoints`, if the caller has them), the usual
 * case, `value` itself: no copy of a large report model.
 */
export function printableData<T>(
  value: T,
  covers: GlyphCoverage,
  codePoints: Iterable<number> = codePointsOf(value),
): T {
  for (const codePoint of codePoints) if (!covers(codePoint)) return printableCopy(value, covers);
  return value;
}

function printableCopy<T>(value: T, covers: GlyphCoverage): T {
  if (typeof value === 'string') return printableText(value, covers) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableCopy(item, covers)) as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = printableCopy(item, covers);
    return out as T;
  }
  return value;
}
