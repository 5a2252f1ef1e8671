// Reads a CSV file's bytes into a header and rows: detects the encoding and the delimiter, parses
// RFC 4180 quoting, and reports (never silently repairs) unterminated quotes and ragged rows.

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
type UnicodeEncoding = Exclude<CsvEncoding, 'windows-1252'>;
export type CsvDelimiter = ',' | ';' | '\t' | '|';

export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

export type CsvProblemKind =
  'empty-file' | 'no-data-rows' | 'unterminated-quote' | 'missing-columns' | 'extra-columns';

/**
 * A problem found while reading the file; `rowNumber` counts records as a spreadsheet does
 * (header = 1). The message does not repeat the row number: whoever shows it names the row.
 */
export interface CsvProblem {
  kind: CsvProblemKind;
  rowNumber?: number;
  message: string;
}

/** A parse problem as one line of text, naming its row when it has one. */
export function csvProblemText(problem: CsvProblem): string {
  return problem.rowNumber === undefined
    ? problem.message
    : `Row ${problem.rowNumber}: ${problem.message}`;
}

export interface ParsedCsv {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  hasBom: boolean;
  header: string[];
  /** Data rows exactly as read: a row with too few or too many cells keeps them and gets a problem. */
  rows: string[][];
  /** The spreadsheet row number of each entry of `rows` (blank lines are skipped but still counted). */
  rowNumbers: number[];
  problems: CsvProblem[];
}

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
  hasBom: boolean;
}

/**
 * Decodes file bytes: a UTF-8 or UTF-16 byte-order mark decides; otherwise UTF-8 when the bytes are
 * valid UTF-8, else windows-1252 (what Excel on Windows writes). The BOM is removed from the text.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8', hasBom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', hasBom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', hasBom: true };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', hasBom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', hasBom: false };
  }
}

// Bytes 0x80–0x9F of windows-1252 (WHATWG table; unassigned bytes keep their C1 code point).
// Decoded by hand because Node's TextDecoder treats the label as latin1 and loses €, ", – and co.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes windows-1252 bytes (the rest of the table is the same as Latin-1). */
function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const byte of bytes) {
    chars.push(
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte),
    );
  }
  return chars.join('');
}

function decode(encoding: UnicodeEncoding, bytes: Uint8Array): string {
  // ignoreBOM keeps a second BOM as text: we strip exactly the one we detected.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

interface RawRecord {
  fields: string[];
  rowNumber: number;
  unterminatedQuoteColumn?: number;
}

/**
 * Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, newlines inside quotes,
 * CRLF, LF or CR line ends). Stops after `maxRecords` records when given.
 */
export function splitCsvRecords(
  text: string,
  delimiter: CsvDelimiter,
  maxRecords = Infinity,
): RawRecord[] {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteOpenedAt = -1;
  let rowNumber = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ fields, rowNumber });
    fields = [];
    field = '';
    rowNumber += 1;
  };
  while (i < text.length && records.length < maxRecords) {
    if (inQuotes) {
      // Copy up to the next quote in one slice: large quoted cells stay fast to read.
      const quote = text.indexOf('"', i);
      if (quote < 0) {
        field += text.slice(i);
        break;
      }
      field += text.slice(i, quote);
      if (text[quote + 1] === '"') {
        field += '"';
        i = quote + 2;
      } else {
        inQuotes = false;
        i = quote + 1;
      }
      continue;
    }
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      inQuotes = true;
      quoteOpenedAt = fields.length;
      i += 1;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // Plain characters up to the next delimiter or line end, in one slice. A quote inside an
      // unquoted field is kept as a literal character, as spreadsheets do.
      let end = i + 1;
      while (end < text.length && !isSpecial(text[end]!, delimiter)) end += 1;
      field += text.slice(i, end);
      i = end;
    }
  }
  if (records.length < maxRecords && (inQuotes || field !== '' || fields.length > 0)) {
    fields.push(field);
    const record: RawRecord = { fields, rowNumber };
    if (inQuotes) record.unterminatedQuoteColumn = quoteOpenedAt + 1;
    records.push(record);
  }
  return records;
}

