// The placeholder rule (printableText, printableData, codePointsOf) on made-up coverage, and the
// shipped fonts' real coverage: every promised script, and the stack loaded for a text.

import { describe, expect, it } from 'vitest';
import { loadReportFonts } from './fonts';
import { PLACEHOLDER } from '../display-text';
import { codePointsOf, printableData, printableText, type GlyphCoverage } from './printable-text';

/** Fonts that know ASCII letters and the Hebrew block only. */
const latinAndHebrew: GlyphCoverage = (cp) =>
  (cp >= 0x41 && cp <= 0x7a) || cp === 0x20 || (cp >= 0x0590 && cp <= 0x05ff);

describe('printableText', () => {
  it('keeps what the fonts cover and line feeds', () => {
    expect(printableText('Abc\nשלום', latinAndHebrew)).toBe('Abc\nשלום');
  });

  it('prints one placeholder per code point no font has, astral ones included', () => {
    expect(printableText('A東B🤝C', latinAndHebrew)).toBe(`A${PLACEHOLDER}B${PLACEHOLDER}C`);
    expect(printableText('x\u{10FFFD}y', latinAndHebrew)).toBe(`x${PLACEHOLDER}y`);
  });

  it('drops invisible format characters no font has, and prints missing spaces as spaces', () => {
    // Zero-width joiner, variation selector 16, right-to-left mark; ideographic and thin spaces.
    expect(printableText('a\u200db\ufe0fc\u200fd', latinAndHebrew)).toBe('abcd');
    expect(printableText('a\u3000b\u2009c', latinAndHebrew)).toBe('a b c');
  });
});

describe('printableData', () => {
  it('applies the rule to every string of plain data and leaves the rest alone', () => {
    const data = { name: '東京', n: 3, list: ['ok', { note: 'a🤝' }], none: null, flag: true };
    expect(printableData(data, latinAndHebrew)).toEqual({
      name: PLACEHOLDER + PLACEHOLDER,
      n: 3,
      list: ['ok', { note: `a${PLACEHOLDER}` }],
      none: null,
      flag: true,
    });
  });

  it('returns the data itself, not a copy, when the fonts cover every code point', () => {
    const data = { name: 'שלום', list: ['Abc', { note: 'x' }] };
    expect(printableData(data, latinAndHebrew)).toBe(data);
    expect(printableData(data, latinAndHebrew, codePointsOf(data))).toBe(data);
  });
});

describe('codePointsOf', () => {
  it('collects the code points of every string, printable ASCII left out', () => {
    const found = codePointsOf({ a: 'Zoë', b: ['東', { c: 'x🤝' }], n: 4 });
    expect([...found].sort((x, y) => x - y)).toEqual([0xeb, 0x6771, 0x1f91d]);
  });

  it('walks the same values as printableData: plain objects and arrays, not class instances', () => {
    class Labelled {
      label = '東';
    }
    const data = { date: new Date(0), item: new Labelled(), note: 'é' };
    expect([...codePointsOf(data)]).toEqual([0xe9]);
    expect(printableData(data, latinAndHebrew).item).toBe(data.item);
  });
});

describe('the shipped fonts', () => {
  it('cover every script the reports promise, and the placeholder itself', async () => {
    const promised = 'AéΩЖשعनก東あア한🤝\u2011\uFFFD';
    const { covers } = await loadReportFonts(codePointsOf(promised));
    for (const char of promised) expect(covers(char.codePointAt(0)!), char).toBe(true);
    expect(printableText(promised, covers)).toBe(promised);
  });

  it('do not cover private-use or Ol Chiki code points, which print as the placeholder', async () => {
    const text = 'ᱚ\u{10FFFD}';
    const { covers } = await loadReportFonts(codePointsOf(text));
    expect(printableText(text, covers)).toBe(PLACEHOLDER + PLACEHOLDER);
  });

  it('make a stack of only what the text needs, in stack order', async () => {
    expect((await loadReportFonts(codePointsOf('Zoë – Ωμέγα'))).stack).toEqual([
      'Inter',
      'ReportSymbols',
    ]);
    expect((await loadReportFonts(codePointsOf('서울 東京 שלום'))).stack).toEqual([
      'Inter',
      'NotoSansHebrew',
      'NotoSansSC',
      'NotoSansKR',
      'ReportSymbols',
    ]);
  });

  it('load no font for a joiner or variation selector alone', async () => {
    // U+200D is in the Hebrew font, U+FE0F in the emoji font: neither decides the stack.
    expect((await loadReportFonts(codePointsOf('Family 👨‍👩‍👧 ❤️ a\u200db'))).stack).toEqual([
      'Inter',
      'NotoEmoji',
      'ReportSymbols',
    ]);
    expect((await loadReportFonts(codePointsOf('Zoë\u200d\ufe0f'))).stack).toEqual([
      'Inter',
      'ReportSymbols',
    ]);
  });
});
