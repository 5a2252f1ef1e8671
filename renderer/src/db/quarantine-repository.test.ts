// Records written past validation (a bug, a crash mid-upgrade, a newer version) are left out of
// every read, listed, deletable with an undo, and kept exactly as they are in backups.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeOrganization,
  makePartnership,
  makePulse,
  smallDataset,
} from '../../../test/factories/records';
import { SETTINGS_KEY, type PartnershipHealthDatabase } from './database';
import { readAllData, readBackupData, replaceAllData } from './dataset-repository';
import { listOrganizations } from './organization-repository';
import { readPartnershipPageData } from './partnership-records-query';
import { getPartnership, listPartnerships, savePartnership } from './partnership-repository';
import { deleteQuarantined, putBackQuarantined, readQuarantine } from './quarantine-repository';
import { getRecord, saveRecord } from './record-repository';
import { readRestoreUndo } from './meta-repository';
import { restoreDataset, undoRestore } from './restore-repository';
import { readSettings } from './settings-repository';
import { freshTestDatabase } from './test-database';

const BAD = { id: 'bad-1', name: 42, partyIds: null };

/** Writes `record` into `table` as it is, past every check (as a raw IndexedDB put would). */
async function putRaw(db: PartnershipHealthDatabase, table: string, record: unknown) {
  await db.table(table).put(record);
}

