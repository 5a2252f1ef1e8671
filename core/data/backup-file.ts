// The backup file: parsing an untrusted file into a checked data set (parseBackup: all or
// nothing, every problem listed), or into its valid part and the records it rejects
// (partitionBackup, for "Restore the valid records"); and writing one (createBackup +
// serializeBackup) in a stable layout.

import { BACKUP_FORMAT, BACKUP_VERSION, COLLECTIONS, emptyCollections } from '../domain/types';
import type {
  BackupFile,
  CollectionName,
  CollectionRecords,
  Dataset,
  Timestamp,
} from '../domain/types';
import { checkDataset } from './dataset-rules';
import { FieldReader } from './field-reader';
import { migrateBackup } from './migrations/migrate-backup';
import { partitionRecords, settingsOrDefaults, type QuarantinedRecord } from './quarantine';
import { validateRecord, validateSettings } from './record-schemas';
import { RESERVED_KEYS } from './value-rules';
import { recordJson, standInNote } from './record-json';
import { describeValue } from './validation-issue';
import type { ValidationIssue } from './validation-issue';

function fileIssue(field: string, rule: string): ValidationIssue {
  return { collection: 'file', field, rule };
}

/**
 * Every reserved key (see RESERVED_KEYS: it could reach an object's prototype if the data were
 * ever merged carelessly) anywhere in the parsed value, found by an explicit-stack walk that does
 * not enter the values `skip` names.
 */
function forbiddenKeyIssues(
  root: unknown,
  skip: (path: string, value: unknown) => boolean = () => false,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null || skip(path, value)) continue;
    const isList = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const child = isList ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
      if (!isList && RESERVED_KEYS.has(key)) {
        issues.push(
          fileIssue(
            child,
            `uses the key "${key}", which is not allowed in a backup (it could alter the program); the file is refused`,
          ),
        );
      }
      stack.push([(value as Record<string, unknown>)[key], child]);
    }
  }
  return issues;
}

function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; issue: ValidationIssue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issue: fileIssue(
        '',
        `is not valid JSON (${reason}); choose a backup file written by Partnership Health`,
      ),
    };
  }
}

/** The checked header of a backup file and its `data` object, not yet checked. */
type Envelope =
  | { ok: false; issues: ValidationIssue[] }
  | {
      ok: true;
      /** Problems of the header (exportedAt, app, data's own shape); none of the records. */
      issues: ValidationIssue[];
      exportedAt: Timestamp;
      app: { name: string; version: string };
      data: FieldReader | undefined;
    };

/** The record lists of a parsed file, which partitionBackup checks record by record. */
const RECORD_LISTS = new Set(COLLECTIONS.map((collection) => `data.${collection}`));
const isRecordList = (path: string, value: unknown) =>
  Array.isArray(value) && RECORD_LISTS.has(path);

/**
 * The rule a record breaks by holding a reserved key anywhere (`field: rule`), or null: such a
 * record is left out of a partial restore rather than refusing the whole file.
 */
function reservedKeyRule(record: unknown): string | null {
  const [issue] = forbiddenKeyIssues(record);
  if (issue === undefined) return null;
  return `${issue.field}: uses the key ${JSON.stringify(issue.field.split('.').pop())}, which is not allowed in a backup (it could alter the program)`;
}

/**
 * Parses the file and checks everything but the records: JSON, keys, format, version, header.
 * Reserved keys inside records are left to the caller when `recordsChecked` says it looks.
 */
function readEnvelope(input: string | unknown, recordsChecked = false): Envelope {
  let parsed = input;
  if (typeof input === 'string') {
    // a byte-order mark, which some editors add when saving, is not part of the JSON
    const json = parseJson(input.startsWith('\uFEFF') ? input.slice(1) : input);
    if (!json.ok) return { ok: false, issues: [json.issue] };
    parsed = json.value;
  }
  const forbidden = forbiddenKeyIssues(parsed, recordsChecked ? isRecordList : undefined);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      ok: false,
      issues: [fileIssue('', `must be a JSON object, got ${describeValue(parsed)}`)],
    };
  }
  const top = parsed as Record<string, unknown>;
  if (top.format !== BACKUP_FORMAT) {
    const rule = `must be "${BACKUP_FORMAT}", got ${describeValue(top.format)}; this is not a Partnership Health backup`;
    return { ok: false, issues: [fileIssue('format', rule)] };
  }
  const migrated = migrateBackup(top);
  if (!migrated.ok) return migrated;

  const issues: ValidationIssue[] = [];
  const header = new FieldReader(migrated.raw, (field, rule) =>
    issues.push(fileIssue(field, rule)),
  );
  const exportedAt = header.timestamp('exportedAt');
  const appReader = header.child('app', true);
  const app = { name: appReader?.text('name') ?? '', version: appReader?.text('version') ?? '' };
  const data = header.child('data', true);
  return { ok: true, issues, exportedAt, app, data };
}

/**
 * Parses and checks a backup file (JSON text, or an already parsed value). Either the whole
 * file is good and comes back as a BackupFile of normalised records, or every problem found
 * is listed (record rules first; reference rules once the records themselves are valid).
 */
