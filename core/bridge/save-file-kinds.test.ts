import { describe, expect, it } from 'vitest';
import { SAVE_FILE_KINDS } from './desktop-api';
import { SAVE_FILE_FILTERS, fileNameForKind } from './save-file-kinds';

describe('SAVE_FILE_FILTERS', () => {
  it('offers exactly one extension per kind, the kind itself', () => {
    for (const kind of SAVE_FILE_KINDS) {
      expect(SAVE_FILE_FILTERS[kind].extensions).toEqual([kind]);
    }
  });
});

describe('fileNameForKind', () => {
  it.each([
    ['invoice.pdf.bat', 'pdf', 'invoice.pdf'],
    ['invoice.bat', 'pdf', 'invoice.pdf'],
    ['invoice.pdf.', 'pdf', 'invoice.pdf'],
    ['invoice.pdf . .', 'pdf', 'invoice.pdf'],
    ['invoice.exe ', 'pdf', 'invoice.pdf'],
    ['Partnership report.pdf', 'pdf', 'Partnership report.pdf'],
    ['REPORT.PDF', 'pdf', 'REPORT.PDF'],
    ['report', 'pdf', 'report.pdf'],
    ['Report 2026.11.28', 'pdf', 'Report 2026.11.28.pdf'],
    [
      'partnership-health-backup-2026-11-28.json',
      'json',
      'partnership-health-backup-2026-11-28.json',
    ],
    ['backup.json.lnk', 'json', 'backup.json'],
    ['export.csv.scr', 'csv', 'export.csv'],
    ['export.xlsx', 'csv', 'export.csv'],
    ['東京 港湾 🤝.pdf', 'pdf', '東京 港湾 🤝.pdf'],
    ['...', 'json', 'untitled.json'],
    ['.bat', 'csv', 'untitled.csv'],
  ] as const)('%s as %s → %s', (name, kind, expected) => {
    expect(fileNameForKind(name, kind)).toBe(expected);
  });

  it('always ends in the kind’s extension, whatever the name', () => {
    for (const kind of SAVE_FILE_KINDS) {
      for (const name of ['a.b.c', 'x.pdf.exe', 'y.', 'z ', 'q.json.csv.pdf.bat']) {
        expect(fileNameForKind(name, kind).toLowerCase().endsWith(`.${kind}`)).toBe(true);
      }
    }
  });
});