function isSpecial(ch: string, delimiter: CsvDelimiter): boolean {
  return ch === delimiter || ch === '\r' || ch === '\n';
}

const SAMPLE_RECORDS = 20;

/**
 * Picks the delimiter that splits the first records into the same number (> 1) of fields most
 * often; quotes are respected, so a comma inside a quoted field does not count. Defaults to `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const candidate of CSV_DELIMITERS) {
    const sample = splitCsvRecords(text, candidate, SAMPLE_RECORDS).filter((r) => !isBlank(r));
    const width = sample[0]?.fields.length ?? 0;
    if (width < 2) continue;
    const consistent = sample.filter((r) => r.fields.length === width).length;
    // Consistency first; among equally consistent candidates the wider split wins.
    const score = consistent * 1000 + width;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** A line with nothing but spaces and delimiters (spreadsheets write `,,,` for an empty row). */
function isBlank(record: RawRecord): boolean {
  return !record.unterminatedQuoteColumn && record.fields.every((f) => f.trim() === '');
}

/**
 * Reads a CSV file (bytes, or text already decoded) into its header and data rows, with every
 * problem found: empty file, header without data, unterminated quote, rows with missing or extra cells.
 */
export function parseCsv(input: Uint8Array | string, delimiter?: CsvDelimiter): ParsedCsv {
  const decoded: DecodedText =
    typeof input === 'string'
      ? {
          text: input.startsWith('\uFEFF') ? input.slice(1) : input,
          encoding: 'utf-8',
          hasBom: input.startsWith('\uFEFF'),
        }
      : decodeCsvBytes(input);
  const sep = delimiter ?? detectDelimiter(decoded.text);
  const records = splitCsvRecords(decoded.text, sep).filter((r) => !isBlank(r));
  const problems: CsvProblem[] = [];
  const base = { encoding: decoded.encoding, delimiter: sep, hasBom: decoded.hasBom };
  const headerRecord = records[0];
  if (!headerRecord) {
    problems.push({
      kind: 'empty-file',
      message:
        'The file is empty: it has no header row and no data. Choose a CSV file with a header row.',
    });
    return { ...base, header: [], rows: [], rowNumbers: [], problems };
  }
  const header = headerRecord.fields.map((h) => h.trim());
  const dataRecords = records.slice(1);
  if (dataRecords.length === 0 && !headerRecord.unterminatedQuoteColumn) {
    problems.push({
      kind: 'no-data-rows',
      message: 'The file has a header row but no data rows: there is nothing to import.',
    });
  }
  for (const record of records) {
    if (record.unterminatedQuoteColumn) {
      problems.push({
        kind: 'unterminated-quote',
        rowNumber: record.rowNumber,
        message:
          `The quoted cell in column ${record.unterminatedQuoteColumn} ` +
          'never closes, so the rest of the file was read into it. Add the missing closing quote (").',
      });
    }
  }
  for (const record of dataRecords) {
    const count = record.fields.length;
    if (count < header.length) {
      problems.push({
        kind: 'missing-columns',
        rowNumber: record.rowNumber,
        message: `This row has ${count} ${cells(count)} but the header has ${header.length}: ${header.length - count} missing.`,
      });
    } else if (count > header.length) {
      problems.push({
        kind: 'extra-columns',
        rowNumber: record.rowNumber,
        message: `This row has ${count} ${cells(count)} but the header has ${header.length}: ${count - header.length} extra.`,
      });
    }
  }
  return {
    ...base,
    header,
    rows: dataRecords.map((r) => r.fields),
    rowNumbers: dataRecords.map((r) => r.rowNumber),
    problems,
  };
}

function cells(n: number): string {
  return n === 1 ? 'cell' : 'cells';
}
