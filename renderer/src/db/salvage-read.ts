// Reads whatever can still be read from a database that Dexie cannot open: raw IndexedDB, at
// whatever version is on disk, one object store at a time, each failure noted and skipped.
// Read-only: it never upgrades, creates, clears or deletes anything.
import { DATABASE_NAME } from './database';

export interface SalvagedStore {
  name: string;
  /** The records read (all of them, or those before the point where reading failed). */
  records: unknown[];
  /** Why reading stopped early, or null when every record was read. */
  error: string | null;
}

export interface SalvageResult {
  /** False when there is no database of that name (nothing to save). */
  exists: boolean;
  /** The version on disk, when the database opened. */
  version: number | null;
  /** Why the database itself did not open, or null. */
  openError: string | null;
  stores: SalvagedStore[];
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) {
    const { name, message } = error as { name: unknown; message?: unknown };
    return `${String(name)}: ${String(message ?? '')}`;
  }
  return String(error);
}

type Opened = { db: IDBDatabase } | { missing: true } | { error: string };

function openAsItIs(factory: IDBFactory, name: string): Promise<Opened> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      // No version: the database opens at the version on disk, so no upgrade can run.
      request = factory.open(name);
    } catch (error) {
      resolve({ error: describe(error) });
      return;
    }
    let missing = false;
    request.onupgradeneeded = () => {
      // Only a database that did not exist gets here; abort so none is created.
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve({ db: request.result });
    request.onerror = (event) => {
      event.preventDefault();
      resolve(missing ? { missing: true } : { error: describe(request.error) });
    };
    request.onblocked = () => resolve({ error: 'blocked: another connection did not close' });
  });
}

function readWithCursor(
  db: IDBDatabase,
  store: string,
  records: unknown[],
): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      const request = db.transaction(store, 'readonly').objectStore(store).openCursor();
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve(null);
        records.push(cursor.value);
        cursor.continue();
      };
      request.onerror = (event) => {
        event.preventDefault();
        resolve(describe(request.error));
      };
    } catch (error) {
      resolve(describe(error));
    }
  });
}

function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    try {
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = (event) => {
        event.preventDefault();
        reject(request.error);
      };
    } catch (error) {
      reject(error);
    }
  });
}

/** Reads one store whole; if that fails, record by record up to the first unreadable one. */
async function readStore(db: IDBDatabase, name: string): Promise<SalvagedStore> {
  try {
    return { name, records: await readAll(db, name), error: null };
  } catch (wholeError) {
    const records: unknown[] = [];
    const cursorError = await readWithCursor(db, name, records);
    return { name, records, error: cursorError ?? (records.length ? null : describe(wholeError)) };
  }
}

/**
 * Everything readable in database `name` (the app's by default), store by store. Never throws
 * and never writes: failures are reported in the result next to what was read.
 */
export async function readWhatCanBeRead(
  name: string = DATABASE_NAME,
  factory: IDBFactory = globalThis.indexedDB,
): Promise<SalvageResult> {
  if (!factory) {
    return { exists: false, version: null, openError: 'IndexedDB is not available', stores: [] };
  }
  const opened = await openAsItIs(factory, name);
  if ('missing' in opened) return { exists: false, version: null, openError: null, stores: [] };
  if ('error' in opened)
    return { exists: true, version: null, openError: opened.error, stores: [] };
  const { db } = opened;
  try {
    const stores: SalvagedStore[] = [];
    for (const store of Array.from(db.objectStoreNames)) stores.push(await readStore(db, store));
    return { exists: true, version: db.version, openError: null, stores };
  } finally {
    db.close();
  }
}
