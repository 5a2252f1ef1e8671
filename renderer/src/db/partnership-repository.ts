// Partnerships: validated saves with timestamps, per-partnership record counts, and deletion of a
// partnership with every record that depends on it, in one transaction, with an undo.
import { checkRecordInDataset } from '../../../core/data/dataset-rules';
import { validateRecord } from '../../../core/data/record-schemas';
import { PARTNERSHIP_RECORD_COLLECTIONS, type Partnership } from '../../../core/domain/types';
import { appDatabase } from './database';
import {
  DATA_TABLES,
  readCheckedPartnershipRecord,
  readRuleRecords,
  readStoredPartnershipChildren,
  type PartnershipChildren,
} from './dataset-access';
import { listParents } from './parents-query';
import { RecordValidationError, WriteRefusedError } from './record-errors';
import { saveRecord } from './record-repository';

/** A deleted partnership and everything removed with it, kept so the delete can be undone. */
export interface DeletedPartnership {
  partnership: Partnership;
  records: PartnershipChildren;
}

/** Every usable partnership (see readCheckedParents), most recently updated first. */
export async function listPartnerships(): Promise<Partnership[]> {
  return (await listParents()).partnerships;
}

/** One usable partnership by id, or undefined (also when it could not be read). */
export async function getPartnership(id: string): Promise<Partnership | undefined> {
  const db = appDatabase();
  return db.transaction('r', [db.organizations, db.partnerships], () =>
    readCheckedPartnershipRecord(db, id),
  );
}

/**
 * Creates or updates a partnership: sets `createdAt` (kept on edit) and `updatedAt` from `now`,
 * then validates and stores it. Throws RecordValidationError when a rule fails.
 */
export async function savePartnership(
  value: Omit<Partnership, 'createdAt' | 'updatedAt'> & { createdAt?: string },
  now: Date = new Date(),
): Promise<Partnership> {
  const stamp = now.toISOString();
  // A stored record that cannot be read keeps no say in the new one's creation time.
  const stored = await appDatabase().partnerships.get(value.id);
  const existing = stored && validateRecord('partnerships', stored);
  return saveRecord('partnerships', {
    ...value,
    createdAt: (existing?.ok ? existing.value.createdAt : undefined) ?? value.createdAt ?? stamp,
    updatedAt: stamp,
  });
}

/**
 * Deletes a partnership and all its records (goal updates of its goals included, and records
 * that could not be read) in one transaction. Returns what was removed, exactly as stored, for
 * `restoreDeletedPartnership`.
 */
export async function deletePartnership(id: string): Promise<DeletedPartnership> {
  const db = appDatabase();
  const tables = ['partnerships', ...PARTNERSHIP_RECORD_COLLECTIONS, 'goalUpdates'];
  return db.transaction('rw', tables, async () => {
    const partnership = await db.partnerships.get(id);
    if (!partnership)
      throw new WriteRefusedError('This partnership no longer exists; nothing was deleted.');
    const records = (await readStoredPartnershipChildren(db, id)) as PartnershipChildren;
    for (const [collection, list] of Object.entries(records)) {
      await db.table(collection).bulkDelete(list.map((r) => r.id));
    }
    await db.partnerships.delete(id);
    return { partnership, records };
  });
}

/**
 * Puts back a deleted partnership and its records in one transaction. Refuses (writing nothing)
 * when the partnership no longer fits the data, e.g. one of its organizations was deleted since.
 */
export async function restoreDeletedPartnership(deleted: DeletedPartnership): Promise<void> {
  const db = appDatabase();
  await db.transaction('rw', [...DATA_TABLES], async () => {
    const checked = validateRecord('partnerships', deleted.partnership);
    if (!checked.ok) throw new RecordValidationError(checked.issues);
    const ruleRecords = await readRuleRecords(db, checked.value.id);
    const issues = checkRecordInDataset('partnerships', checked.value, ruleRecords);
    if (issues.length > 0) throw new RecordValidationError(issues);
    await db.partnerships.put(checked.value);
    for (const [collection, list] of Object.entries(deleted.records)) {
      await db.table(collection).bulkPut(list);
    }
  });
}
