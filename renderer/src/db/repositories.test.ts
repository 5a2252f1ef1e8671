// Repositories on fake-indexeddb: validation before any write, atomic multi-record writes,
// refused organization deletes, partnership delete with undo, and whole-data-set replace.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  emptyDataset,
  makeGoalUpdate,
  makeOrganization,
  makePartnership,
  makePulse,
  smallDataset,
} from '../../../test/factories/records';
import type { PartnershipHealthDatabase } from './database';
import { isDatabaseEmpty, readAllData, replaceAllData } from './dataset-repository';
import { deleteOrganization, listOrganizations, saveOrganization } from './organization-repository';
import {
  deletePartnership,
  restoreDeletedPartnership,
  savePartnership,
} from './partnership-repository';
import { RecordValidationError, WriteRefusedError } from './record-errors';
import { saveRecord } from './record-repository';
import { readSettings, saveSettings } from './settings-repository';
import { freshTestDatabase } from './test-database';

let db: PartnershipHealthDatabase;
beforeEach(() => {
  db = freshTestDatabase();
});

describe('validated writes', () => {
  it('rejects an invalid record and writes nothing', async () => {
    await expect(saveOrganization({ id: 'o1', name: '', kind: 'company' })).rejects.toThrow(
      RecordValidationError,
    );
    expect(await db.organizations.count()).toBe(0);
  });

  it('rejects a partnership with one party, naming the field', async () => {
    await saveOrganization(makeOrganization(1));
    const error = await savePartnership(makePartnership(1, ['org-1'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).issues.map((i) => i.field)).toContain('partyIds');
    expect(await db.partnerships.count()).toBe(0);
  });

  it('rejects a reference to a missing organization', async () => {
    await saveOrganization(makeOrganization(1));
    await expect(savePartnership(makePartnership(1, ['org-1', 'org-9']))).rejects.toThrow(/org-9/);
    expect(await db.partnerships.count()).toBe(0);
  });

  it('rejects a second organization with the same name in other case', async () => {
    await saveOrganization(makeOrganization(1, { name: 'Acme' }));
    await expect(saveOrganization(makeOrganization(2, { name: 'ACME' }))).rejects.toThrow(/unique/);
    expect((await listOrganizations()).map((o) => o.name)).toEqual(['Acme']);
  });

  it('refuses saves with dangling references, checked against the stored records', async () => {
    await replaceAllData(smallDataset());
    const before = await readAllData();
    await expect(saveRecord('pulses', makePulse(2, 'p-9', 'org-1'))).rejects.toThrow(/p-9/);
    await expect(saveRecord('pulses', makePulse(2, 'p-1', 'org-9'))).rejects.toThrow(/org-9/);
    await expect(saveRecord('goalUpdates', makeGoalUpdate(2, 'goal-9'))).rejects.toThrow(/goal-9/);
    // The partnership's own pulse names org-1, so the partnership may not drop it.
    await saveOrganization(makeOrganization(3));
    await expect(savePartnership(makePartnership(1, ['org-2', 'org-3']))).rejects.toThrow(
      /"org-1".*1 in pulses/,
    );
    expect({ ...(await readAllData()), organizations: before.organizations }).toEqual(before);
  });

  it('keeps createdAt and moves updatedAt when a partnership is edited', async () => {
    await saveOrganization(makeOrganization(1));
    await saveOrganization(makeOrganization(2));
    const first = await savePartnership(makePartnership(1), new Date('2026-05-01T10:00:00Z'));
    const edited = await savePartnership(
      { ...first, name: 'Renamed' },
      new Date('2026-06-01T10:00:00Z'),
    );
    expect(edited.createdAt).toBe(first.createdAt);
    expect(edited.updatedAt).toBe('2026-06-01T10:00:00.000Z');
    expect((await db.partnerships.get('p-1'))?.name).toBe('Renamed');
  });
});

describe('organization delete', () => {
  it('is refused with the partnership named while a partnership uses it', async () => {
    await replaceAllData(smallDataset());
    await expect(deleteOrganization('org-1')).rejects.toThrow(WriteRefusedError);
    await expect(deleteOrganization('org-1')).rejects.toThrow(/"Partnership 1"/);
    expect(await db.organizations.get('org-1')).toBeDefined();
  });

  it('goes through when no partnership uses it', async () => {
    await saveOrganization(makeOrganization(7));
    await deleteOrganization('org-7');
    expect(await db.organizations.count()).toBe(0);
  });
});

describe('partnership delete and undo', () => {
  it('removes the partnership and all its records, and undo puts every one back', async () => {
    const dataset = smallDataset();
    await replaceAllData(dataset);
    const before = await readAllData();
    const deleted = await deletePartnership('p-1');
    const after = await readAllData();
    expect(after.partnerships).toEqual([]);
    expect(after.pulses).toEqual([]);
    expect(after.goals).toEqual([]);
    expect(after.goalUpdates).toEqual([]);
    expect(after.organizations).toHaveLength(2);
    await restoreDeletedPartnership(deleted);
    expect(await readAllData()).toEqual(before);
  });

  it('undo is refused, writing nothing, when a party was deleted meanwhile', async () => {
    await replaceAllData(smallDataset());
    const deleted = await deletePartnership('p-1');
    await deleteOrganization('org-2');
    await expect(restoreDeletedPartnership(deleted)).rejects.toThrow(RecordValidationError);
    expect(await db.partnerships.count()).toBe(0);
    expect(await db.pulses.count()).toBe(0);
  });
});

describe('whole data set', () => {
  it('replaceAllData then readAllData gives the same data back', async () => {
    const dataset = smallDataset();
    await replaceAllData(dataset);
    expect(await readAllData()).toEqual(dataset);
    expect(await isDatabaseEmpty()).toBe(false);
  });

  it('an invalid data set is rejected whole and the old data stays', async () => {
    await replaceAllData(smallDataset());
    const broken = { ...emptyDataset(), partnerships: [makePartnership(5, ['org-1', 'org-2'])] };
    await expect(replaceAllData(broken)).rejects.toThrow(RecordValidationError);
    expect((await readAllData()).partnerships.map((p) => p.id)).toEqual(['p-1']);
  });

  it('a write that throws half-way persists nothing', async () => {
    await replaceAllData(smallDataset());
    const next = {
      ...emptyDataset(),
      organizations: [makeOrganization(3), makeOrganization(4), makeOrganization(5)],
    };
    let created = 0;
    const failAfterTwo = () => {
      created += 1;
      if (created === 2) throw new Error('disk full (simulated)');
    };
    db.organizations.hook('creating', failAfterTwo);
    await expect(replaceAllData(next)).rejects.toThrow(/simulated/);
    db.organizations.hook('creating').unsubscribe(failAfterTwo);
    const data = await readAllData();
    expect(data.organizations.map((o) => o.id).sort()).toEqual(['org-1', 'org-2']);
    expect(data.partnerships).toHaveLength(1);
  });
});

describe('settings', () => {
  it('reads defaults, saves valid settings and refuses invalid ones', async () => {
    const defaults = await readSettings();
    expect(defaults.lookbackDays).toBe(90);
    await saveSettings({ ...defaults, lookbackDays: 120 });
    expect((await readSettings()).lookbackDays).toBe(120);
    await expect(saveSettings({ ...defaults, lookbackDays: 3 })).rejects.toThrow(/lookbackDays/);
    expect((await readSettings()).lookbackDays).toBe(120);
  });
});
