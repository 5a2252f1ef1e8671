// Partnerships: validated saves with timestamps, per-partnership record counts, and deletion of a
// partnership with every record that depends on it, in one transaction, with an undo.
import { checkRecordInDataset } from '../../../core/data/dataset-rules';
import { validateRecord } from '../../../core/data/record-schemas';
import type { Dataset, Partnership } from '../../../core/domain/types';
import { appDatabase } from './database';
import { DATA_TABLES, readDataset } from './dataset-access';
import { RecordValidationError, WriteRefusedError } from './record-errors';
import { saveRecord } from './record-repository';

/** Collections whose records belong to a partnership through `partnershipId`. */
export const PARTNERSHIP_RECORD_COLLECTIONS = [
  'pulses',
  'interactions',
  'goals',
  'contributions',
  'frictions',
  'reviews',
  'milestones',
] as const;
type ChildCollection = (typeof PARTNERSHIP_RECORD_COLLECTIONS)[number] | 'goalUpdates';

/** A deleted partnership and everything removed with it, kept so the delete can be undone. */
export interface DeletedPartnership {
  partnership: Partnership;
  records: { [K in ChildCollection]: Dataset[K] };
}

/** Every partnership, most recently updated first. */
export async function listPartnerships(): Promise<Partnership[]> {
  const all = await appDatabase().partnerships.toArray();
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
}

/** One partnership by id, or undefined. */
export function getPartnership(id: string): Promise<Partnership | undefined> {
  return appDatabase().partnerships.get(id);
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
  const existing = await appDatabase().partnerships.get(value.id);
  return saveRecord('partnerships', {
    ...value,
    createdAt: existing?.createdAt ?? value.createdAt ?? stamp,
    updatedAt: stamp,
  });
}

/**
 * Deletes a partnership and all its records (goal updates of its goals included) in one
 * transaction. Returns what was removed, for `restoreDeletedPartnership`.
 */
export async function deletePartnership(id: string): Promise<DeletedPartnership> {
  const db = appDatabase();
  const tables = ['partnerships', ...PARTNERSHIP_RECORD_COLLECTIONS, 'goalUpdates'];
  return db.transaction('rw', tables, async () => {
    const partnership = await db.partnerships.get(id);
    if (!partnership)
      throw new WriteRefusedError('This partnership no longer exists; nothing was deleted.');
    const [pulses, interactions, goals, contributions, frictions, reviews, milestones] =
      await Promise.all([
        db.pulses.where('partnershipId').equals(id).toArray(),
        db.interactions.where('partnershipId').equals(id).toArray(),
        db.goals.where('partnershipId').equals(id).toArray(),
        db.contributions.where('partnershipId').equals(id).toArray(),
        db.frictions.where('partnershipId').equals(id).toArray(),
        db.reviews.where('partnershipId').equals(id).toArray(),
        db.milestones.where('partnershipId').equals(id).toArray(),
      ]);
    const goalIds = goals.map((g) => g.id);
    const goalUpdates = await db.goalUpdates.where('goalId').anyOf(goalIds).toArray();
    const records = {
      pulses,
      interactions,
      goals,
      goalUpdates,
      contributions,
      frictions,
      reviews,
      milestones,
    };
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
    const dataset = await readDataset(db);
    const checked = validateRecord('partnerships', deleted.partnership);
    if (!checked.ok) throw new RecordValidationError(checked.issues);
    const issues = checkRecordInDataset('partnerships', checked.value, dataset);
    if (issues.length > 0) throw new RecordValidationError(issues);
    await db.partnerships.put(checked.value);
    for (const [collection, list] of Object.entries(deleted.records)) {
      await db.table(collection).bulkPut(list);
    }
  });
}
