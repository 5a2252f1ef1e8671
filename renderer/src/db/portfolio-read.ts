// The portfolio worker's view of the database: every record and the settings through
// readAllData (so every read rule applies), read again whenever a table changes, in this context
// or another (Dexie broadcasts its changes between the page and its workers).
import { liveQuery } from 'dexie';
import type { Dataset } from '../../../core/domain/types';
import { readAllData } from './dataset-repository';

/** Calls `onData` with the whole data set now and after every change; returns the unsubscribe. */
export function watchAllData(
  onData: (dataset: Dataset) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(readAllData).subscribe({ next: onData, error: onError });
  return () => subscription.unsubscribe();
}
