// Matching records by content: every field but the id counts, "nothing" is one value, and the
// first of several equal candidates is the one kept.
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../domain/types';
import { contentKey, findStored } from './record-content';

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

describe('findStored', () => {
  it('lets each stored copy answer for one candidate, in order', () => {
    const stored = [{ ...meeting, id: 'stored' }];
    const other = { ...meeting, id: 'n-2', date: '2026-03-09' };
    const candidates = [
      { ...meeting, id: 'n-1' },
      other,
      undefined,
      { ...meeting, id: 'n-4' },
      { ...other, id: 'n-5' },
    ];
    expect(findStored(candidates, stored)).toEqual([true, false, false, false, false]);
    expect(findStored(candidates, [...stored, { ...meeting, id: 's-2' }, other])).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('finds nothing stored in an empty store', () => {
    expect(findStored([meeting, { ...meeting }], [])).toEqual([false, false]);
  });
});
