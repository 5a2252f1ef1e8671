// Tests of CSV import previews: name resolution, per-row problems naming column and rule, modes.
import { describe, expect, it } from 'vitest';
import { fixtureDataset, sequentialIds } from '../../test/fixtures/csv/fixture-dataset';
import { chooseImport, previewImport } from './csv-import';
import { suggestMapping } from './csv-mapping';
import type { ImportKind } from './csv-mapping';
import { parseCsv } from './csv-parse';
import type { DateOrder } from './csv-values';
import type { Pulse } from '../domain/types';

function preview(
  kind: ImportKind,
  text: string,
  dateOrder: DateOrder = 'iso',
  partnershipId?: string,
) {
  const parsed = parseCsv(text);
  const options = partnershipId === undefined ? {} : { partnershipId };
  return previewImport(
    kind,
    parsed,
    suggestMapping(kind, parsed.header),
    dateOrder,
    fixtureDataset(),
    sequentialIds(),
    options,
  );
}

describe('previewImport: pulses', () => {
  it('resolves names ignoring case, spaces and accent composition, and reads ratings and text as given', () => {
    const result = preview(
      'pulses',
      'Partnership,Organisation,Date,Respondent,Reliability,Fairness,Comment\n' +
        ' reading together ,universite\u0301 de gene\u0300ve,31/12/2026,Zoë,4.0,2,=1+1 is not run\n',
      'dmy',
    );
    expect(result.fileProblems).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        problems: [],
        record: {
          id: 'new-1',
          partnershipId: 'p-read',
          date: '2026-12-31',
          partyId: 'o-uni',
          respondent: 'Zoë',
          scores: { reliability: 4, fairness: 2 },
          comment: '=1+1 is not run',
        },
      },
    ]);
  });

  it('refuses a party that is not one of the partnership parties, naming both', () => {
    const result = preview(
      'pulses',
      'partnership,party,date\nReading Together,Acme Corp,2026-02-01\n',
    );
    expect(result.rows[0]).toEqual({
      rowNumber: 2,
      problems: [
        'Column "party" (party): "Acme Corp" is not one of the parties of partnership "Reading Together" (City Library, Université de Genève).',
      ],
    });
  });

  it('lists every broken cell of a row, each with its column', () => {
    const result = preview(
      'pulses',
      'partnership,party,date,Q: follows through,respect\nNowhere,,2026-13-01,6,four\n',
    );
    expect(result.rows[0]?.record).toBeUndefined();
    expect(result.rows[0]?.problems).toEqual([
      'Column "partnership" (partnership): "Nowhere" does not match any partnership by name or id.',
      'Column "party" (party): is empty, but every row needs it.',
      'Column "Q: follows through" (reliability): "6" is not a whole number from 1 to 5.',
      'Column "respect" (respect): "four" is not a number; ratings are whole numbers from 1 to 5.',
      'Column "date" (date): "2026-13-01" is not a real calendar date.',
    ]);
  });

  it('words schema rules with the column too, e.g. a broken character in text given as a string', () => {
    const result = preview(
      'pulses',
      'partnership,party,date,Remarks\nReading Together,City Library,2026-02-01,half \uD83D emoji\n',
    );
    expect(result.rows[0]?.problems).toEqual([
      'Column "Remarks" (comment): must be valid Unicode text (it contains a lone UTF-16 surrogate, half of a broken character).',
    ]);
  });

  it('refuses a partnership given for the whole file that does not exist', () => {
    const parsed = parseCsv('party,date\nCity Library,2026-02-01\n');
    const result = previewImport(
      'pulses',
      parsed,
      suggestMapping('pulses', parsed.header),
      'iso',
      fixtureDataset(),
      sequentialIds(),
      { partnershipId: 'p-gone' },
    );
    expect(result.rows[0]?.problems).toEqual([
      'Field partnership: "p-gone" does not match any partnership by name or id.',
    ]);
  });

  it('uses the partnership given for the whole file when no column holds it', () => {
    const result = preview(
      'pulses',
      'party,date,benefit\nCity Library,2026-02-01,5\n',
      'iso',
      'p-read',
    );
    expect(result.rows[0]?.record).toMatchObject({ partnershipId: 'p-read', partyId: 'o-lib' });
  });

  it('says which column is missing when a required field has none', () => {
    const result = preview('pulses', 'party,date\nCity Library,2026-02-01\n');
    expect(result.fileProblems).toEqual([
      'No column is chosen for partnership, which every row needs: choose its column.',
    ]);
    expect(result.rows).toEqual([]);
  });

  it('refuses a column chosen for two fields', () => {
    const parsed = parseCsv('partnership,party,date\nReading Together,City Library,2026-02-01\n');
    const mapping = { ...suggestMapping('pulses', parsed.header), respondent: 1 };
    const result = previewImport(
      'pulses',
      parsed,
      mapping,
      'iso',
      fixtureDataset(),
      sequentialIds(),
    );
    expect(result.fileProblems).toEqual([
      'Column "party" is chosen for both party and respondent: choose one column for each.',
    ]);
  });
});

