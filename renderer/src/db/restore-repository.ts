// Restoring a backup and undoing it. The current data is copied into the meta table and replaced
// by the backup's in ONE transaction, so there is never a restore without its undo copy.
import type { Dataset, Timestamp } from '../../../core/domain/types';
import { appDatabase } from './database';
import { DATA_TABLES, readStoredData } from './dataset-access';
import { replaceAllData, writeStoredData } from './dataset-repository';
import {
  RESTORE_UNDO_INFO_KEY,
  RESTORE_UNDO_KEY,
  type RestoreUndo,
  type RestoreUndoInfo,
} from './meta-repository';
import { WriteRefusedError } from './record-errors';

/**
 * Replaces everything stored with `dataset` (validated again by replaceAllData; on any issue
 * nothing changes) and keeps the data it replaces for undoRestore, replacing any older copy.
 * The copy is the data exactly as stored, records that could not be read included, so an undo
 * gives back everything that was there.
 */
export async function restoreDataset(
  dataset: Dataset,
  source: string,
  restoredAt: Timestamp,
): Promise<void> {
  const db = appDatabase();
  await db.transaction('rw', [...DATA_TABLES, 'meta'], async () => {
    const stored = await readStoredData(db);
    const previous = { ...stored.collections, settings: stored.settings };
    const undo: RestoreUndo = { restoredAt, source, previous };
    const info: RestoreUndoInfo = { restoredAt, source };
    await db.meta.bulkPut([
      { key: RESTORE_UNDO_KEY, value: undo },
      { key: RESTORE_UNDO_INFO_KEY, value: info },
    ]);
    // Runs inside this transaction (Dexie nests it), so a refusal also drops the undo copy.
    await replaceAllData(dataset);
  });
}

/**
 * Puts back the data kept by the latest restore and forgets the copy, in one transaction.
 * Throws WriteRefusedError when there is no restore to undo.
 */
export async function undoRestore(): Promise<void> {
  const db = appDatabase();
  await db.transaction('rw', [...DATA_TABLES, 'meta'], async () => {
    const row = await db.meta.get(RESTORE_UNDO_KEY);
    const undo = row?.value as RestoreUndo | undefined;
    if (undo === undefined) {
      throw new WriteRefusedError('There is no restore to undo: the data was not changed.');
    }
    // The copy is what this database held; it goes back as it was, unchecked records included.
    const { settings, ...collections } = undo.previous;
    await writeStoredData(db, { collections, settings });
    await db.meta.bulkDelete([RESTORE_UNDO_KEY, RESTORE_UNDO_INFO_KEY]);
  });
}
