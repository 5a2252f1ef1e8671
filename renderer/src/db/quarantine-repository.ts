// The records that could not be read (see dataset-access): listing them, and deleting them from
// disk with a way to put exactly those records back (Undo).
import type { QuarantinedRecord } from '../../../core/data/quarantine';
import { appDatabase, type PartnershipHealthDatabase } from './database';
import { DATA_TABLES, readCheckedDataset } from './dataset-access';
import { WriteRefusedError } from './record-errors';

/** Every record left out of the app: those that break a rule, and those held back with them. */
export async function readQuarantine(): Promise<QuarantinedRecord[]> {
  const db = appDatabase();
  const { quarantined } = await db.transaction('r', [...DATA_TABLES], () => readCheckedDataset(db));
  return quarantined;
}

/** Records removed by deleteQuarantined, as they were stored, for putBackQuarantined. */
export interface DeletedQuarantine {
  entries: QuarantinedRecord[];
}

function tableOf(db: PartnershipHealthDatabase, entry: QuarantinedRecord) {
  return db.table(entry.collection);
}

/**
 * Deletes the stored records of `entries` (by their key as found) in one transaction; the caller
 * names the records held back with them too. Returns what was removed, for Undo.
 */
export async function deleteQuarantined(
  entries: readonly QuarantinedRecord[],
): Promise<DeletedQuarantine> {
  const db = appDatabase();
  return db.transaction('rw', [...DATA_TABLES], async () => {
    const removed: QuarantinedRecord[] = [];
    for (const entry of entries) {
      const table = tableOf(db, entry);
      const stored: unknown = await table.get(entry.key as string);
      if (stored === undefined) continue;
      await table.delete(entry.key as string);
      removed.push({ ...entry, record: stored });
    }
    return { entries: removed };
  });
}

/**
 * Puts back exactly the records a deleteQuarantined removed, in one transaction. Refuses,
 * writing nothing, when a record with the same id has been saved since.
 */
export async function putBackQuarantined(deleted: DeletedQuarantine): Promise<void> {
  const db = appDatabase();
  await db.transaction('rw', [...DATA_TABLES], async () => {
    for (const entry of deleted.entries) {
      const table = tableOf(db, entry);
      if ((await table.get(entry.key as string)) !== undefined) {
        throw new WriteRefusedError(
          `A record with the id ${JSON.stringify(entry.id)} has been saved in ${entry.collection} since; the deleted records were not put back.`,
        );
      }
      await table.add(entry.record);
    }
  });
}
