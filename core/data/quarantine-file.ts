// The file of records left out (Settings → "Export them", or the records a partial restore
// rejected): each record exactly as found, with its collection, id and the rule it breaks.
import type { Timestamp } from '../domain/types';
import type { QuarantinedRecord } from './quarantine';
import { recordJson, standInNote } from './record-json';

/** The `format` of such a file (it is not a backup: restore refuses it). */
export const QUARANTINE_FILE_FORMAT = 'partnership-health-unreadable-records';

export interface QuarantineFileHeader {
  app: { name: string; version: string };
  exportedAt: Timestamp;
  /** Where the records were found: "this app's database", or the backup file's name. */
  source: string;
}

/**
 * The file text: a header, then one entry per record (`collection`, `id`, `rule`, `heldBackWith`
 * when it was held back with another record, and `record` as found, or a stand-in describing it
 * when JSON cannot carry it: see recordJson), one entry per line.
 */
export function serializeQuarantine(
  entries: readonly QuarantinedRecord[],
  header: QuarantineFileHeader,
): string {
  let standIns = 0;
  const lines = entries.map((entry) => {
    const out: Record<string, unknown> = {
      collection: entry.collection,
      id: entry.id,
      rule: entry.rule,
    };
    if (entry.heldBackWith) out.heldBackWith = entry.heldBackWith;
    const record = recordJson(entry.record);
    if (record.standIn) standIns += 1;
    // The record goes in as written by recordJson (a stand-in when JSON cannot carry it).
    return `    ${JSON.stringify(out).slice(0, -1)},"record":${record.json}}`;
  });
  return [
    '{',
    `  "format": ${JSON.stringify(QUARANTINE_FILE_FORMAT)},`,
    `  "exportedAt": ${JSON.stringify(header.exportedAt)},`,
    `  "app": ${JSON.stringify(header.app)},`,
    `  "source": ${JSON.stringify(header.source)},`,
    `  "count": ${entries.length},`,
    ...(standIns > 0 ? [`  "note": ${JSON.stringify(standInNote(standIns))},`] : []),
    entries.length === 0 ? '  "records": []' : `  "records": [\n${lines.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}
