// The writes behind restore and CSV import, on fake-indexeddb: each commits whole or not at all.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Pulse } from '../../../core/domain/types';
import { makePulse, smallDataset } from '../../../test/factories/records';
import { importRecords } from './bulk-import';
import { readAllData, replaceAllData } from './dataset-repository';
import {
  readLastManualBackupAt,
  readRestoreUndo,
  readRestoreUndoInfo,
  recordManualBackup,
} from './meta-repository';
import { RecordValidationError } from './record-errors';
import { restoreDataset, undoRestore } from './restore-repository';
import { freshTestDatabase } from './test-database';

beforeEach(async () => {
  freshTestDatabase();
  await replaceAllData(smallDataset());
});

describe('importRecords', () => {
  it('adds every record in one go', async () => {
    // Content unlike the stored pulse-1 (p-1, org-1): a repeat of it would be left out.
    const pulses = [
      makePulse(2, 'p-1', 'org-2'),
      { ...makePulse(3, 'p-1', 'org-1'), date: '2026-02-02' },
    ];
    expect(await importRecords('pulses', pulses)).toBe(2);
    expect((await readAllData()).pulses.map((p) => p.id)).toEqual([
      'pulse-1',
      'pulse-2',
      'pulse-3',
    ]);
  });

  it.each([
    [
      'an id already stored',
      [makePulse(2, 'p-1', 'org-1'), makePulse(1, 'p-1', 'org-1')],
      /id: is already used/,
    ],
    [
      'the same id twice',
      [makePulse(2, 'p-1', 'org-1'), makePulse(2, 'p-1', 'org-2')],
      /id: is already used/,
    ],
    [
      'an unknown partnership',
      [makePulse(2, 'p-1', 'org-1'), makePulse(3, 'p-9', 'org-1')],
      /partnershipId/,
    ],
    [
      'a broken record',
      [makePulse(2, 'p-1', 'org-1'), { ...makePulse(3, 'p-1', 'org-1'), date: '2026-02-30' }],
      /date/,
    ],
  ])('stores nothing when one record has %s', async (_case, pulses, message) => {
    const before = await readAllData();
    const attempt = importRecords('pulses', pulses as Pulse[]);
    await expect(attempt).rejects.toBeInstanceOf(RecordValidationError);
    await expect(attempt).rejects.toThrow(message);
    expect(await readAllData()).toEqual(before);
  });
});

describe('restoreDataset and undoRestore', () => {
  it('keeps the replaced data with its source, and undo puts it back', async () => {
    const replacement = smallDataset();
    replacement.partnerships[0]!.name = 'Renamed';
    await restoreDataset(replacement, 'backup.json', '2026-11-28T10:00:00Z');
    expect((await readAllData()).partnerships[0]!.name).toBe('Renamed');
    expect(await readRestoreUndoInfo()).toEqual({
      restoredAt: '2026-11-28T10:00:00Z',
      source: 'backup.json',
    });
    expect((await readRestoreUndo())?.previous).toEqual(smallDataset());
    await undoRestore();
    expect(await readAllData()).toEqual(smallDataset());
    expect(await readRestoreUndo()).toBeNull();
  });

  it('an invalid data set changes nothing and keeps no copy', async () => {
    const broken = smallDataset();
    broken.pulses[0]!.partyId = 'org-9';
    await expect(restoreDataset(broken, 'bad.json', '2026-11-28T10:00:00Z')).rejects.toThrow(
      /partyId/,
    );
    expect(await readAllData()).toEqual(smallDataset());
    expect(await readRestoreUndoInfo()).toBeNull();
  });

  it('undo without a restore refuses and changes nothing', async () => {
    await expect(undoRestore()).rejects.toThrow(/no restore to undo/);
    expect(await readAllData()).toEqual(smallDataset());
  });
});

describe('last manual backup', () => {
  it('is null until recorded, then the latest time', async () => {
    expect(await readLastManualBackupAt()).toBeNull();
    await recordManualBackup('2026-11-01T08:00:00.000Z');
    await recordManualBackup('2026-11-28T08:00:00.000Z');
    expect(await readLastManualBackupAt()).toBe('2026-11-28T08:00:00.000Z');
  });
});
