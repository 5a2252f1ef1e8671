// Writes the records of a CSV import in one transaction, after checking each of them again
// against the stored data (and the records imported before it): all of them are stored, or none.
// A record whose content is already stored (or comes twice) is written once only.
import { recordChecker } from '../../../core/data/dataset-rules';
import { findStored } from '../../../core/data/record-content';
import { validateRecord } from '../../../core/data/record-schemas';
import type { ValidationIssue } from '../../../core/data/validation-issue';
import type { CollectionRecords, Dataset } from '../../../core/domain/types';
import { appDatabase } from './database';
import { DATA_TABLES, readDataset } from './dataset-access';
import { RecordValidationError } from './record-errors';

/** The collections a CSV import can add to. */
export type BulkImportCollection = 'pulses' | 'interactions' | 'goalUpdates';

/**
 * Adds `records` to `collection` in one transaction. Every record is validated with the data
 * model's schema and cross-record rules; an id already stored is refused (an import never
 * overwrites). On any issue throws RecordValidationError and stores nothing. A record with the
 * content of a stored one, or of an earlier one of `records`, is left out (the preview found
 * those already; this catches data that changed since). Returns how many were added.
 */
export async function importRecords<K extends BulkImportCollection>(
  collection: K,
  records: readonly CollectionRecords[K][],
): Promise<number> {
  const checked: CollectionRecords[K][] = [];
  const issues: ValidationIssue[] = [];
  records.forEach((record, index) => {
    const result = validateRecord(collection, record, index);
    if (result.ok) checked.push(result.value);
    else issues.push(...result.issues);
  });
  if (issues.length > 0) throw new RecordValidationError(issues);
  const db = appDatabase();
  let added = 0;
  await db.transaction('rw', [...DATA_TABLES], async () => {
    const dataset: Dataset = await readDataset(db);
    const list = dataset[collection] as CollectionRecords[K][];
    const stored = new Set(list.map((r) => r.id));
    const check = recordChecker(dataset);
    checked.forEach((record, index) => {
      if (stored.has(record.id)) {
        issues.push({
          collection,
          recordId: record.id,
          index,
          field: 'id',
          rule: 'is already used',
        });
        return;
      }
      for (const issue of check(collection, record)) {
        issues.push({ ...issue, index });
      }
      stored.add(record.id);
    });
    if (issues.length > 0) throw new RecordValidationError(issues);
    const already = findStored(checked, list);
    const fresh = checked.filter((_, index) => !already[index]);
    await db.table(collection).bulkAdd(fresh);
    added = fresh.length;
  });
  return added;
}
