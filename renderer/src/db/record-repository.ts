// Generic reads and validated writes for any collection: every record passes the data model's
// schema and its cross-record rules (references, uniqueness) inside the transaction that writes it.
import { checkRecordInDataset } from '../../../core/data/dataset-rules';
import { validateRecord } from '../../../core/data/record-schemas';
import type { CollectionName, CollectionRecords } from '../../../core/domain/types';
import { appDatabase } from './database';
import { DATA_TABLES, readRuleRecords } from './dataset-access';
import { RecordValidationError } from './record-errors';

/** One record by id, or undefined when there is none or it breaks its schema. */
export async function getRecord<K extends CollectionName>(
  collection: K,
  id: string,
): Promise<CollectionRecords[K] | undefined> {
  const stored: unknown = await appDatabase().table(collection).get(id);
  if (stored === undefined) return undefined;
  const checked = validateRecord(collection, stored);
  return checked.ok ? checked.value : undefined;
}

/**
 * Validates `value` as a record of `collection` and against the stored records, then writes it
 * (insert or replace by id). Throws RecordValidationError, writing nothing, when a rule fails.
 * Returns the normalised record as stored.
 */
export async function saveRecord<K extends CollectionName>(
  collection: K,
  value: unknown,
): Promise<CollectionRecords[K]> {
  const checked = validateRecord(collection, value);
  if (!checked.ok) throw new RecordValidationError(checked.issues);
  const record = checked.value;
  const db = appDatabase();
  await db.transaction('rw', [...DATA_TABLES], async () => {
    const ruleRecords = await readRuleRecords(
      db,
      collection === 'partnerships' ? record.id : undefined,
    );
    const issues = checkRecordInDataset(collection, record, ruleRecords);
    if (issues.length > 0) throw new RecordValidationError(issues);
    const table = db[collection] as unknown as {
      put(record: CollectionRecords[K]): Promise<string>;
    };
    await table.put(record);
  });
  return record;
}
