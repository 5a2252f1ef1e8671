// What the portfolio worker needs from the database: the whole data set through readAllData (so
// every read rule applies), and a signal after each committed write, made in this context or in
// another (Dexie broadcasts its changes between the page and its workers).
import Dexie, { type ObservabilitySet } from 'dexie';
import { DATA_TABLES } from './dataset-access';

export { readAllData } from './dataset-repository';

/** The part keys Dexie names a table's changes by: `idb://<database>/<table>/…`. */
const DATA_TABLE_PARTS = DATA_TABLES.map((table) => `/${table}/`);

/**
 * Calls `onChange` after every committed write to the records or the settings (not to the meta
 * table, which backups and restores write); returns the unsubscribe.
 */
export function onDataChanged(onChange: () => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((key) => DATA_TABLE_PARTS.some((t) => key.includes(t)))) onChange();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
