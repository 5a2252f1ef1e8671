// Settings → Data's list of records that could not be read: rows, wording, export and delete
// with undo, on fake-indexeddb through a fake platform.
import 'fake-indexeddb/auto';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makePulse, smallDataset } from '../../../../test/factories/records';
import { readAllData, readBackupData, replaceAllData } from '../../db/dataset-repository';
import { readQuarantine } from '../../db/quarantine-repository';
import { freshTestDatabase } from '../../db/test-database';
import type { PartnershipHealthDatabase } from '../../db/database';
import { fakePlatform } from './test-platform.test-support';
import {
  deleteUnreadable,
  exportUnreadable,
  unreadableRows,
  unreadableSummary,
} from './unreadable-records';

vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn(), hide: vi.fn() } }));

let db: PartnershipHealthDatabase;
beforeEach(async () => {
  vi.mocked(notifications.show).mockClear();
  db = freshTestDatabase();
  await replaceAllData(smallDataset());
  // The partnership breaks a rule; its pulse, goal and goal update are held back with it.
  await db.partnerships.put({ ...smallDataset().partnerships[0]!, status: 'asleep' } as never);
  await db.pulses.put({ ...makePulse(2, 'p-1', 'org-1'), date: '2026-02-30' });
});

describe('the list of records that could not be read', () => {
  it('lists the broken records, each with how many are held back with it', async () => {
    const rows = unreadableRows(await readQuarantine());
    expect(rows.map((r) => [r.entry.collection, r.entry.id, r.heldBack.length])).toEqual([
      ['partnerships', 'p-1', 3],
      ['pulses', 'pulse-2', 0],
    ]);
    expect(unreadableSummary(2, 3)).toMatch(
      /^2 records break .* leaves them out .*\. 3 other records are held back with them because they depend on them\. Nothing is changed on disk, and backups keep them as they are\./,
    );
    expect(unreadableSummary(1, 0)).toMatch(/^1 record breaks .* keep it as it is\./);
  });

  it('exports every record left out, held back ones too, through the platform', async () => {
    const platform = fakePlatform();
    expect(await exportUnreadable(platform, await readQuarantine())).toBe(true);
    const request = vi.mocked(platform.saveFile).mock.calls[0]![0];
    expect(request.suggestedName).toMatch(
      /^partnership-health-unreadable-records-\d{4}-\d\d-\d\d\.json$/,
    );
    const file = JSON.parse(request.content as string);
    expect(file.records.map((r: { id: string }) => r.id).sort()).toEqual([
      'goal-1',
      'gu-1',
      'p-1',
      'pulse-1',
      'pulse-2',
    ]);
  });

  it('deletes the broken records with those held back, and offers an Undo for all', async () => {
    const rows = unreadableRows(await readQuarantine());
    const before = await readBackupData();
    await deleteUnreadable(rows);
    expect(await db.partnerships.count()).toBe(0);
    expect(await db.pulses.count()).toBe(0);
    expect(await db.goals.count()).toBe(0);
    expect(await db.goalUpdates.count()).toBe(0);
    // Nothing is left behind as a new broken record: one press of Delete is enough.
    expect(await readQuarantine()).toEqual([]);
    const shown = vi.mocked(notifications.show).mock.calls.at(-1)![0];
    expect(shown.id).toBe('delete-unreadable-records');
    expect(JSON.stringify(shown.message)).toContain(
      'Deleted 2 records that could not be read and the 3 held back with them.',
    );
    const undo = (shown.message as { props: { onAction: () => Promise<void> } }).props.onAction;
    await undo();
    expect(unreadableRows(await readQuarantine())).toEqual(rows);
    expect(await readBackupData()).toEqual(before);
    expect((await readAllData()).partnerships).toEqual([]);
  });
});
