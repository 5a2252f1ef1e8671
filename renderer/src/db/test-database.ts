// Test helper: points the repositories at a fresh, uniquely named database on fake-indexeddb.
import { PartnershipHealthDatabase, setAppDatabase } from './database';

let counter = 0;

/** A new empty database used by every repository until the next call. */
export function freshTestDatabase(): PartnershipHealthDatabase {
  counter += 1;
  const db = new PartnershipHealthDatabase(`test-db-${counter}-${Date.now()}`);
  setAppDatabase(db);
  return db;
}
