// Loads the demo portfolio in place of the stored data (one transaction), keeping what was
// there so the user can undo.
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { localIsoDate } from '../../../../core/domain/dates';
import { errorMessage } from '../../app/error-message';
import { showUndoable } from '../../components/show-undoable';
import { readAllData, replaceAllData } from '../../db/dataset-repository';

/** Returns a function that replaces all data with a generated sample portfolio. */
export function useLoadSample(): () => Promise<boolean> {
  return useCallback(async () => {
    try {
      // Loaded on demand: the generator is only needed when the user asks for the sample.
      const { generatePortfolio } = await import('../../../../core/sample/generate-portfolio');
      const sample = generatePortfolio({ today: localIsoDate(new Date()) });
      const previous = await readAllData();
      await replaceAllData(sample);
      showUndoable({
        id: 'sample-loaded',
        text: `Loaded the sample portfolio: ${sample.partnerships.length} partnerships.`,
        undo: () => replaceAllData(previous),
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
