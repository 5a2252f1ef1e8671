// Hooks automatic backups need in the database: a counter of writes to the user's data (a Dexie
// middleware), a task run once the database is open and before anything else may use it, and
// the schema version on disk (to back up before an upgrade). Installed before the first open.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie';
import { DATA_TABLES } from './dataset-access';

const DATA_TABLE_NAMES: ReadonlySet<string> = new Set(DATA_TABLES);

/** Dexie stores a declared version n as IndexedDB version n × 10. */
export const DEXIE_VERSION_FACTOR = 10;

/**
 * Counts every successful write request (add, put, delete, range delete) to the data tables of
 * `db`, not to its bookkeeping (meta). Must be called before `db` opens. Returns a reader of
 * the count: a count that moved means the data may have changed. A write in a transaction that
 * later aborts is counted too, which at worst makes one backup too many.
 */
export function countDataChanges(db: Dexie): () => number {
  let changes = 0;
  const countWrites = (table: DBCoreTable): DBCoreTable => ({
    ...table,
    mutate: (request: DBCoreMutateRequest) =>
      table.mutate(request).then((result) => {
        changes += 1;
        return result;
      }),
  });
  db.use({
    stack: 'dbcore',
    name: 'data-change-counter',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) =>
        DATA_TABLE_NAMES.has(name) ? countWrites(down.table(name)) : down.table(name),
    }),
  });
  return () => changes;
}

/**
 * Runs `task` when `db` has opened, before any other read or write reaches it (Dexie holds them
 * until the task settles). `task` may read `db` synchronously at its start and then await other
 * work (an IPC call); it must not reject, or the open fails. Call before `db` opens.
 */
export function runWhenOpenedBeforeUse(db: Dexie, task: () => Promise<void>): void {
  db.on('ready', () => task());
}

/**
 * The IndexedDB version of database `name` on disk, or null when it does not exist or the
 * browser cannot say (IDBFactory.databases() is missing). Opens nothing.
 */
export async function installedDatabaseVersion(
  name: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<number | null> {
  if (typeof factory?.databases !== 'function') return null;
  try {
    const found = (await factory.databases()).find((info) => info.name === name);
    return found?.version ?? null;
  } catch {
    return null;
  }
}
