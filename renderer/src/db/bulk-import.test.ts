// A CSV import's write leaves out records whose content is already stored (one per stored copy),
// even when the data changed after the preview; identical new records are all kept.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makePulse, smallDataset } from '../../../test/factories/records';
import { importRecords } from './bulk-import';
import { readAllData, replaceAllData } from './dataset-repository';
import { freshTestDatabase } from './test-database';

beforeEach(async () => {
  freshTestDatabase();
  await replaceAllData(smallDataset());
});

describe('importRecords and records already stored', () => {
  it('leaves out one record per stored copy of its content, under any id', async () => {
    // smallDataset stores pulse-1: p-1, org-1, 2026-02-01, reliability 4.
    const repeat = { ...makePulse(7, 'p-1', 'org-1'), comment: null };
    const second = { ...repeat, id: 'pulse-6' };
    const fresh = { ...makePulse(8, 'p-1', 'org-1'), scores: { reliability: 5 as const } };
    const added = await importRecords('pulses', [
      repeat,
      fresh,
      second,
      { ...fresh, id: 'pulse-9' },
    ]);
    expect(added).toBe(3);
    expect((await readAllData()).pulses.map((p) => p.id)).toEqual([
      'pulse-1',
      'pulse-6',
      'pulse-8',
      'pulse-9',
    ]);
  });

  it('adds nothing when every record is already stored', async () => {
    const before = await readAllData();
    expect(await importRecords('pulses', [makePulse(5, 'p-1', 'org-1')])).toBe(0);
    expect(await readAllData()).toEqual(before);
  });
});
