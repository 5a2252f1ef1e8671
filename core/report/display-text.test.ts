// Tests of the text clean-up applied to every record string a report prints.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayText, optionalText, PLACEHOLDER } from './display-text';

describe('displayText', () => {
  it('shows control characters as the placeholder and keeps line feeds', () => {
    expect(displayText('a\u0007b')).toBe(`a${PLACEHOLDER}b`);
    expect(displayText('a\u0000b\u007fc\u0085d')).toBe(
      `a${PLACEHOLDER}b${PLACEHOLDER}c${PLACEHOLDER}d`,
    );
    expect(displayText('one\r\ntwo\rthree\tfour')).toBe('one\ntwo\nthree four');
  });

  it('keeps markup, right-to-left text, Greek, Cyrillic and emoji as written', () => {
    for (const text of [
      '<img src=x onerror=alert(1)>',
      'שלום עולם',
      'مرحبا',
      'Ἀθῆναι',
      'Москва',
      '🎉👩‍👩‍👧',
    ]) {
      expect(displayText(text)).toBe(text);
    }
  });

  it('replaces lone surrogates', () => {
    expect(displayText('a\ud800b')).toBe(`a${PLACEHOLDER}b`);
    expect(displayText('a\udc00')).toBe(`a${PLACEHOLDER}`);
  });

  it('never lets a control character through, and leaves printable text unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = displayText(text);
        // eslint-disable-next-line no-control-regex -- the test looks for control characters
        expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        expect(out).not.toMatch(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
        );
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        // eslint-disable-next-line no-control-regex -- the test removes control characters
        const printable = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
        expect(displayText(printable)).toBe(printable);
      }),
    );
  });

  it('turns blank optional text into null', () => {
    expect(optionalText('  ')).toBeNull();
    expect(optionalText(null)).toBeNull();
    expect(optionalText(' x ')).toBe('x');
  });
});
