// Deleting one record on fake-indexeddb: a goal goes with its updates, Undo puts back exactly
// what was removed, and a restore that no longer fits the data writes nothing.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeGoalUpdate, smallDataset } from '../../../test/factories/records';
import type { PartnershipHealthDatabase } from './database';
import { readAllData, replaceAllData } from './dataset-repository';
import { RecordValidationError, WriteRefusedError } from './record-errors';
import { deleteRecordAndDependants, restoreDeletedRecords } from './record-deletion';
import { freshTestDatabase } from './test-database';

let db: PartnershipHealthDatabase;
beforeEach(async () => {
  db = freshTestDatabase();
  const data = smallDataset();
  data.goalUpdates.push({ ...makeGoalUpdate(2, 'goal-1'), date: '2026-05-01' });
  await replaceAllData(data);
});

describe('deleteRecordAndDependants', () => {
  it('deletes a goal together with its updates, and Undo restores them unchanged', async () => {
    const before = await readAllData();
    const deleted = await deleteRecordAndDependants('goals', 'goal-1');
    expect(deleted.goals).toEqual(before.goals);
    expect(deleted.goalUpdates).toHaveLength(2);
    expect(await db.goals.count()).toBe(0);
    expect(await db.goalUpdates.count()).toBe(0);

    await restoreDeletedRecords(deleted);
    expect(await readAllData()).toEqual(before);
  });

  it('deletes one pulse and nothing else', async () => {
    const deleted = await deleteRecordAndDependants('pulses', 'pulse-1');
    expect(Object.keys(deleted)).toEqual(['pulses']);
    expect(await db.pulses.count()).toBe(0);
    expect(await db.goalUpdates.count()).toBe(2);
  });

  it('refuses a record that is already gone', async () => {
    await expect(deleteRecordAndDependants('pulses', 'nope')).rejects.toThrow(WriteRefusedError);
  });

  it('refuses to restore into a partnership deleted since, writing nothing', async () => {
    const deleted = await deleteRecordAndDependants('goals', 'goal-1');
    await db.pulses.clear();
    await db.partnerships.clear();
    await expect(restoreDeletedRecords(deleted)).rejects.toThrow(RecordValidationError);
    expect(await db.goals.count()).toBe(0);
    expect(await db.goalUpdates.count()).toBe(0);
  });
});
