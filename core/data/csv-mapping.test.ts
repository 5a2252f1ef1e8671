// Tests of the first guess of which CSV column fills which field.
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, normaliseHeader, suggestMapping } from './csv-mapping';

describe('normaliseHeader', () => {
  it('ignores case, spaces, punctuation and accents', () => {
    expect(normaliseHeader(' Organisation-ID ')).toBe('organisationid');
    expect(normaliseHeader('Année (réponse)')).toBe('anneereponse');
  });
});

describe('suggestMapping', () => {
  it('maps exact names and synonyms whatever their spelling', () => {
    const header = [
      'Timestamp',
      'Partnership',
      'Organization',
      'Respondent',
      'Reliability',
      'Notes',
    ];
    expect(suggestMapping('pulses', header)).toMatchObject({
      date: 0,
      partnership: 1,
      party: 2,
      respondent: 3,
      reliability: 4,
      comment: 5,
      openness: null,
    });
    expect(suggestMapping('pulses', ['ORGANISATION', 'org'])).toMatchObject({ party: 0 });
  });

  it('recognises survey question wording', () => {
    const header = [
      'Partnership',
      'Your organisation',
      'Date',
      'Q1. The other party follows through on what it commits to',
      'Q2. The partnership adapts well when plans change',
      'Anything else you want to tell us?',
    ];
    expect(suggestMapping('pulses', header)).toMatchObject({
      party: 1,
      reliability: 3,
      flexibility: 4,
      comment: 5,
    });
  });

  it('prefers the id column when a file has both ids and names', () => {
    const header = ['id', 'partnershipId', 'partnership', 'date', 'partyId', 'party'];
    expect(suggestMapping('pulses', header)).toMatchObject({ partnership: 1, party: 4 });
  });

  it('uses each column once and leaves unknown fields unmapped', () => {
    const mapping = suggestMapping('goalUpdates', ['Goal', 'Date', 'Value', 'Notes', 'Comments']);
    expect(mapping).toEqual({
      partnership: null,
      goal: 0,
      date: 1,
      value: 2,
      confidence: null,
      note: 3,
    });
  });

  it('gives every field of the kind a key', () => {
    for (const kind of ['pulses', 'interactions', 'goalUpdates'] as const) {
      expect(Object.keys(suggestMapping(kind, []))).toEqual(
        IMPORT_FIELDS[kind].map((f) => f.field),
      );
    }
  });
});
