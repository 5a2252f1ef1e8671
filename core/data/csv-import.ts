// Turns parsed CSV rows into pulses, check-ins or goal updates: resolves names to ids, reads
// typed cells, validates each record with the shared schemas, says per row what is wrong, and
// marks the rows whose record is already stored or repeats an earlier row (nothing twice).

import type { CollectionRecords } from '../domain/types';
import { IMPORT_FIELDS } from './csv-mapping';
import type { CsvMapping, ImportKind } from './csv-mapping';
import { csvProblemText } from './csv-parse';
import type { ParsedCsv } from './csv-parse';
import { checkCellLengths, placeOf, ROW_READERS, rowContext } from './csv-row-reader';
import type { CellSource, ImportOptions } from './csv-row-reader';
import type { DateOrder } from './csv-values';
import { recordChecker } from './dataset-rules';
import type { DatasetRecords } from './dataset-rules';
import { findStored } from './record-content';
import { validateRecord } from './record-schemas';
import { formatIssue } from './validation-issue';
import type { ValidationIssue } from './validation-issue';

export { MAX_CELL_LENGTH } from './csv-row-reader';
export type { ImportOptions } from './csv-row-reader';

export interface ImportRow<K extends ImportKind> {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  /** The record to store, present only when the row has no problem and is not a repeat. */
  record?: CollectionRecords[K];
  problems: string[];
  /**
   * True when the row's record is already stored (a stored copy with the same content that no
   * earlier row of the file matched), so it is not imported again.
   */
  alreadyImported?: true;
}

export interface ImportPreview<K extends ImportKind> {
  kind: K;
  rows: ImportRow<K>[];
  /** Problems that stop the whole file (nothing to import, a required column not chosen …). */
  fileProblems: string[];
}

/** The import field behind a record field path, to name the column in a message. */
function importFieldOf(path: string): string {
  const root = path.split(/[.[]/)[0] ?? path;
  const byRecordField: Record<string, string> = {
    partnershipId: 'partnership',
    partyId: 'party',
    initiatorPartyId: 'initiator',
    goalId: 'goal',
    scores: path.split('.')[1] ?? 'scores',
  };
  return byRecordField[root] ?? root;
}

function issueText(issue: ValidationIssue, source: CellSource): string {
  const field = importFieldOf(issue.field);
  if (field in source.mapping) return `${placeOf(source, field)}: ${issue.rule}.`;
  return `${formatIssue({ ...issue, recordId: undefined })}.`;
}

function fileProblemsOf(
  kind: ImportKind,
  parsed: ParsedCsv,
  mapping: CsvMapping,
  options: ImportOptions,
) {
  const problems = parsed.problems.filter((p) => p.rowNumber === undefined || p.rowNumber === 1);
  const out = problems.map(csvProblemText);
  // Without a header there are no columns to choose: the parse problem says it all.
  if (parsed.header.length === 0) return out;
  const columnsUsed = new Map<number, string>();
  for (const spec of IMPORT_FIELDS[kind]) {
    const index = mapping[spec.field];
    if (index === null || index === undefined) {
      const given = spec.field === 'partnership' && options.partnershipId !== undefined;
      if (spec.required && !given) {
        out.push(
          `No column is chosen for ${spec.field}, which every row needs: choose its column.`,
        );
      }
      continue;
    }
    if (!Number.isInteger(index) || index < 0 || index >= parsed.header.length) {
      out.push(`The column chosen for ${spec.field} is not in the file: choose another one.`);
      continue;
    }
    const other = columnsUsed.get(index);
    if (other !== undefined) {
      out.push(
        `Column "${parsed.header[index]}" is chosen for both ${other} and ${spec.field}: choose one column for each.`,
      );
    }
    columnsUsed.set(index, spec.field);
  }
  return out;
}

/** The messages of the parse problems of each data row, by row number. */
function parseProblemsByRow(parsed: ParsedCsv): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  for (const problem of parsed.problems) {
    if (problem.rowNumber === undefined) continue;
    const list = byRow.get(problem.rowNumber);
    if (list) list.push(problem.message);
    else byRow.set(problem.rowNumber, [problem.message]);
  }
  return byRow;
}

