// Matching records by content: every field but the id counts, "nothing" is one value, and the
// first of several equal candidates is the one kept.
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../domain/types';
import { contentKey, findRepeats } from './record-content';

const meeting: Interaction = {
  id: 'i-1',
  partnershipId: 'p1',
  date: '2026-03-02',
  kind: 'meeting',
  initiatorPartyId: 'A',
  participants: ['Ana', 'Ben'],
  summary: 'Spring plan',
};

describe('contentKey', () => {
  it('ignores the id and the order of fields', () => {
    const reordered = { summary: 'Spring plan', ...meeting, id: 'other' };
    expect(contentKey(reordered)).toBe(contentKey(meeting));
  });

  it('treats absent, null and an empty list as the same nothing', () => {
    const bare: Interaction = { id: 'x', partnershipId: 'p1', date: '2026-03-02', kind: 'call' };
    const spelled: Interaction = { ...bare, quality: null, participants: [], followUps: null };
    expect(contentKey(spelled)).toBe(contentKey(bare));
  });

  it.each([
    ['date', { date: '2026-03-03' }],
    ['kind', { kind: 'call' as const }],
    ['initiator', { initiatorPartyId: null }],
    ['participant order', { participants: ['Ben', 'Ana'] }],
    ['summary case', { summary: 'spring plan' }],
    ['a quality', { quality: 3 as const }],
  ])('tells records apart by %s', (_field, change) => {
    expect(contentKey({ ...meeting, ...change })).not.toBe(contentKey(meeting));
  });

  it('compares nested objects by content too', () => {
    const a = { id: '1', scores: { respect: 4, openness: 3 } };
    const b = { id: '2', scores: { openness: 3, respect: 4 } };
    expect(contentKey(a)).toBe(contentKey(b));
    expect(contentKey({ ...b, scores: { openness: 3 } })).not.toBe(contentKey(a));
  });
});

describe('findRepeats', () => {
  it('names what each candidate repeats: stored first, then the first earlier candidate', () => {
    const stored = [{ ...meeting, id: 'stored' }];
    const other = { ...meeting, id: 'n-2', date: '2026-03-09' };
    const candidates = [
      { ...meeting, id: 'n-1' },
      other,
      undefined,
      { ...other, id: 'n-4' },
      { ...other, id: 'n-5' },
    ];
    expect(findRepeats(candidates, stored)).toEqual([
      { of: 'stored' },
      null,
      null,
      { of: 'candidate', index: 1 },
      { of: 'candidate', index: 1 },
    ]);
  });

  it('finds nothing to repeat in an empty store and distinct candidates', () => {
    expect(findRepeats([meeting, { ...meeting, kind: 'call' }], [])).toEqual([null, null]);
  });
});
