// The patched textkit draws each user-perceived character in one font of the report's stack:
// emoji sequences and keycaps are one glyph of the emoji font, and a run of emoji keeps its font.
// Read from the PDF's decompressed content stream (which font draws which glyphs).

import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { loadReportFonts } from './fonts';
import { pdfGlyphRuns, type GlyphRun } from './pdf-tools.test-support';
import { codePointsOf } from './printable-text';
import { Document, Page, Text, pdf } from './react-pdf';

/** The glyph runs of a one-page PDF holding `text` alone, in the report's font stack for it. */
async function glyphRunsOf(text: string): Promise<GlyphRun[]> {
  const { stack } = await loadReportFonts(codePointsOf(text));
  const page = createElement(
    Page,
    { size: 'A4' },
    createElement(Text, { style: { fontFamily: stack, fontSize: 12 } }, text),
  );
  const blob = await pdf(createElement(Document, null, page)).toBlob();
  return pdfGlyphRuns(new Uint8Array(await blob.arrayBuffer())).filter(
    (run) => run.glyphs.length > 0,
  );
}

/** How many glyphs each font draws. */
function glyphsPerFont(runs: GlyphRun[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { font, glyphs } of runs) counts[font] = (counts[font] ?? 0) + glyphs.length;
  return counts;
}

describe('font choice per character', () => {
  it('draws a ZWJ family as one glyph of the emoji font', async () => {
    expect(glyphsPerFont(await glyphRunsOf('👨‍👩‍👧'))).toEqual({ 'NotoEmoji-Regular': 1 });
  });

  it('draws a keycap as one emoji glyph, so nothing is drawn over the next letter', async () => {
    // C, two spaces and D in Inter; the keycap 1️⃣ (1, U+FE0F, U+20E3) as one glyph.
    expect(glyphsPerFont(await glyphRunsOf('C 1️⃣ D'))).toEqual({
      'Inter-Regular': 4,
      'NotoEmoji-Regular': 1,
    });
    expect(glyphsPerFont(await glyphRunsOf('#️⃣'))).toEqual({ 'NotoEmoji-Regular': 1 });
  });

  it('keeps emoji in a row in the emoji font (never Inter’s empty glyph 0)', async () => {
    const runs = await glyphRunsOf('A 🎉🎉 B 👍👍👍');
    expect(glyphsPerFont(runs)).toEqual({ 'Inter-Regular': 5, 'NotoEmoji-Regular': 5 });
    for (const run of runs) expect(run.glyphs, run.font).not.toContain(0);
  });
});
