// Runs every file of the malformed-CSV corpus (test/fixtures/csv) through parse and import
// preview, and checks that each flaw is refused or marked with its own specific message.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDataset, sequentialIds } from '../../test/fixtures/csv/fixture-dataset';
import { chooseImport, previewImport } from './csv-import';
import type { ImportPreview } from './csv-import';
import { suggestMapping } from './csv-mapping';
import type { ImportKind } from './csv-mapping';
import { parseCsv } from './csv-parse';
import type { ParsedCsv } from './csv-parse';
import { detectDateOrder } from './csv-values';
import type { DateOrder } from './csv-values';

const CORPUS = join(import.meta.dirname, '../../test/fixtures/csv');

interface Case {
  kind: ImportKind;
  /** The date order the user confirms; by default the one detected from the date column. */
  dateOrder?: DateOrder;
  /** Problems that stop the whole file, each matched as a substring, in order. */
  fileProblems?: string[];
  /** Per spreadsheet row: the expected problems (substrings, in order), or 'ok' for a record. */
  rows?: Record<number, 'ok' | string[]>;
  check?: (parsed: ParsedCsv, preview: ImportPreview<ImportKind>) => void;
}

const CASES: Record<string, Case> = {
  'empty.csv': {
    kind: 'pulses',
    fileProblems: ['The file is empty: it has no header row and no data.'],
  },
  'blank-lines-only.csv': {
    kind: 'pulses',
    fileProblems: ['The file is empty'],
  },
  'header-only.csv': {
    kind: 'pulses',
    fileProblems: ['The file has a header row but no data rows'],
  },
  'missing-required-column.csv': {
    kind: 'pulses',
    fileProblems: ['No column is chosen for date, which every row needs'],
  },
  'unterminated-quote.csv': {
    kind: 'pulses',
    rows: {
      2: 'ok',
      3: ['The quoted cell in column 7 never closes, so the rest of the file was read into it'],
    },
    check: (parsed) => expect(parsed.rows).toHaveLength(2),
  },
  'missing-columns.csv': {
    kind: 'pulses',
    rows: { 2: 'ok', 3: ['This row has 3 cells but the header has 7: 4 missing.'] },
  },
  'extra-columns.csv': {
    kind: 'pulses',
    rows: { 2: ['This row has 9 cells but the header has 7: 2 extra.'], 3: 'ok' },
  },
  'rating-out-of-range.csv': {
    kind: 'pulses',
    rows: {
      2: ['Column "reliability" (reliability): "6" is not a whole number from 1 to 5.'],
      3: ['Column "respect" (respect): "0" is not a whole number from 1 to 5.'],
    },
  },
  'rating-fractional.csv': {
    kind: 'pulses',
    rows: { 2: ['Column "reliability" (reliability): "4.5" is not a whole number from 1 to 5.'] },
  },
  'rating-not-a-number.csv': {
    kind: 'pulses',
    rows: {
      2: [
        '"four" is not a number; ratings are whole numbers from 1 to 5',
        'Column "respect" (respect): "good" is not a number',
      ],
    },
  },
  'unknown-partnership.csv': {
    kind: 'pulses',
    rows: { 2: ['"Reading Apart" does not match any partnership by name or id'] },
  },
  'party-not-in-partnership.csv': {
    kind: 'pulses',
    rows: {
      2: [
        '"Acme Corp" is not one of the parties of partnership "Reading Together" (City Library, Université de Genève)',
      ],
      3: ['"Nobody Ltd" does not match any organization by name or id'],
    },
  },
  'blank-required-cells.csv': {
    kind: 'pulses',
    rows: {
      2: ['Column "partnership" (partnership): is empty, but every row needs it.'],
      3: ['Column "date" (date): is empty, but every row needs it.'],
    },
  },
  'bad-dates.csv': {
    kind: 'pulses',
    rows: {
      2: ['"2026-02-30" is not a real calendar date'],
      3: ['"31/12/26" is not a date: write YYYY-MM-DD, or day and month with a four-digit year'],
      4: ['"yesterday" is not a date'],
    },
  },
  'ambiguous-dates.csv': {
    kind: 'pulses',
    rows: {
      2: ['"03/04/2026" could be day/month/year or month/day/year: choose the date order'],
      3: ['"05/06/2026" could be day/month/year or month/day/year'],
    },
    check: (parsed) => expect(detectDateOrder(parsed.rows.map((r) => r[2]!))).toBe('ambiguous'),
  },
  'cr-line-ends.csv': {
    kind: 'pulses',
    rows: { 2: ['Column "respect" (respect): "6" is not a whole number from 1 to 5.'] },
  },
  'formula-cells.csv': {
    kind: 'pulses',
    rows: {
      2: 'ok',
      3: ['Column "reliability" (reliability): "=5" is not a number'],
    },
    check: (_parsed, preview) => {
      // Formula-looking text is kept as plain text, character for character.
      expect(preview.rows[0]?.record).toMatchObject({
        respondent: '+1 555 0100',
        comment: '=HYPERLINK("http://evil.example","click")',
      });
    },
  },
  'huge-field.csv': {
    kind: 'pulses',
    rows: {
      2: [
        'Column "comment" (comment): the cell holds 120000 characters, more than the limit of 100000; check for a quote that is never closed.',
      ],
      3: 'ok',
    },
  },
  'non-finite-values.csv': {
    kind: 'goalUpdates',
    rows: {
      2: ['Column "value" (value): "NaN" is not a finite number.'],
      3: ['"Infinity" is not a finite number'],
      4: ['"-Infinity" is not a finite number'],
      5: ['"1e999" is not a finite number'],
    },
  },
  'goal-value-not-a-number.csv': {
    kind: 'goalUpdates',
    rows: {
      2: ['Column "value" (value): "twelve" is not a number.'],
      3: ['Column "value" (value): is empty, but every row needs it.'],
    },
  },
  'unknown-goal.csv': {
    kind: 'goalUpdates',
    rows: {
      2: ['"Satisfied readers" does not match any goal in partnership "Open Data" by title or id'],
      3: [
        '"Datasets published" does not match any goal in partnership "Reading Together" by title or id',
      ],
    },
  },
  'bad-confidence.csv': {
    kind: 'goalUpdates',
    rows: { 2: ['"maybe" is not one of on-track, at-risk, off-track'] },
  },
  'semicolon-decimal-comma.csv': {
    kind: 'goalUpdates',
    rows: { 2: 'ok', 3: ['Column "value" (value): "12.345,6" is not a number.'] },
    check: (parsed, preview) => {
      expect(parsed.delimiter).toBe(';');
      expect(preview.rows[0]?.record).toMatchObject({
        goalId: 'g-data-sets',
        date: '2026-03-31',
        value: 12.5,
      });
    },
  },
  'utf16le-bom.csv': {
    kind: 'pulses',
    rows: { 2: 'ok', 3: ['Column "respect" (respect): "7" is not a whole number from 1 to 5.'] },
    check: (parsed, preview) => {
      expect([parsed.encoding, parsed.hasBom, parsed.delimiter]).toEqual(['utf-16le', true, '\t']);
      expect(preview.rows[0]?.record).toMatchObject({ partyId: 'o-uni', respondent: 'Zoë' });
    },
  },
  'utf16be-bom.csv': {
    kind: 'pulses',
    rows: { 2: 'ok', 3: ['"Ünknown GmbH" does not match any organization by name or id'] },
    check: (parsed, preview) => {
      expect(parsed.encoding).toBe('utf-16be');
      expect(preview.rows[0]?.record).toMatchObject({ partyId: 'o-acme', scores: { respect: 3 } });
    },
  },
  'windows-1252-accents.csv': {
    kind: 'pulses',
    dateOrder: 'dmy',
    rows: { 2: 'ok', 3: ['"Universite de Geneve" does not match any organization by name or id'] },
    check: (parsed, preview) => {
      expect(parsed.encoding).toBe('windows-1252');
      expect(preview.rows[0]?.record).toMatchObject({
        partyId: 'o-uni',
        date: '2026-02-01',
        respondent: 'Hélène Müller',
        comment: 'Budget 5 000 € “agreed”',
      });
    },
  },
  'interaction-problems.csv': {
    kind: 'interactions',
    rows: {
      2: ['"Lunch" is not one of meeting, call, email, workshop, review, other'],
      3: ['"City Library" is not one of the parties of partnership "Open Data"'],
      4: ['Column "quality" (quality): "3.5" is not a whole number from 1 to 5.'],
    },
  },
};

