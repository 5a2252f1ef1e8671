// Property tests of the schemas: every valid record passes unchanged and survives a JSON round
// trip; any text without lone surrogates is kept as is; a lone surrogate anywhere is refused.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../domain/types';
import {
  TRICKY_TEXTS,
  VALID_RECORD_ARBITRARIES,
  textArb,
  withoutUndefined,
} from './record-arbitraries.test-support';
import { validateRecord } from './record-schemas';

const loneSurrogateArb = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdbff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  // a low half before its high half is two lone halves, not a pair
  fc.constant('\uDC00\uD800'),
);

/** Fields that hold free text or ids (not enums, dates or timestamps). */
const FREE_TEXT_FIELDS = new Set(
  'id name notes purpose owner partnershipId partyId respondent comment initiatorPartyId summary title description unit goalId note wentWell toImprove'.split(
    ' ',
  ),
);

describe.each(COLLECTIONS)('%s records', (collection) => {
  const arb = VALID_RECORD_ARBITRARIES[collection];

  it('pass as they are and round-trip through JSON', () => {
    fc.assert(
      fc.property(arb, (record) => {
        const first = validateRecord(collection, record);
        if (!first.ok) throw new Error(JSON.stringify(first.issues));
        expect(first.value).toEqual(withoutUndefined(record));
        const second = validateRecord(collection, JSON.parse(JSON.stringify(first.value)));
        expect(second).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('refuse a lone surrogate in any text field', () => {
    fc.assert(
      fc.property(arb, loneSurrogateArb, fc.nat(), textArb, (record, lone, pick, text) => {
        const textFields = Object.keys(record).filter((k) => FREE_TEXT_FIELDS.has(k));
        const field = textFields[pick % textFields.length]!;
        // insert between whole code points, followed by a '|', so the half cannot pair up
        const points = [...text];
        const at = pick % (points.length + 1);
        const spoiled = [...points.slice(0, at), lone, '|', ...points.slice(at)].join('');
        const broken = { ...record, [field]: spoiled };
        const result = validateRecord(collection, broken);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.issues.some((i) => i.field === field && /valid Unicode/.test(i.rule))).toBe(
            true,
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('text', () => {
  it('keeps emoji, right-to-left text and combining marks unchanged', () => {
    for (const text of TRICKY_TEXTS) {
      const result = validateRecord('organizations', { id: text, name: text, notes: text });
      expect(result).toEqual({
        ok: true,
        value: { id: text, name: text, kind: 'other', notes: text },
      });
    }
  });

  it('keeps any well-formed text unchanged through JSON', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const result = validateRecord(
          'milestones',
          JSON.parse(
            JSON.stringify({
              id: 'm',
              partnershipId: 'p',
              date: '2026-01-01',
              title: 'T',
              description: text,
              celebrated: false,
            }),
          ),
        );
        expect(result.ok && result.value.description).toBe(text);
      }),
    );
  });
});
