import { describe, expect, it } from 'vitest';
import { formatScore } from './format';

describe('formatScore (screens, CLI and reports alike)', () => {
  it('rounds scores to whole numbers and shows an en dash for no score', () => {
    expect(formatScore(70.88)).toBe('71');
    expect(formatScore(59.375)).toBe('59');
    expect(formatScore(0)).toBe('0');
    expect(formatScore(null)).toBe('\u2013');
  });
});
