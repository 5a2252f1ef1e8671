// Loading the sample and undoing it gives back the data exactly as stored, unreadable records
// included (they are left out of every read, so a copy made from a read would lose them).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { smallDataset } from '../../../../test/factories/records';
import { readAllData, readBackupData, replaceAllData } from '../../db/dataset-repository';
import type { PartnershipHealthDatabase } from '../../db/database';
import { freshTestDatabase } from '../../db/test-database';
import { loadSamplePortfolio, undoLoadSample } from './load-sample';

const BAD = { id: 'bad-1', name: 42, partyIds: null };
const NOW = new Date(2026, 11, 6, 10, 0);

let db: PartnershipHealthDatabase;
beforeEach(async () => {
  db = freshTestDatabase();
  await replaceAllData(smallDataset());
  await db.table('partnerships').put(BAD);
});

describe('loadSamplePortfolio', () => {
  it('replaces the data with the sample', async () => {
    const count = await loadSamplePortfolio(NOW);
    expect(count).toBeGreaterThan(1);
    expect((await readAllData()).partnerships).toHaveLength(count);
    expect(await db.partnerships.get('bad-1')).toBeUndefined();
  });

  it('undo puts back every stored record, the one that could not be read included', async () => {
    const before = await readBackupData();
    await loadSamplePortfolio(NOW);
    await undoLoadSample();
    expect(await db.partnerships.get('bad-1')).toEqual(BAD);
    expect(await readBackupData()).toEqual(before);
    expect(await readAllData()).toEqual(smallDataset());
  });
});
