// Loads the demo portfolio in place of the stored data through the restore path: an automatic
// backup first (desktop), then one transaction that keeps the data as stored for Undo.
import { localIsoDate } from '../../../../core/domain/dates';
import { restoreDataset, undoRestore } from '../../db/restore-repository';
import { backupBeforeRiskyStep } from '../auto-backup/automatic-backups';

/** Where the loaded data came from, as the Data section's "Undo restore" names it. */
export const SAMPLE_SOURCE = 'the sample portfolio';

/**
 * Replaces all data with a generated sample portfolio dated `now`; returns how many partnerships
 * it holds. The data replaced, records that could not be read included, is kept for
 * undoLoadSample (the same copy as "Undo restore").
 */
export async function loadSamplePortfolio(now: Date): Promise<number> {
  // Loaded on demand: the generator is only needed when the user asks for the sample.
  const { generatePortfolio } = await import('../../../../core/sample/generate-portfolio');
  const sample = generatePortfolio({ today: localIsoDate(now) });
  await backupBeforeRiskyStep('before-restore');
  await restoreDataset(sample, SAMPLE_SOURCE, now.toISOString());
  return sample.partnerships.length;
}

/** Puts back the data exactly as stored before the sample was loaded. */
export const undoLoadSample = undoRestore;
