// breakLongWords, react-pdf's hyphenation callback: where a word may break, with or without a
// hyphen, and never inside a grapheme; then the same words laid out in a narrow box.

import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { breakLongWords, loadReportFonts } from './fonts';
import { pdfText } from './pdf-tools.test-support';
import { codePointsOf } from './printable-text';
import { Document, Page, Text, View, pdf } from './react-pdf';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

const JAPANESE = '東京港湾パートナーシップ協会の皆様へ';
const THAI = 'ครอบครัวมีความสุขมากมายในกรุงเทพมหานคร';

/** Whether two non-empty parts meet somewhere (textkit then draws a hyphen between them). */
function hyphenates(parts: string[]): boolean {
  return parts.some((part, i) => i > 0 && part !== '' && parts[i - 1] !== '');
}

describe('breakLongWords', () => {
  it('leaves a word that fits a table cell whole', () => {
    expect(breakLongWords('Partnership')).toEqual(['Partnership']);
    expect(breakLongWords('東京Lab')).toEqual(['東京Lab']);
  });

  it('breaks a long Latin word in chunks of 14 graphemes, with hyphens', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänswitwe';
    const parts = breakLongWords(word);
    expect(parts.join('')).toBe(word);
    expect(parts.length).toBeGreaterThan(1);
    expect(hyphenates(parts)).toBe(true);
    for (const part of parts.slice(0, -1)) expect(graphemes(part)).toHaveLength(14);
  });

  it('never cuts a surrogate pair or an emoji sequence', () => {
    const word = `${'a'.repeat(13)}👨‍👩‍👧${'b'.repeat(12)}🎉${'c'.repeat(10)}`;
    const parts = breakLongWords(word);
    expect(parts.join('')).toBe(word);
    expect(parts.flatMap(graphemes)).toEqual(graphemes(word));
  });

  it('breaks Japanese, Chinese and Thai between words, without a hyphen', () => {
    for (const word of [JAPANESE, '北京合作伙伴关系委员会年度报告书', THAI]) {
      const parts = breakLongWords(word);
      expect(parts.join(''), word).toBe(word);
      expect(parts.filter((part) => part !== '').length, word).toBeGreaterThan(2);
      expect(hyphenates(parts), word).toBe(false);
      expect(parts.flatMap(graphemes), word).toEqual(graphemes(word));
    }
    // Thai words from the dictionary, not fixed chunks: ครอบครัว (family) stays whole.
    expect(breakLongWords(THAI)[0]).toBe('ครอบครัว');
  });

  it('keeps Devanagari clusters whole when it chunks a long word', () => {
    const word = 'मुंबईसाझेदारीहिन्दी'.repeat(3);
    const parts = breakLongWords(word);
    expect(parts.flatMap(graphemes)).toEqual(graphemes(word));
  });
});

describe('long words in a narrow box', () => {
  it('wrap Japanese and Thai with no hyphen, and every character comes back', async () => {
    // Kanji, kana and Greek make runs of different scripts, which textkit hyphenates between.
    const text = `Ἀθηνᾶ ${JAPANESE}${JAPANESE} ${THAI}`;
    const { stack } = await loadReportFonts(codePointsOf(text));
    const boxes = [60, 90, 120].map((width) =>
      createElement(
        View,
        { key: width, style: { width, marginBottom: 20 } },
        createElement(Text, { style: { fontFamily: stack, fontSize: 10 } }, text),
      ),
    );
    const page = createElement(Page, { size: 'A4' }, ...boxes);
    const blob = await pdf(createElement(Document, null, page)).toBlob();
    // Layout mode: the default mode joins a word hyphenated at a line end, hiding the hyphen.
    const lines = pdfText(new Uint8Array(await blob.arrayBuffer()), { layout: true })
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.join('')).not.toContain('-');
    expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, '').repeat(3));
  });
});
