// Tests of CSV decoding, delimiter detection and RFC 4180 parsing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvProblemText, decodeCsvBytes, detectDelimiter, parseCsv } from './csv-parse';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    out.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return out;
}

describe('decodeCsvBytes', () => {
  it('strips a UTF-8 byte-order mark and says it was there', () => {
    const decoded = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('né,b')]));
    expect(decoded).toEqual({ text: 'né,b', encoding: 'utf-8', hasBom: true });
  });

  it('reads UTF-16 in both byte orders', () => {
    expect(decodeCsvBytes(utf16('a,ü€', false))).toEqual({
      text: 'a,ü€',
      encoding: 'utf-16le',
      hasBom: true,
    });
    expect(decodeCsvBytes(utf16('a,ü€', true))).toEqual({
      text: 'a,ü€',
      encoding: 'utf-16be',
      hasBom: true,
    });
  });

  it('reads valid UTF-8 without a mark as UTF-8', () => {
    expect(decodeCsvBytes(utf8('Zoë 🤝'))).toEqual({
      text: 'Zoë 🤝',
      encoding: 'utf-8',
      hasBom: false,
    });
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    // "Café €5 “–”" as Excel on Windows writes it: é = 0xE9, € = 0x80, curly quotes and a dash.
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x20, 0x93, 0x96, 0x94,
    ]);
    expect(decodeCsvBytes(bytes)).toEqual({
      text: 'Café €5 \u201c\u2013\u201d',
      encoding: 'windows-1252',
      hasBom: false,
    });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1,5;2,5;3\n', ';'],
    ['a\tb\n1\t2\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
  ] as const)('finds the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('ignores delimiters inside quoted fields', () => {
    expect(detectDelimiter('"a;x";"b;y"\n"1,2,3";"4,5"\n')).toBe(';');
    expect(detectDelimiter('name,comment\nA,"we; they; all"\nB,"x;y;z"\n')).toBe(',');
  });

  it('defaults to a comma for a single-column file', () => {
    expect(detectDelimiter('name\nA\nB\n')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('parses quoted fields, doubled quotes and embedded newlines', () => {
    const parsed = parseCsv('name,comment\r\n"Smith, J","said ""hi""\r\nthen left"\r\n');
    expect(parsed.header).toEqual(['name', 'comment']);
    expect(parsed.rows).toEqual([['Smith, J', 'said "hi"\r\nthen left']]);
    expect(parsed.rowNumbers).toEqual([2]);
    expect(parsed.problems).toEqual([]);
  });

  it('keeps a quote inside an unquoted cell as a character, as spreadsheets do', () => {
    expect(parseCsv('a,b\n5" screen,"x"\n').rows).toEqual([['5" screen', 'x']]);
  });

  it('accepts LF, CRLF and CR line ends alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const parsed = parseCsv(['a,b', '1,2', '3,4'].join(eol));
      expect(parsed.rows).toEqual([
        ['1', '2'],
        ['3', '4'],
      ]);
    }
  });

  it('keeps empty cells and a trailing empty cell', () => {
    expect(parseCsv('a,b,c\n1,,\n,2,\n').rows).toEqual([
      ['1', '', ''],
      ['', '2', ''],
    ]);
  });

  it('skips rows holding nothing but spaces and delimiters, as spreadsheets write empty rows', () => {
    const parsed = parseCsv('a,b,c\n,,\n , ,\n1,2,3\n');
    expect(parsed.rows).toEqual([['1', '2', '3']]);
    expect(parsed.rowNumbers).toEqual([4]);
    expect(parsed.problems).toEqual([]);
  });

  it('skips blank lines but keeps counting rows like a spreadsheet', () => {
    const parsed = parseCsv('a,b\n1,2\n\n3,4\n');
    expect(parsed.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parsed.rowNumbers).toEqual([2, 4]);
  });

  it('reports an unterminated quote with its row and column', () => {
    const parsed = parseCsv('a,b\n1,"open\n2,3\n');
    expect(parsed.problems).toEqual([
      {
        kind: 'unterminated-quote',
        rowNumber: 2,
        message: expect.stringMatching(/^The quoted cell in column 2 never closes/),
      },
    ]);
  });

  it('marks rows with missing or extra cells and keeps their cells as read', () => {
    const parsed = parseCsv('a,b,c\n1,2\n1,2,3,4\n');
    expect(parsed.rows).toEqual([
      ['1', '2'],
      ['1', '2', '3', '4'],
    ]);
    expect(parsed.problems.map((p) => [p.kind, p.rowNumber, p.message])).toEqual([
      ['missing-columns', 2, 'This row has 2 cells but the header has 3: 1 missing.'],
      ['extra-columns', 3, 'This row has 4 cells but the header has 3: 1 extra.'],
    ]);
    // The row is named once, by whoever shows the message.
    expect(parsed.problems.map(csvProblemText)).toEqual([
      'Row 2: This row has 2 cells but the header has 3: 1 missing.',
      'Row 3: This row has 4 cells but the header has 3: 1 extra.',
    ]);
  });

  it('says when the file is empty or has only a header', () => {
    expect(parseCsv(new Uint8Array()).problems.map((p) => p.kind)).toEqual(['empty-file']);
    expect(parseCsv('\r\n\r\n').problems[0]?.message).toContain('The file is empty');
    const headerOnly = parseCsv('a,b\n');
    expect(headerOnly.header).toEqual(['a', 'b']);
    expect(headerOnly.problems[0]?.message).toContain('header row but no data rows');
  });

  it('strips a BOM from text input too', () => {
    const parsed = parseCsv('\uFEFFa,b\n1,2');
    expect(parsed.header).toEqual(['a', 'b']);
    expect(parsed.hasBom).toBe(true);
  });

  it('reads back any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 });
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: 2,
        maxLength: 6,
      }),
    );
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';', '\t', '|'), (rows, delimiter) => {
        // A row of nothing but spaces is an empty row: the parser skips those by design.
        fc.pre(rows.every((r) => r.some((c) => c.trim() !== '')));
        const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
        const text = rows.map((r) => r.map(quote).join(delimiter)).join('\r\n');
        const parsed = parseCsv(text, delimiter);
        expect([parsed.header, ...parsed.rows]).toEqual([
          rows[0]!.map((h) => h.trim()),
          ...rows.slice(1),
        ]);
      }),
    );
  });
});