describe('previewImport: check-ins and goal updates', () => {
  it('reads a check-in with its kind, initiator and participants', () => {
    const result = preview(
      'interactions',
      'partnership,date,type,initiated by,attendees,quality,notes\n' +
        'Open Data,2026-03-02,Workshop,acme corp,"Ana; Bo, Cy",5,Planning\n',
    );
    expect(result.rows[0]?.record).toEqual({
      id: 'new-1',
      partnershipId: 'p-data',
      date: '2026-03-02',
      kind: 'workshop',
      initiatorPartyId: 'o-acme',
      participants: ['Ana', 'Bo', 'Cy'],
      quality: 5,
      summary: 'Planning',
    });
  });

  it('refuses an unknown kind of check-in with the allowed kinds', () => {
    const result = preview('interactions', 'partnership,date,kind\nOpen Data,2026-03-02,Lunch\n');
    expect(result.rows[0]?.problems).toEqual([
      'Column "kind" (kind): "Lunch" is not one of meeting, call, email, workshop, review, other.',
    ]);
  });

  it('finds a goal by title within its partnership', () => {
    const result = preview(
      'goalUpdates',
      'partnership,goal,date,value,confidence\nOpen Data,members,2026-04-01,-2.5,At risk\n',
    );
    expect(result.rows[0]?.record).toEqual({
      id: 'new-1',
      goalId: 'g-data-members',
      date: '2026-04-01',
      value: -2.5,
      confidence: 'at-risk',
    });
  });

  it('asks for the goal id when a title is shared by two partnerships and none is given', () => {
    const result = preview('goalUpdates', 'goal,date,value\nMembers,2026-04-01,3\n');
    expect(result.rows[0]?.problems).toEqual([
      'Column "goal" (goal): "Members" matches 2 goals; use the goal\'s id.',
    ]);
  });

  it('names the partnership when a goal title is unknown there', () => {
    const result = preview(
      'goalUpdates',
      'partnership,goal,date,value\nReading Together,Datasets published,2026-04-01,3\n',
    );
    expect(result.rows[0]?.problems).toEqual([
      'Column "goal" (goal): "Datasets published" does not match any goal in partnership "Reading Together" by title or id.',
    ]);
  });
});

describe('chooseImport', () => {
  const text =
    'partnership,party,date,respect\n' +
    'Reading Together,City Library,2026-02-01,4\n' +
    'Reading Together,City Library,2026-02-02,9\n';

  it('imports every valid row and names the skipped ones', () => {
    const choice = chooseImport(preview('pulses', text), 'valid-rows');
    expect(choice).toEqual({
      ok: true,
      records: [expect.objectContaining({ date: '2026-02-01', scores: { respect: 4 } })],
      skippedRows: [3],
      alreadyImported: 0,
    });
  });

  it('imports nothing in all-or-nothing mode when one row is wrong, saying which', () => {
    expect(chooseImport(preview('pulses', text), 'all-or-nothing')).toEqual({
      ok: false,
      problems: ['Row 3: Column "respect" (respect): "9" is not a whole number from 1 to 5.'],
    });
  });

  it('names each row once in all-or-nothing problems, parse problems included', () => {
    const ragged = preview('pulses', `${text}Reading Together,City Library\n`);
    expect(chooseImport(ragged, 'all-or-nothing')).toEqual({
      ok: false,
      problems: [
        'Row 3: Column "respect" (respect): "9" is not a whole number from 1 to 5.',
        'Row 4: This row has 2 cells but the header has 4: 2 missing.',
        'Row 4: Column "date" (date): is empty, but every row needs it.',
      ],
    });
  });

  it('imports nothing when no row is valid', () => {
    const choice = chooseImport(preview('pulses', 'partnership,party,date\nX,Y,Z\n'), 'valid-rows');
    expect(choice).toEqual({
      ok: false,
      problems: ['No row of the file can be imported; see the problems of each row.'],
    });
  });
});

