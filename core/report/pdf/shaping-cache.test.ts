import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_FONT_FAMILY, loadReportFonts } from './fonts';
import { Font } from './react-pdf';
import {
  clearShapingCache,
  isShapedFont,
  setShapingCacheEnabled,
  shapingCacheSize,
} from './shaping-cache';

async function loadedReportFont() {
  await loadReportFonts();
  const font = Font.getFont({ fontFamily: REPORT_FONT_FAMILY, fontWeight: 600 }).data;
  if (!isShapedFont(font)) throw new Error('the report font did not load');
  return font;
}

describe('shaping cache', () => {
  afterEach(() => clearShapingCache());

  it('makes every loaded report font remember what it shaped, until cleared', async () => {
    const font = await loadedReportFont();
    clearShapingCache();
    const first = font.layout('Partnership health', undefined, undefined, undefined, 'ltr');
    expect(font.layout('Partnership health', undefined, undefined, undefined, 'ltr')).toBe(first);
    expect(shapingCacheSize()).toBe(1);
    clearShapingCache();
    expect(shapingCacheSize()).toBe(0);
    expect(font.layout('Partnership health', undefined, undefined, undefined, 'ltr')).not.toBe(
      first,
    );
  });

  it('keeps runs apart by features and direction as well as text', async () => {
    const font = await loadedReportFont();
    clearShapingCache();
    const plain = font.layout('fi 10', undefined, undefined, undefined, 'ltr');
    expect(font.layout('fi 10', ['tnum'], undefined, undefined, 'ltr')).not.toBe(plain);
    expect(font.layout('fi 10', undefined, undefined, undefined, 'rtl')).not.toBe(plain);
    expect(shapingCacheSize()).toBe(3);
  });

  it('shapes afresh the calls that name no direction (pdfkit’s own, which scale in place)', async () => {
    const font = await loadedReportFont();
    clearShapingCache();
    const first = font.layout('Watch');
    expect(font.layout('Watch')).not.toBe(first);
    expect(shapingCacheSize()).toBe(0);
  });

  it('shapes afresh every time while turned off', async () => {
    const font = await loadedReportFont();
    setShapingCacheEnabled(false);
    try {
      const first = font.layout('Watch', undefined, undefined, undefined, 'ltr');
      expect(font.layout('Watch', undefined, undefined, undefined, 'ltr')).not.toBe(first);
      expect(shapingCacheSize()).toBe(0);
    } finally {
      setShapingCacheEnabled(true);
    }
  });

  it('tells a loaded font file from something that cannot shape', () => {
    expect(isShapedFont(null)).toBe(false);
    expect(isShapedFont({ layout: 'no' })).toBe(false);
    expect(isShapedFont({ layout: () => ({}) })).toBe(true);
  });
});
