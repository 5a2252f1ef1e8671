// The raw reader on fake-indexeddb: reads every store as it is on disk, tolerates a store that
// cannot be read, never creates a missing database and never deletes one.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../../../test/factories/records';
import { PartnershipHealthDatabase, SETTINGS_KEY } from './database';
import { readWhatCanBeRead } from './salvage-read';

let counter = 0;
const uniqueName = (label: string) => `salvage-${label}-${++counter}-${Date.now()}`;

afterEach(() => {
  vi.restoreAllMocks();
});

async function databaseWithSmallDataset(name: string): Promise<void> {
  const db = new PartnershipHealthDatabase(name);
  const data = smallDataset();
  await db.organizations.bulkAdd(data.organizations);
  await db.partnerships.bulkAdd(data.partnerships);
  await db.pulses.bulkAdd(data.pulses);
  await db.settings.put({ ...data.settings, key: SETTINGS_KEY });
  db.close();
}

describe('readWhatCanBeRead', () => {
  it('reads every store of a healthy database, and deletes nothing', async () => {
    const name = uniqueName('healthy');
    await databaseWithSmallDataset(name);
    const deleteDatabase = vi.spyOn(indexedDB, 'deleteDatabase');
    const result = await readWhatCanBeRead(name);
    expect(result).toMatchObject({ exists: true, version: 10, openError: null });
    const byName = Object.fromEntries(result.stores.map((s) => [s.name, s]));
    expect(byName.organizations?.records).toEqual(smallDataset().organizations);
    expect(byName.pulses?.records).toEqual(smallDataset().pulses);
    expect(byName.goals?.records).toEqual([]);
    expect(result.stores.every((s) => s.error === null)).toBe(true);
    expect(deleteDatabase).not.toHaveBeenCalled();
  });

  it('reads a database written by a newer version as it is, without upgrading it', async () => {
    const name = uniqueName('newer');
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(name, 40);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('organizations', { keyPath: 'id' }).add({ id: 'o-9' });
        request.result.createObjectStore('somethingNew', { keyPath: 'id' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const result = await readWhatCanBeRead(name);
    expect(result.version).toBe(40);
    expect(result.stores.map((s) => s.name).sort()).toEqual(['organizations', 'somethingNew']);
    expect(result.stores.find((s) => s.name === 'organizations')?.records).toEqual([{ id: 'o-9' }]);
  });

  it('carries on past a store that cannot be read, noting why', async () => {
    const name = uniqueName('damaged');
    await databaseWithSmallDataset(name);
    const original = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      stores: string | Iterable<string>,
      mode?: IDBTransactionMode,
    ) {
      if (stores === 'partnerships') throw new DOMException('unreadable', 'UnknownError');
      return original.call(this, stores, mode);
    });
    const result = await readWhatCanBeRead(name);
    const partnerships = result.stores.find((s) => s.name === 'partnerships');
    expect(partnerships?.records).toEqual([]);
    expect(partnerships?.error).toMatch(/UnknownError/);
    expect(result.stores.find((s) => s.name === 'organizations')?.records).toHaveLength(2);
  });

  it('reports a missing database and does not create one', async () => {
    const name = uniqueName('missing');
    const result = await readWhatCanBeRead(name);
    expect(result).toEqual({ exists: false, version: null, openError: null, stores: [] });
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });

  it('reports a database that does not open at all', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('backing store', 'UnknownError');
    });
    const result = await readWhatCanBeRead(uniqueName('broken'));
    expect(result.exists).toBe(true);
    expect(result.openError).toMatch(/UnknownError/);
  });
});
