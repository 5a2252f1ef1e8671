// Live backup status for the Data section and the reminder: last manual backup, the restore
// that can be undone, and whether any data is stored.
import type { Timestamp } from '../../../../core/domain/types';
import { isDatabaseEmpty } from '../../db/dataset-repository';
import {
  readLastManualBackupAt,
  readRestoreUndoInfo,
  type RestoreUndoInfo,
} from '../../db/meta-repository';
import { useLiveData, type LiveData } from '../../db/use-live-data';

export interface BackupStatus {
  lastBackupAt: Timestamp | null;
  undo: RestoreUndoInfo | null;
  hasData: boolean;
}

/** The backup status, updated whenever a backup, restore or edit changes it. */
export function useBackupStatus(): LiveData<BackupStatus> {
  return useLiveData(async () => {
    const [lastBackupAt, undo, empty] = await Promise.all([
      readLastManualBackupAt(),
      readRestoreUndoInfo(),
      isDatabaseEmpty(),
    ]);
    return { lastBackupAt, undo, hasData: !empty };
  }, []);
}
