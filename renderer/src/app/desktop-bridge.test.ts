// Reading the results of the platform's file dialogs, whatever shape the bridge returns.
import { describe, expect, it } from 'vitest';
import { openedText, wasSaved } from './desktop-bridge';

describe('desktop bridge results', () => {
  it('openedText takes text or { content }, and treats anything else as cancelled', () => {
    expect(openedText('{"a":1}')).toBe('{"a":1}');
    expect(openedText({ name: 'b.json', content: 'x' })).toBe('x');
    expect(openedText(null)).toBeNull();
    expect(openedText({ canceled: true })).toBeNull();
    expect(openedText({ content: new Uint8Array(1) })).toBeNull();
  });

  it('wasSaved is false only for a cancelled dialog', () => {
    expect(wasSaved({ saved: true, path: '/x' })).toBe(true);
    expect(wasSaved('/home/x.json')).toBe(true);
    for (const cancelled of [
      null,
      undefined,
      false,
      { canceled: true },
      { cancelled: true },
      { saved: false },
    ]) {
      expect(wasSaved(cancelled)).toBe(false);
    }
  });
});
