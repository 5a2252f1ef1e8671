// The file of records left out (Settings → "Export them", or the records a partial restore
// rejected): each record exactly as found, with its collection, id and the rule it breaks.
import type { Timestamp } from '../domain/types';
import type { QuarantinedRecord } from './quarantine';

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
 * when it was held back with another record, and `record` as found), one entry per line.
 */
export function serializeQuarantine(
  entries: readonly QuarantinedRecord[],
  header: QuarantineFileHeader,
): string {
  const lines = entries.map((entry) => {
    const out: Record<string, unknown> = {
      collection: entry.collection,
      id: entry.id,
      rule: entry.rule,
    };
    if (entry.heldBackWith) out.heldBackWith = entry.heldBackWith;
    // A record holding undefined somewhere still writes; JSON has no undefined.
    out.record = entry.record === undefined ? null : entry.record;
    return `    ${JSON.stringify(out)}`;
  });
  return [
    '{',
    `  "format": ${JSON.stringify(QUARANTINE_FILE_FORMAT)},`,
    `  "exportedAt": ${JSON.stringify(header.exportedAt)},`,
    `  "app": ${JSON.stringify(header.app)},`,
    `  "source": ${JSON.stringify(header.source)},`,
    `  "count": ${entries.length},`,
    entries.length === 0 ? '  "records": []' : `  "records": [\n${lines.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}
