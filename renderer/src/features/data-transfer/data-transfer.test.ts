// The pure parts of CSV import and export: describing the detected file, moving columns between
// fields, the date order, the import summary, and the export files.
import { describe, expect, it } from 'vitest';
import type { Pulse } from '../../../../core/domain/types';
import { chooseImport, previewImport } from '../../../../core/data/csv-import';
import { suggestMapping } from '../../../../core/data/csv-mapping';
import { parseCsv } from '../../../../core/data/csv-parse';
import { fixtureDataset, sequentialIds } from '../../../../test/fixtures/csv/fixture-dataset';
import { buildCsvExport, fileSlug, seriesRange } from './csv-export-choices';
import {
  alreadyImportedText,
  columnChoices,
  describeDelimiter,
  describeEncoding,
  detectedDateOrder,
  fieldLabel,
  needsFilePartnership,
  setFieldColumn,
  skippedRowText,
  summariseImport,
} from './csv-import-wizard';

describe('CSV import wizard steps', () => {
  it('describes delimiter, encoding and byte-order mark in words', () => {
    expect(describeDelimiter(';')).toBe('semicolon (;)');
    expect(describeDelimiter('\t')).toBe('tab');
    expect(describeEncoding('utf-16le', true)).toBe('UTF-16 (little-endian), with byte-order mark');
    expect(describeEncoding('windows-1252', false)).toMatch(/^Windows-1252.*without/);
  });

  it('labels fields and offers every column plus "not imported"', () => {
    expect(fieldLabel('sharedMission')).toBe('Shared mission');
    expect(fieldLabel('date')).toBe('Date');
    expect(columnChoices(['Date', ''])).toEqual([
      { value: 'none', label: 'Not imported' },
      { value: '0', label: 'Column 1: Date' },
      { value: '1', label: 'Column 2: (no header)' },
    ]);
  });

  it('gives a column to one field only', () => {
    const mapping = { partnership: 0, party: null, date: 1 };
    expect(setFieldColumn(mapping, 'party', 1)).toEqual({ partnership: 0, party: 1, date: null });
    expect(setFieldColumn(mapping, 'date', null)).toEqual({
      partnership: 0,
      party: null,
      date: null,
    });
  });

  it('finds the date order in the chosen date column only', () => {
    const parsed = parseCsv('when,other\n31/12/2026,01/02/2026\n');
    expect(detectedDateOrder(parsed, { date: 0 })).toBe('dmy');
    expect(detectedDateOrder(parsed, { date: 1 })).toBe('ambiguous');
    expect(detectedDateOrder(parsed, { date: null })).toBe('iso');
  });

  it('asks for a file-wide partnership only when the kind has one and no column holds it', () => {
    expect(needsFilePartnership('pulses', { partnership: null })).toBe(true);
    expect(needsFilePartnership('pulses', { partnership: 2 })).toBe(false);
    expect(needsFilePartnership('goalUpdates', {})).toBe(true);
  });

  /** Imports pulses from `text` with its valid rows only, and summarises the import. */
  /** Previews and chooses `text` as pulses over the fixture data set plus `stored` pulses. */
  function choosePulses(text: string, stored: Pulse[] = []) {
    const parsed = parseCsv(text);
    const preview = previewImport(
      'pulses',
      parsed,
      suggestMapping('pulses', parsed.header),
      'iso',
      { ...fixtureDataset(), pulses: stored },
      sequentialIds(),
    );
    const choice = chooseImport(preview, 'valid-rows');
    if (!choice.ok) throw new Error('a row is new');
    return { preview, choice };
  }

  function importPulses(text: string) {
    const { preview, choice } = choosePulses(text);
    return summariseImport(preview, choice);
  }

  it('summarises what was imported and why each skipped row was skipped', () => {
    const summary = importPulses(
      'partnership,party,date,reliability\n' +
        'Reading Together,City Library,2026-03-01,4\n' +
        'Reading Together,Acme Corp,2026-03-02,5\n' +
        'Reading Together,City Library,2026-03-03,9\n',
    );
    expect(summary.imported).toBe(1);
    expect(summary.skipped.map((row) => row.rowNumber)).toEqual([3, 4]);
    expect(summary.skipped[0]!.problems.join(' ')).toMatch(/Acme Corp/);
    expect(summary.skipped[1]!.problems.join(' ')).toMatch(/9/);
  });

  it('counts rows already imported, including records stored since the preview', () => {
    const text =
      'partnership,party,date,reliability\n' +
      'Reading Together,City Library,2026-03-01,4\n' +
      'Reading Together,City Library,2026-03-01,4\n' +
      'Reading Together,City Library,2026-03-02,4\n';
    const stored = choosePulses(text).choice.records.slice(0, 1);
    const { preview, choice } = choosePulses(text, stored);
    expect(summariseImport(preview, choice)).toEqual({
      imported: 2,
      alreadyImported: 1,
      skipped: [],
    });
    // The write found one of the two stored in the meantime.
    expect(summariseImport(preview, choice, 1)).toMatchObject({ imported: 1, alreadyImported: 2 });
    expect(alreadyImportedText(2)).toBe('2 rows already imported');
    expect(alreadyImportedText(1)).toBe('1 row already imported');
  });

  it('names a row with too few cells once in the summary', () => {
    const [skipped] = importPulses(
      'partnership,party,date,reliability\n' +
        'Reading Together,City Library,2026-03-01,4\n' +
        'Reading Together,City Library,2026-03-02\n',
    ).skipped;
    expect(skippedRowText(skipped!)).toBe(
      'Row 3: This row has 3 cells but the header has 4: 1 missing.',
    );
  });
});

