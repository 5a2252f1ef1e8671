// Deleting one activity record (a goal together with its updates) in one transaction, and putting
// exactly those records back, checked against the data as it is now, for Undo.
import { checkRecordInDataset } from '../../../core/data/dataset-rules';
import { validateRecord } from '../../../core/data/record-schemas';
import type { CollectionName, Dataset } from '../../../core/domain/types';
import { appDatabase } from './database';
import { DATA_TABLES, readRuleRecords } from './dataset-access';
import { RecordValidationError, WriteRefusedError } from './record-errors';

/** What one delete removed: the records of each collection, in the order they are restored. */
export type DeletedRecords = Partial<{ [K in CollectionName]: Dataset[K] }>;

/**
 * Deletes the record `id` of `collection`; deleting a goal removes its goal updates too.
 * Returns the removed records for `restoreDeletedRecords`. Throws WriteRefusedError when the
 * record is already gone.
 */
export async function deleteRecordAndDependants(
  collection: CollectionName,
  id: string,
): Promise<DeletedRecords> {
  const db = appDatabase();
  const tables = collection === 'goals' ? ['goals', 'goalUpdates'] : [collection];
  return db.transaction('rw', tables, async () => {
    const record = await db.table(collection).get(id);
    if (!record) throw new WriteRefusedError('This record no longer exists; nothing was deleted.');
    const deleted: DeletedRecords = { [collection]: [record] };
    if (collection === 'goals') {
      const updates = await db.goalUpdates.where('goalId').equals(id).toArray();
      await db.goalUpdates.bulkDelete(updates.map((u) => u.id));
      deleted.goalUpdates = updates;
    }
    await db.table(collection).delete(id);
    return deleted;
  });
}

/**
 * Puts back the records a delete removed, in one transaction. Refuses, writing nothing, when
 * one of them no longer fits the data (its partnership was deleted since, say).
 */
export async function restoreDeletedRecords(deleted: DeletedRecords): Promise<void> {
  const db = appDatabase();
  await db.transaction('rw', [...DATA_TABLES], async () => {
    // A delete removes at most one partnership; its own records stay, and must still fit it.
    const dataset = await readRuleRecords(db, deleted.partnerships?.[0]?.id);
    // Parents first, so a goal is in place before its updates are checked against it.
    const order = Object.keys(deleted).sort((a, b) => rank(a) - rank(b)) as CollectionName[];
    for (const collection of order) {
      for (const record of deleted[collection] ?? []) {
        const checked = validateRecord(collection, record);
        if (!checked.ok) throw new RecordValidationError(checked.issues);
        const issues = checkRecordInDataset(collection, checked.value, dataset);
        if (issues.length > 0) throw new RecordValidationError(issues);
        await db.table(collection).put(checked.value);
        (dataset[collection] as unknown[]).push(checked.value);
      }
    }
  });
}

function rank(collection: string): number {
  return collection === 'goalUpdates' ? 1 : 0;
}
