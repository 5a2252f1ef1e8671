// Text shaping (fontkit's `layout`: OpenType substitution and positioning of a run of text) is the
// largest single cost of a long report, and a report shapes the same strings again and again
// (bands, dates, column headings, figures; once when measuring and again when paginating).
// The large portfolio shapes 37,000 runs of which 5,100 are distinct: remembering each result for
// the length of one render cuts the portfolio's time by about a sixth.
//
// Only react-pdf's text layout is remembered: it always names the direction, and it treats the
// result as read-only (it scales the positions into new objects and copies the glyph array before
// drawing; checked against @react-pdf/textkit and @react-pdf/render 4.x, and render-report-pdf.test.ts
// compares a report's bytes with and without the cache). pdfkit's own text drawing, which
// react-pdf uses only for its debug overlay, names no direction and scales the positions in place:
// those calls, and any call given glyphs instead of a string, are shaped afresh every time.

/** The part of a loaded font (fontkit's) that shapes text; react-pdf calls it with these arguments. */
export interface ShapedFont {
  layout(
    text: string,
    features?: unknown,
    script?: string,
    language?: string,
    direction?: string,
  ): object;
}
type GlyphRun = object;

/** Whether `font` shapes text itself (a loaded font file does; PDF's standard fonts do not). */
export function isShapedFont(font: unknown): font is ShapedFont {
  return typeof (font as Partial<ShapedFont> | null)?.layout === 'function';
}

const caches = new Map<ShapedFont, Map<string, GlyphRun>>();
let enabled = true;

/** Turns remembering on or off (the test that compares output with and without it). */
export function setShapingCacheEnabled(on: boolean): void {
  enabled = on;
  clearShapingCache();
}

/** Makes `font` remember what it shaped until `clearShapingCache()`; idempotent. */
export function rememberShaping(font: ShapedFont): void {
  if (caches.has(font)) return;
  const cache = new Map<string, GlyphRun>();
  caches.set(font, cache);
  const layout = font.layout.bind(font);
  font.layout = (text, features, script, language, direction) => {
    if (!enabled || typeof text !== 'string' || direction === undefined) {
      return layout(text, features, script, language, direction);
    }
    // `features` is an array of tags or an object of switches; either way JSON keeps it apart.
    const key = `${JSON.stringify(features ?? null)}|${script ?? ''}|${language ?? ''}|${direction}|${text}`;
    let run = cache.get(key);
    if (run === undefined) {
      run = layout(text, features, script, language, direction);
      cache.set(key, run);
    }
    return run;
  };
}

/** Forgets every remembered run (called after each render, so memory cannot grow across reports). */
export function clearShapingCache(): void {
  for (const cache of caches.values()) cache.clear();
}

/** How many shaped runs are remembered now (for tests). */
export function shapingCacheSize(): number {
  let size = 0;
  for (const cache of caches.values()) size += cache.size;
  return size;
}
