// The pure steps of the CSV import wizard: how the detected file is described, the column
// choices, moving a column between fields, the date order to confirm, and the final summary.
import { IMPORT_FIELDS, type CsvMapping, type ImportKind } from '../../../../core/data/csv-mapping';
import type { CsvDelimiter, CsvEncoding, ParsedCsv } from '../../../../core/data/csv-parse';
import type { ImportChoice, ImportPreview } from '../../../../core/data/csv-import';
import { detectDateOrder, type DateOrder } from '../../../../core/data/csv-values';

export const IMPORT_KIND_CHOICES: { value: ImportKind; label: string }[] = [
  { value: 'pulses', label: 'Pulses (health check responses)' },
  { value: 'interactions', label: 'Check-ins (meetings, calls, emails)' },
  { value: 'goalUpdates', label: 'Goal updates' },
];

/** The value of the "not imported" choice in a column Select. */
export const NOT_IMPORTED = 'none';

const DELIMITER_NAMES: Record<CsvDelimiter, string> = {
  ',': 'comma (,)',
  ';': 'semicolon (;)',
  '\t': 'tab',
  '|': 'vertical bar (|)',
};

/** The delimiter as a person names it. */
export function describeDelimiter(delimiter: CsvDelimiter): string {
  return DELIMITER_NAMES[delimiter];
}

const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
};

/**
 * The encoding and byte-order mark as a person reads them.
 * @example describeEncoding('utf-8', true) === 'UTF-8, with byte-order mark'
 */
export function describeEncoding(encoding: CsvEncoding, hasBom: boolean): string {
  return `${ENCODING_NAMES[encoding]}, ${hasBom ? 'with' : 'without'} byte-order mark`;
}

/**
 * A field's label: the words of its camelCase name, capitalised.
 * @example fieldLabel('sharedMission') === 'Shared mission'
 */
export function fieldLabel(field: string): string {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The choices of a column Select: "not imported", then each column by number and header. */
export function columnChoices(header: readonly string[]): { value: string; label: string }[] {
  return [
    { value: NOT_IMPORTED, label: 'Not imported' },
    ...header.map((name, index) => ({
      value: String(index),
      label: `Column ${index + 1}: ${name === '' ? '(no header)' : name}`,
    })),
  ];
}

/**
 * The mapping with `field` read from `column` (null = not imported). A column feeds one field
 * only, so a field that used the column before loses it.
 */
export function setFieldColumn(
  mapping: CsvMapping,
  field: string,
  column: number | null,
): CsvMapping {
  const next: CsvMapping = { ...mapping };
  if (column !== null) {
    for (const [other, index] of Object.entries(next)) if (index === column) next[other] = null;
  }
  next[field] = column;
  return next;
}

/** The date cells of the file under `mapping` (empty when no column is chosen for the date). */
export function dateCells(parsed: ParsedCsv, mapping: CsvMapping): string[] {
  const index = mapping.date;
  if (index === null || index === undefined) return [];
  return parsed.rows.map((row) => row[index] ?? '');
}

/** The date order found in the date column; 'iso' when no column is chosen. */
export function detectedDateOrder(parsed: ParsedCsv, mapping: CsvMapping): DateOrder {
  return detectDateOrder(dateCells(parsed, mapping));
}

/** True when `kind` has a partnership field and no column is chosen for it. */
export function needsFilePartnership(kind: ImportKind, mapping: CsvMapping): boolean {
  const hasField = IMPORT_FIELDS[kind].some((spec) => spec.field === 'partnership');
  return hasField && (mapping.partnership === null || mapping.partnership === undefined);
}

export interface ImportSummary {
  imported: number;
  /** Rows not imported because their record was already there. */
  alreadyImported: number;
  skipped: { rowNumber: number; problems: string[] }[];
}

/**
 * How many rows were already imported, as the preview and the summary say it.
 * @example alreadyImportedText(3) === '3 rows already imported'
 */
export function alreadyImportedText(count: number): string {
  return `${count} ${count === 1 ? 'row' : 'rows'} already imported`;
}

/** A row's result in the preview when it is not imported because it is already stored. */
export const ALREADY_IMPORTED_TEXT = 'Already imported';

/** One skipped row as the summary shows it: its number once, then its reasons. */
export function skippedRowText(row: ImportSummary['skipped'][number]): string {
  return `Row ${row.rowNumber}: ${row.problems.join(' ')}`;
}

/**
 * What the import did: records written (`added`, when the write left out some that were stored
 * since the preview), rows already imported, and each skipped row with its reasons.
 */
export function summariseImport<K extends ImportKind>(
  preview: ImportPreview<K>,
  choice: Extract<ImportChoice<K>, { ok: true }>,
  added = choice.records.length,
): ImportSummary {
  const skipped = new Set(choice.skippedRows);
  return {
    imported: added,
    alreadyImported: choice.alreadyImported + (choice.records.length - added),
    skipped: preview.rows
      .filter((row) => skipped.has(row.rowNumber))
      .map((row) => ({ rowNumber: row.rowNumber, problems: row.problems })),
  };
}