/** The rows whose record is already stored (see findStored), marked as such. */
function markStored<K extends ImportKind>(
  rows: ImportRow<K>[],
  stored: readonly CollectionRecords[K][],
): ImportRow<K>[] {
  const found = findStored(
    rows.map((row) => row.record),
    stored,
  );
  return rows.map((row, i) =>
    found[i] ? { rowNumber: row.rowNumber, problems: [], alreadyImported: true } : row,
  );
}

/**
 * Previews importing `parsed` as records of `kind`: each data row gets either a validated record
 * (new id from `makeId`), the problems that stop it, each naming the column and the rule, or the
 * mark that its content is already stored (every field but the id the same; each stored copy
 * answers for one row, so identical rows of one file are kept apart). Names of partnerships, parties and goals are matched ignoring case; ids
 * match too. Text cells stay text: nothing in a cell is ever evaluated. Nothing is written.
 */
export function previewImport<K extends ImportKind>(
  kind: K,
  parsed: ParsedCsv,
  mapping: CsvMapping,
  dateOrder: DateOrder,
  dataset: DatasetRecords,
  makeId: () => string,
  options: ImportOptions = {},
): ImportPreview<K> {
  const fileProblems = fileProblemsOf(kind, parsed, mapping, options);
  if (fileProblems.length > 0) return { kind, rows: [], fileProblems };
  const ctx = rowContext(dataset, options, dateOrder);
  const checkInDataset = recordChecker(dataset);
  const parseProblems = parseProblemsByRow(parsed);
  const rows = parsed.rows.map((row, i): ImportRow<K> => {
    const rowNumber = parsed.rowNumbers[i] ?? i + 2;
    const problems = [...(parseProblems.get(rowNumber) ?? [])];
    const source: CellSource = {
      row,
      mapping,
      header: parsed.header,
      decimalComma: parsed.delimiter !== ',',
      problems,
      defaultsPartnership: (field) =>
        field === 'partnership' && options.partnershipId !== undefined,
    };
    checkCellLengths(source);
    const candidate = ROW_READERS[kind](source, ctx);
    if (problems.length > 0) return { rowNumber, problems };
    const checked = validateRecord(kind, { id: makeId(), ...candidate });
    if (!checked.ok) {
      return { rowNumber, problems: checked.issues.map((issue) => issueText(issue, source)) };
    }
    const crossIssues = checkInDataset(kind, checked.value);
    if (crossIssues.length > 0) {
      return { rowNumber, problems: crossIssues.map((issue) => issueText(issue, source)) };
    }
    return { rowNumber, record: checked.value, problems: [] };
  });
  const stored = dataset[kind] as readonly CollectionRecords[K][];
  return { kind, rows: markStored(rows, stored), fileProblems };
}

/** 'valid-rows' imports every row that has a record; 'all-or-nothing' imports only a flawless file. */
export type ImportMode = 'valid-rows' | 'all-or-nothing';

export type ImportChoice<K extends ImportKind> =
  | {
      ok: true;
      records: CollectionRecords[K][];
      skippedRows: number[];
      /** How many rows were left out because their record is already imported. */
      alreadyImported: number;
    }
  | { ok: false; problems: string[] };

/**
 * The records to write for the user's choice of mode, or why nothing can be written. Rows
 * already imported are left out in both modes: they are not problems, and a file imported a
 * second time writes nothing.
 */
export function chooseImport<K extends ImportKind>(
  preview: ImportPreview<K>,
  mode: ImportMode,
): ImportChoice<K> {
  if (preview.fileProblems.length > 0) return { ok: false, problems: preview.fileProblems };
  const bad = preview.rows.filter(
    (row) => row.record === undefined && row.alreadyImported === undefined,
  );
  const alreadyImported = preview.rows.filter((row) => row.alreadyImported !== undefined).length;
  if (mode === 'all-or-nothing' && bad.length > 0) {
    return {
      ok: false,
      problems: bad.flatMap((row) => row.problems.map((p) => `Row ${row.rowNumber}: ${p}`)),
    };
  }
  const records = preview.rows.flatMap((row) => (row.record ? [row.record] : []));
  if (records.length === 0 && alreadyImported === 0) {
    return {
      ok: false,
      problems: ['No row of the file can be imported; see the problems of each row.'],
    };
  }
  return { ok: true, records, skippedRows: bad.map((row) => row.rowNumber), alreadyImported };
}