describe('CSV export choices', () => {
  it('writes each record list with a dated file name and its row count', () => {
    const data = fixtureDataset();
    const file = buildCsvExport('goals', data, '2026-11-28');
    expect(file.fileName).toBe('partnership-health-goals-2026-11-28.csv');
    expect(file.rows).toBe(3);
    const parsed = parseCsv(file.text);
    expect(parsed.rows.map((row) => row[parsed.header.indexOf('title')])).toEqual([
      'Members',
      'Members',
      'Datasets published',
    ]);
    expect(buildCsvExport('interactions', data, '2026-11-28').fileName).toMatch(/check-ins/);
  });

  it("writes a partnership's health series over the chosen period and step", () => {
    const file = buildCsvExport('healthSeries', fixtureDataset(), '2026-11-28', {
      partnershipId: 'p-read',
      period: '6m',
      step: 'month',
    });
    expect(file.fileName).toBe('health-series-reading-together-month-2026-11-28.csv');
    const parsed = parseCsv(file.text);
    expect(parsed.header.slice(0, 3)).toEqual(['date', 'health', 'band']);
    const dates = parsed.rows.map((row) => row[0]);
    expect(dates[0]).toBe('2026-05-31');
    expect(dates.at(-1)).toBe('2026-11-28');
    expect(file.rows).toBe(dates.length);
  });

  it('refuses a health series without a known partnership', () => {
    expect(() => buildCsvExport('healthSeries', fixtureDataset(), '2026-11-28')).toThrow(
      /Choose the partnership/,
    );
  });

  it('limits a series to the partnership’s life', () => {
    const p = { startDate: '2026-03-10', endDate: '2026-08-01' };
    expect(seriesRange(p, '2y', '2026-11-28')).toEqual({ from: '2026-03-10', to: '2026-08-01' });
    expect(seriesRange({ startDate: '2020-01-01' }, '1y', '2026-11-28')).toEqual({
      from: '2025-11-28',
      to: '2026-11-28',
    });
    expect(seriesRange({ startDate: '2020-01-01' }, 'all', '2026-11-28').from).toBe('2020-01-01');
  });

  it('makes file-name slugs from any name', () => {
    expect(fileSlug('Université de Genève × Acme', 'x')).toBe('universite-de-geneve-acme');
    expect(fileSlug('شراكة', 'p-7')).toBe('p-7');
  });
});
