import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeOrganization } from '../../../test/factories/records';
import {
  countDataChanges,
  DEXIE_VERSION_FACTOR,
  installedDatabaseVersion,
  runWhenOpenedBeforeUse,
} from './change-tracker';
import { PartnershipHealthDatabase, setAppDatabase } from './database';
import { readAllData } from './dataset-repository';

let counter = 0;
let open: PartnershipHealthDatabase[] = [];

function newDatabase(name = `change-tracker-${++counter}-${Date.now()}`) {
  const db = new PartnershipHealthDatabase(name);
  open.push(db);
  setAppDatabase(db);
  return db;
}

afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

describe('countDataChanges', () => {
  it('counts writes to data tables, not reads and not bookkeeping', async () => {
    const db = newDatabase();
    const changes = countDataChanges(db);
    expect(changes()).toBe(0);
    await db.organizations.add(makeOrganization(1, { id: 'o1', name: 'Alpha' }));
    expect(changes()).toBe(1);
    await db.organizations.toArray();
    await db.meta.put({ key: 'last-manual-backup', value: 'x' });
    expect(changes()).toBe(1);
    await db.transaction('rw', db.organizations, db.partnerships, async () => {
      await db.organizations.put(makeOrganization(1, { id: 'o1', name: 'Alpha 2' }));
      await db.organizations.delete('o1');
    });
    expect(changes()).toBe(3);
  });
});

describe('runWhenOpenedBeforeUse', () => {
  it('runs the task on the data as opened, and holds every other write until it is done', async () => {
    const name = `start-gate-${++counter}-${Date.now()}`;
    const first = newDatabase(name);
    await first.organizations.add(makeOrganization(1, { id: 'o1', name: 'Before' }));
    first.close();

    const db = newDatabase(name);
    const events: string[] = [];
    runWhenOpenedBeforeUse(db, async () => {
      const data = await readAllData();
      events.push(`backup read ${data.organizations.map((o) => o.name).join(',')}`);
      // Stands for the IPC call that writes the file.
      await new Promise((resolve) => setTimeout(resolve, 30));
      events.push('backup written');
    });
    await db.organizations.add(makeOrganization(2, { id: 'o2', name: 'After' }));
    events.push('app wrote');
    expect(events).toEqual(['backup read Before', 'backup written', 'app wrote']);
  });
});

describe('installedDatabaseVersion', () => {
  it("reads the version on disk without opening, or null when it can't", async () => {
    const db = newDatabase();
    await db.open();
    const factory = {
      databases: () => Promise.resolve([{ name: db.name, version: 1 * DEXIE_VERSION_FACTOR }]),
    } as unknown as IDBFactory;
    expect(await installedDatabaseVersion(db.name, factory)).toBe(10);
    expect(await installedDatabaseVersion('missing', factory)).toBeNull();
    expect(await installedDatabaseVersion(db.name, {} as IDBFactory)).toBeNull();
    // fake-indexeddb, like Chromium, implements databases().
    expect(await installedDatabaseVersion(db.name)).toBe(DEXIE_VERSION_FACTOR);
  });
});
