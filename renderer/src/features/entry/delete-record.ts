// Delete with undo for any activity record: deletes, then shows a notification whose Undo
// button restores exactly what was removed.
import { notifications } from '@mantine/notifications';
import type { CollectionName } from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import { showUndoable } from '../../components/show-undoable';
import { deleteRecordAndDependants, restoreDeletedRecords } from '../../db/record-deletion';

/** Tells the user a delete was refused, and why (e.g. a partnership still uses the record). */
export function showNotDeleted(error: unknown): void {
  notifications.show({
    color: 'red',
    title: 'Not deleted',
    message: errorMessage(error),
    autoClose: 10_000,
  });
}

/**
 * Deletes one record (a goal with its updates, in one transaction) and shows a notification
 * "Deleted <label>." with an Undo button. A refused delete shows why instead.
 */
export async function deleteRecordWithUndo(
  collection: CollectionName,
  id: string,
  label: string,
): Promise<void> {
  let deleted;
  try {
    deleted = await deleteRecordAndDependants(collection, id);
  } catch (error) {
    showNotDeleted(error);
    return;
  }
  showUndoable({
    id: `deleted-${collection}-${id}`,
    text: `Deleted ${label}.`,
    undo: () => restoreDeletedRecords(deleted),
    restoredText: `Restored ${label}.`,
  });
}