/** The same write through the browser's own IndexedDB API, without Dexie. */
function putThroughIndexedDb(name: string, store: string, record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite');
      tx.objectStore(store).put(record);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

let db: PartnershipHealthDatabase;
beforeEach(async () => {
  db = freshTestDatabase();
  await replaceAllData(smallDataset());
});

describe('reads skip records that break the rules', () => {
  it('leaves the partnership of the issue out of every read, and the rest as it was', async () => {
    await putRaw(db, 'partnerships', BAD);
    expect(await readAllData()).toEqual(smallDataset());
    expect((await listPartnerships()).map((p) => p.id)).toEqual(['p-1']);
    expect(await getPartnership('bad-1')).toBeUndefined();
    expect(await readPartnershipPageData('bad-1')).toBeNull();
    expect((await readPartnershipPageData('p-1'))?.records.pulses).toHaveLength(1);
    // It stays on disk, untouched.
    expect(await db.partnerships.get('bad-1')).toEqual(BAD);
  });

  it('skips a record written through the raw IndexedDB API, Dexie closed meanwhile', async () => {
    db.close();
    await putThroughIndexedDb(db.name, 'partnerships', BAD);
    await db.open();
    expect((await readAllData()).partnerships.map((p) => p.id)).toEqual(['p-1']);
    expect((await readQuarantine()).map((q) => q.id)).toEqual(['bad-1']);
  });

  it('holds back the records of a broken partnership and hides the partnership page', async () => {
    await putRaw(db, 'partnerships', { ...makePartnership(1), status: 'sleeping' });
    const data = await readAllData();
    expect(data.partnerships).toEqual([]);
    expect(data.pulses).toEqual([]);
    expect(data.goals).toEqual([]);
    expect(data.goalUpdates).toEqual([]);
    expect(data.organizations).toHaveLength(2);
    expect(await readPartnershipPageData('p-1')).toBeNull();
    const listed = await readQuarantine();
    expect(listed.filter((q) => q.heldBackWith === undefined).map((q) => q.id)).toEqual(['p-1']);
    expect(listed).toHaveLength(4);
  });

  it('drops a partnership naming a broken organization from the lists', async () => {
    await putRaw(db, 'organizations', { ...makeOrganization(2), kind: 'guild' });
    expect((await listOrganizations()).map((o) => o.id)).toEqual(['org-1']);
    expect(await listPartnerships()).toEqual([]);
  });

  it('agrees with the lists on a party whose name an earlier organization repeats', async () => {
    // "org-0" comes first in key order, so org-2 (a party of p-1) is the repeat left out.
    const name = makeOrganization(2).name.toUpperCase();
    await putRaw(db, 'organizations', { ...makeOrganization(0), name });
    expect((await listOrganizations()).map((o) => o.id).sort()).toEqual(['org-0', 'org-1']);
    expect(await listPartnerships()).toEqual([]);
    expect(await getPartnership('p-1')).toBeUndefined();
    expect(await readPartnershipPageData('p-1')).toBeNull();
  });

  it('refuses a write that names a broken record, and accepts one that does not', async () => {
    await putRaw(db, 'partnerships', BAD);
    await expect(saveRecord('pulses', makePulse(2, 'bad-1', 'org-1'))).rejects.toThrow(/bad-1/);
    await saveRecord('pulses', makePulse(3, 'p-1', 'org-2'));
    expect((await readAllData()).pulses).toHaveLength(2);
  });

  it('reads a record by id only when it passes its schema', async () => {
    await putRaw(db, 'pulses', { ...makePulse(5, 'p-1', 'org-1'), date: 'yesterday' });
    expect(await getRecord('pulses', 'pulse-5')).toBeUndefined();
    expect(await getRecord('pulses', 'pulse-1')).toEqual(smallDataset().pulses[0]);
  });

  it('ignores a broken stored partnership when saving one with its id', async () => {
    await putRaw(db, 'partnerships', { ...makePartnership(1), createdAt: 12 });
    const saved = await savePartnership(makePartnership(1), new Date('2026-05-01T00:00:00Z'));
    expect(saved.createdAt).toBe('2026-01-01T09:00:00.000Z');
  });

  it('falls back to the default settings for a malformed row, and lists it', async () => {
    await putRaw(db, 'settings', { key: SETTINGS_KEY, lookbackDays: 'many' });
    expect((await readSettings()).lookbackDays).toBe(90);
    expect((await readAllData()).settings.lookbackDays).toBe(90);
    const [entry] = await readQuarantine();
    expect(entry).toMatchObject({ collection: 'settings', id: 'settings' });
    expect(entry!.rule).toMatch(/^lookbackDays: /);
  });

  it('lists a record with a numeric id and deletes it by that key', async () => {
    await putRaw(db, 'organizations', { id: 7, name: 'Seven', kind: 'company' });
    const listed = await readQuarantine();
    expect(listed.map((q) => [q.id, q.key])).toEqual([['7', 7]]);
    await deleteQuarantined(listed);
    expect(await db.organizations.count()).toBe(2);
  });
});

describe('deleting what could not be read', () => {
  it('deletes the listed records only, and Undo puts exactly them back', async () => {
    await putRaw(db, 'partnerships', BAD);
    await putRaw(db, 'pulses', { ...makePulse(8, 'p-1', 'org-1'), scores: 'great' });
    const listed = await readQuarantine();
    expect(listed.map((q) => q.id).sort()).toEqual(['bad-1', 'pulse-8']);
    const deleted = await deleteQuarantined(listed);
    expect(await readQuarantine()).toEqual([]);
    expect(await db.partnerships.count()).toBe(1);
    expect(await readAllData()).toEqual(smallDataset());
    await putBackQuarantined(deleted);
    expect(await db.partnerships.get('bad-1')).toEqual(BAD);
    expect(await readQuarantine()).toEqual(listed);
  });

  it('deletes a malformed settings row (the defaults stay in use) and Undo puts it back', async () => {
    const row = { key: SETTINGS_KEY, lookbackDays: 'many' };
    await putRaw(db, 'settings', row);
    const deleted = await deleteQuarantined(await readQuarantine());
    expect(await db.settings.count()).toBe(0);
    expect((await readSettings()).lookbackDays).toBe(90);
    await putBackQuarantined(deleted);
    expect(await db.settings.get(SETTINGS_KEY)).toEqual(row);
  });

  it('refuses Undo, writing nothing, once a record with the same id was saved', async () => {
    await putRaw(db, 'organizations', { ...makeOrganization(3), name: '' });
    const deleted = await deleteQuarantined(await readQuarantine());
    await saveRecord('organizations', makeOrganization(3));
    await expect(putBackQuarantined(deleted)).rejects.toThrow(/org-3/);
    expect((await db.organizations.get('org-3'))?.name).toBe('Organization 3');
  });
});

describe('backups and restores keep what could not be read', () => {
  it('gives backups every record as stored', async () => {
    await putRaw(db, 'partnerships', BAD);
    const data = await readBackupData();
    // In key order, as stored: "bad-1" sorts before "p-1".
    expect(data.partnerships).toEqual([BAD, ...smallDataset().partnerships]);
    expect(data.settings).toEqual(smallDataset().settings);
  });

  it('keeps broken records in the undo copy of a restore and puts them back on undo', async () => {
    await putRaw(db, 'partnerships', BAD);
    await restoreDataset({ ...smallDataset(), pulses: [] }, 'backup.json', '2026-05-01T00:00:00Z');
    expect(await db.partnerships.get('bad-1')).toBeUndefined();
    expect((await readRestoreUndo())?.previous.partnerships).toContainEqual(BAD);
    await undoRestore();
    expect(await db.partnerships.get('bad-1')).toEqual(BAD);
    expect(await readAllData()).toEqual(smallDataset());
  });
});