describe('rows already imported', () => {
  const csv =
    'partnership,party,date,respect,comment\n' +
    'Reading Together,City Library,2026-02-01,4,\n' +
    'Reading Together,City Library,2026-02-01,4,Good call\n' +
    'reading together,city library,01/02/2026,4.0,\n' +
    'Reading Together,City Library,2026-02-02,9,\n';

  /** Previews `csv` as pulses against the fixture data set plus `stored` pulses. */
  function previewWith(stored: Pulse[], text = csv) {
    const parsed = parseCsv(text);
    const dataset = { ...fixtureDataset(), pulses: stored };
    return previewImport(
      'pulses',
      parsed,
      suggestMapping('pulses', parsed.header),
      'dmy',
      dataset,
      sequentialIds(),
    );
  }

  it('keeps identical rows of one file apart: each is a record of its own', () => {
    const rows = previewWith([]).rows;
    expect(rows.map((row) => [row.rowNumber, row.alreadyImported, row.record?.id])).toEqual([
      [2, undefined, 'new-1'],
      [3, undefined, 'new-2'],
      [4, undefined, 'new-3'],
      [5, undefined, undefined],
    ]);
  });

  it('marks rows whose record is stored under another id, and imports the rest once', () => {
    const first = chooseImport(previewWith([]), 'valid-rows');
    if (!first.ok) throw new Error('the first import should go ahead');
    expect(first.records).toHaveLength(3);
    expect(first.alreadyImported).toBe(0);
    // The same file again, after the first import stored its records.
    const again = previewWith(first.records);
    expect(again.rows.map((row) => row.alreadyImported)).toEqual([true, true, true, undefined]);
    expect(chooseImport(again, 'valid-rows')).toEqual({
      ok: true,
      records: [],
      skippedRows: [5],
      alreadyImported: 3,
    });
  });

  it('counts stored copies: two identical rows over one stored copy add one, then none', () => {
    // Rows 2 and 4 have the same content (cells written differently); one copy is stored.
    const [copy] = previewWith([]).rows.map((row) => row.record!);
    const once = previewWith([copy!]);
    expect(once.rows.map((row) => row.alreadyImported)).toEqual([
      true,
      undefined,
      undefined,
      undefined,
    ]);
    const added = chooseImport(once, 'valid-rows');
    if (!added.ok) throw new Error('two rows are new');
    expect(added.records.map((r) => r.comment)).toEqual(['Good call', undefined]);
    const again = previewWith([copy!, ...added.records]);
    expect(again.rows.map((row) => row.alreadyImported)).toEqual([true, true, true, undefined]);
  });

  it('does not count a repeat as a problem in all-or-nothing mode', () => {
    const clean = csv.split('\n').slice(0, 4).join('\n');
    const stored = previewWith([]).rows[0]!.record!;
    const choice = chooseImport(previewWith([stored], clean), 'all-or-nothing');
    expect(choice).toMatchObject({ ok: true, skippedRows: [], alreadyImported: 1 });
  });

  it('keeps a stored record that differs in one field apart', () => {
    const stored: Pulse = {
      id: 'kept',
      partnershipId: 'p-read',
      partyId: 'o-lib',
      date: '2026-02-01',
      scores: { respect: 5 },
    };
    expect(previewWith([stored]).rows[0]!.alreadyImported).toBeUndefined();
  });
});
