// Deletes a partnership with its records and offers Undo in a notification, which keeps what
// was deleted until it closes.
import { notifications } from '@mantine/notifications';
import type { Partnership } from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import { showUndoable } from '../../components/show-undoable';
import { deletePartnership, restoreDeletedPartnership } from '../../db/partnership-repository';

/** Deletes a partnership and shows "Undo". */
async function deletePartnershipWithUndo(partnership: Partnership): Promise<void> {
  let deleted;
  try {
    deleted = await deletePartnership(partnership.id);
  } catch (error) {
    notifications.show({ color: 'red', title: 'Not deleted', message: errorMessage(error) });
    return;
  }
  showUndoable({
    id: `deleted-${partnership.id}`,
    text: `Deleted "${partnership.name}" and its records.`,
    undo: () => restoreDeletedPartnership(deleted),
    restoredText: `Restored "${partnership.name}".`,
  });
}

/** Returns a function that deletes a partnership and shows "Undo" (the same function on every render). */
export function useDeletePartnership(): (partnership: Partnership) => Promise<void> {
  return deletePartnershipWithUndo;
}
