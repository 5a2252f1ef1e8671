// What the portfolio worker needs from the database: the whole data set through readAllData (so
// every read rule applies), and a signal after each committed write, made in this context or in
// another (Dexie broadcasts its changes between the page and its workers).
import Dexie from 'dexie';

export { readAllData } from './dataset-repository';

/** Calls `onChange` after every committed write to the database; returns the unsubscribe. */
export function onDataChanged(onChange: () => void): () => void {
  const listener = () => onChange();
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
