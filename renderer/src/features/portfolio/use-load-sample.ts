// The "Load sample portfolio" action for components: loads it (see load-sample.ts) and offers
// Undo, or says why it failed.
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { errorMessage } from '../../app/error-message';
import { showUndoable } from '../../components/show-undoable';
import { loadSamplePortfolio, undoLoadSample } from './load-sample';

/** Returns a function that replaces all data with a generated sample portfolio. */
export function useLoadSample(): () => Promise<boolean> {
  return useCallback(async () => {
    try {
      const partnerships = await loadSamplePortfolio(new Date());
      showUndoable({
        id: 'sample-loaded',
        text: `Loaded the sample portfolio: ${partnerships} partnerships.`,
        undo: undoLoadSample,
      });
      return true;
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Sample not loaded',
        message: errorMessage(error),
      });
      return false;
    }
  }, []);
}
