// The meta table's entries that belong to backups: when the user last saved a backup by hand,
// and the copy of the data kept by a restore so that "Undo restore" works after a reload.
import type { Timestamp } from '../../../core/domain/types';
import type { StoredData } from './dataset-access';
import { appDatabase } from './database';

/** Meta key of the time of the last manual backup (an ISO timestamp). */
export const LAST_MANUAL_BACKUP_KEY = 'lastManualBackupAt';
/** Meta key of the data set as it was before the latest restore. */
export const RESTORE_UNDO_KEY = 'restoreUndo';
/** Meta key of when and from where the latest restore came (small, read by the Data section). */
export const RESTORE_UNDO_INFO_KEY = 'restoreUndoInfo';

/** The data replaced by the latest restore, and where the restored data came from. */
export interface RestoreUndo {
  /** When the restore replaced the data. */
  restoredAt: Timestamp;
  /** Where the restored backup came from (a file name, or an automatic backup's label). */
  source: string;
  /**
   * The data as it was stored, unchecked (records that could not be read included; settings as
   * stored, undefined when none were): StoredData's content in a data set's flat shape, which
   * older versions also wrote.
   */
  previous: StoredData['collections'] & { settings: StoredData['settings'] };
}

/** When the user last saved a backup by hand, or null when never. */
export async function readLastManualBackupAt(): Promise<Timestamp | null> {
  const row = await appDatabase().meta.get(LAST_MANUAL_BACKUP_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

/** Records that a backup was saved by hand at `at`. */
export async function recordManualBackup(at: Timestamp): Promise<void> {
  await appDatabase().meta.put({ key: LAST_MANUAL_BACKUP_KEY, value: at });
}

/** The copy kept by the latest restore, or null when there is nothing to undo. */
export async function readRestoreUndo(): Promise<RestoreUndo | null> {
  const row = await appDatabase().meta.get(RESTORE_UNDO_KEY);
  return (row?.value as RestoreUndo | undefined) ?? null;
}

export type RestoreUndoInfo = Omit<RestoreUndo, 'previous'>;

/** When and from where the latest restore came, without loading the kept copy's records. */
export async function readRestoreUndoInfo(): Promise<RestoreUndoInfo | null> {
  const row = await appDatabase().meta.get(RESTORE_UNDO_INFO_KEY);
  return (row?.value as RestoreUndoInfo | undefined) ?? null;
}