export function parseBackup(
  input: string | unknown,
): { ok: true; backup: BackupFile } | { ok: false; issues: ValidationIssue[] } {
  const envelope = readEnvelope(input);
  if (!envelope.ok) return envelope;
  const { issues, exportedAt, app, data } = envelope;
  const dataset = emptyDataset();
  if (data) {
    for (const collection of COLLECTIONS)
      readCollection(collection, data.raw(collection), dataset, issues);
    const settings = validateSettings(data.raw('settings'));
    if (settings.ok) dataset.settings = settings.value;
    else issues.push(...settings.issues);
  }
  if (issues.length === 0) issues.push(...checkDataset(dataset));
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, app, data: dataset },
  };
}

/**
 * The valid part of a backup whose records break rules (see parseBackup): its valid records as a
 * BackupFile, and the records rejected, as found, with the rule each breaks. A valid record that
 * references a rejected one is rejected with it (see partitionRecords); settings that break the
 * schema are rejected and the defaults are used. Refuses (ok: false) when the file itself is at
 * fault: not JSON, not a backup, a newer version, a broken header, or a collection that is not
 * a list.
 */
export function partitionBackup(
  input: string | unknown,
):
  | { ok: true; backup: BackupFile; rejected: QuarantinedRecord[] }
  | { ok: false; issues: ValidationIssue[] } {
  const envelope = readEnvelope(input, true);
  if (!envelope.ok) return envelope;
  const { issues, exportedAt, app, data } = envelope;
  const found: { [K in CollectionName]?: unknown[] } = {};
  for (const collection of COLLECTIONS) {
    const raw = data?.raw(collection);
    if (raw === undefined) continue;
    if (Array.isArray(raw)) found[collection] = raw;
    else issues.push(notAList(collection, raw));
  }
  if (issues.length > 0) return { ok: false, issues };
  const { records, quarantined } = partitionRecords(found, reservedKeyRule);
  const settings = settingsOrDefaults(data?.raw('settings'));
  if (settings.quarantined) quarantined.push(settings.quarantined);
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      app,
      data: { ...records, settings: settings.settings },
    },
    rejected: quarantined,
  };
}

function notAList(collection: CollectionName, raw: unknown): ValidationIssue {
  return { collection, field: '', rule: `must be a list of records, got ${describeValue(raw)}` };
}

function readCollection<K extends CollectionName>(
  collection: K,
  raw: unknown,
  dataset: Dataset,
  issues: ValidationIssue[],
): void {
  if (raw === undefined) return;
  if (!Array.isArray(raw)) {
    issues.push(notAList(collection, raw));
    return;
  }
  const records = dataset[collection] as CollectionRecords[K][];
  raw.forEach((value, index) => {
    const result = validateRecord(collection, value, index);
    if (result.ok) records.push(result.value);
    else issues.push(...result.issues);
  });
}

/** A data set with no records and the default settings (in the schema's normal form). */
export function emptyDataset(): Dataset {
  const defaults = validateSettings(undefined);
  if (!defaults.ok) throw new Error('The default settings break their own schema.');
  return { ...emptyCollections(), settings: defaults.value };
}

/** Number of records per collection. */
export function countRecords(dataset: Dataset): Record<CollectionName, number> {
  const counts = {} as Record<CollectionName, number>;
  for (const collection of COLLECTIONS) counts[collection] = dataset[collection].length;
  return counts;
}

/** A backup file of the current format holding `dataset` (collections copied, records shared). */
export function createBackup(
  dataset: Dataset,
  app: { name: string; version: string },
  exportedAt: Timestamp,
): BackupFile {
  const data = { settings: dataset.settings } as Dataset;
  for (const collection of COLLECTIONS) {
    (data as Record<CollectionName, unknown[]>)[collection] = [...dataset[collection]];
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    app: { name: app.name, version: app.version },
    data,
  };
}

/**
 * The file text of a backup: indented, collections in data-model order, one record per line
 * (records keep their own key order, which the schemas fix). Same backup, same text. A stored
 * record JSON cannot carry (see recordJson) is described in its place, and a note says so.
 */
export function serializeBackup(backup: BackupFile): string {
  const line = (value: unknown) => JSON.stringify(value);
  let standIns = 0;
  const record = (value: unknown) => {
    const written = recordJson(value);
    if (written.standIn) standIns += 1;
    return `      ${written.json}`;
  };
  const collections = COLLECTIONS.map((collection) => {
    const records = backup.data[collection];
    if (records.length === 0) return `    ${line(collection)}: []`;
    return `    ${line(collection)}: [\n${records.map(record).join(',\n')}\n    ]`;
  });
  collections.push(`    "settings": ${recordJson(backup.data.settings).json}`);
  return [
    '{',
    `  "format": ${line(backup.format)},`,
    `  "version": ${line(backup.version)},`,
    `  "exportedAt": ${line(backup.exportedAt)},`,
    `  "app": ${line({ name: backup.app.name, version: backup.app.version })},`,
    ...(standIns > 0 ? [`  "note": ${line(standInNote(standIns))},`] : []),
    '  "data": {',
    collections.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
