// Deletes a partnership with its records and offers Undo in a notification (the deleted records
// are kept in the session store until the next delete).
import { notifications } from '@mantine/notifications';
import { createElement, useCallback } from 'react';
import type { Partnership } from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import { UndoMessage } from '../../components/UndoMessage';
import { deletePartnership, restoreDeletedPartnership } from '../../db/partnership-repository';
import { useAppStore } from '../../store/app-store';

/** Returns a function that deletes a partnership and shows "Undo". */
export function useDeletePartnership(): (partnership: Partnership) => Promise<void> {
  const setLastDeleted = useAppStore((s) => s.setLastDeleted);
  return useCallback(
    async (partnership: Partnership) => {
      try {
        const deleted = await deletePartnership(partnership.id);
        setLastDeleted(deleted);
        const notificationId = `deleted-${partnership.id}`;
        const undo = async () => {
          notifications.hide(notificationId);
          try {
            await restoreDeletedPartnership(deleted);
            setLastDeleted(null);
            notifications.show({ color: 'teal', message: `Restored "${partnership.name}".` });
          } catch (error) {
            notifications.show({
              color: 'red',
              title: 'Could not undo',
              message: errorMessage(error),
            });
          }
        };
        notifications.show({
          id: notificationId,
          autoClose: 10_000,
          message: createElement(UndoMessage, {
            text: `Deleted "${partnership.name}" and its records.`,
            onUndo: undo,
          }),
        });
      } catch (error) {
        notifications.show({ color: 'red', title: 'Not deleted', message: errorMessage(error) });
      }
    },
    [setLastDeleted],
  );
}
