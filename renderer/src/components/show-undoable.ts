// Shows "<what was done> [Undo]" after a reversible action, and runs the undo when asked:
// the notification goes away, and a failed undo says why.
import { notifications } from '@mantine/notifications';
import { createElement } from 'react';
import { errorMessage } from '../app/error-message';
import { ActionMessage } from './ActionMessage';

export interface Undoable {
  /** The notification's id, unique to the action (a second delete of the same thing replaces it). */
  id: string;
  /** What was done, e.g. `Deleted "Acme".` */
  text: string;
  /** Puts things back; may throw, e.g. when the data changed meanwhile. */
  undo: () => Promise<unknown>;
  /** Said once the undo has worked; nothing is said when absent (the screen shows it). */
  restoredText?: string;
}

/** Shows the notification of a reversible action, with an Undo button for ten seconds. */
export function showUndoable({ id, text, undo, restoredText }: Undoable): void {
  const onAction = async () => {
    notifications.hide(id);
    try {
      await undo();
      if (restoredText) notifications.show({ message: restoredText, autoClose: 3_000 });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not undo',
        message: errorMessage(error),
        autoClose: 10_000,
      });
    }
  };
  notifications.show({
    id,
    autoClose: 10_000,
    message: createElement(ActionMessage, { text, action: 'Undo', onAction }),
  });
}