function run(file: string, c: Case) {
  const parsed = parseCsv(new Uint8Array(readFileSync(join(CORPUS, file))));
  const mapping = suggestMapping(c.kind, parsed.header);
  const dateColumn = mapping.date;
  const detected = detectDateOrder(
    dateColumn === null || dateColumn === undefined
      ? []
      : parsed.rows.map((r) => r[dateColumn] ?? ''),
  );
  const preview = previewImport(
    c.kind,
    parsed,
    mapping,
    c.dateOrder ?? detected,
    fixtureDataset(),
    sequentialIds(),
  );
  return { parsed, preview };
}

describe('malformed CSV corpus', () => {
  it('has a case for every file and at least 20 files', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.csv'));
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(CASES))('%s is refused or marked with its own message', (file, c) => {
    const { parsed, preview } = run(file, c);
    expect(preview.fileProblems).toHaveLength(c.fileProblems?.length ?? 0);
    c.fileProblems?.forEach((expected, i) => expect(preview.fileProblems[i]).toContain(expected));
    const expectedRows = c.rows ?? {};
    expect(preview.rows.map((r) => r.rowNumber)).toEqual(Object.keys(expectedRows).map(Number));
    for (const row of preview.rows) {
      const expected = expectedRows[row.rowNumber]!;
      if (expected === 'ok') {
        expect(row.problems).toEqual([]);
        expect(row.record).toBeDefined();
      } else {
        expect(row.record).toBeUndefined();
        expect(row.problems).toHaveLength(expected.length);
        expected.forEach((text, i) => expect(row.problems[i]).toContain(text));
      }
    }
    c.check?.(parsed, preview);
    // A flawed file never passes all-or-nothing.
    expect(chooseImport(preview, 'all-or-nothing').ok).toBe(false);
  });
});
