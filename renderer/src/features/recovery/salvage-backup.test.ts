// What "Save what can be read" writes: a backup file that the normal restore accepts, built from
// the raw reader's result, with defaults where the settings row was lost.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../../core/data/backup-file';
import { DEFAULT_SETTINGS } from '../../../../core/domain/types';
import { smallDataset } from '../../../../test/factories/records';
import { SETTINGS_KEY } from '../../db/database';
import type { SalvageResult } from '../../db/salvage-read';
import type { Platform } from '../../platform/platform';
import { datedFileName } from '../backup/saved-files';
import { salvagedDataset, salvageLines, saveWhatCanBeRead } from './salvage-backup';

function readOf(): SalvageResult {
  const data = smallDataset();
  return {
    exists: true,
    version: 10,
    openError: null,
    stores: [
      { name: 'organizations', records: data.organizations, error: null },
      { name: 'partnerships', records: data.partnerships, error: null },
      { name: 'pulses', records: data.pulses, error: null },
      { name: 'goals', records: data.goals, error: null },
      { name: 'goalUpdates', records: data.goalUpdates, error: null },
      { name: 'settings', records: [{ ...data.settings, key: SETTINGS_KEY }], error: null },
      { name: 'meta', records: [{ key: 'x', value: 1 }], error: null },
      { name: 'reviews', records: [], error: 'UnknownError: unreadable' },
    ],
  };
}

function fakePlatform(saved: boolean) {
  const saveFile = vi.fn(async () => ({ saved, path: saved ? '/tmp/x.json' : undefined }));
  const platform = {
    isDesktop: false,
    saveFile,
    getAppInfo: async () => ({
      productName: 'Partnership Health',
      version: '9.9.9',
      runtime: 'browser',
      os: 'web',
    }),
  } as unknown as Platform;
  return { platform, saveFile };
}

describe('salvagedDataset', () => {
  it('gives back the stored data set', () => {
    expect(salvagedDataset(readOf())).toEqual(smallDataset());
  });

  it('uses the default settings when the settings row is lost', () => {
    const result = readOf();
    result.stores = result.stores.filter((s) => s.name !== 'settings');
    expect(salvagedDataset(result).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('salvageLines', () => {
  it('lists each store with its count, error and whether the backup holds it', () => {
    const lines = salvageLines(readOf());
    expect(lines.find((l) => l.store === 'reviews')).toEqual({
      store: 'reviews',
      records: 0,
      error: 'UnknownError: unreadable',
      inBackup: true,
      leftOut: 0,
    });
    expect(lines.find((l) => l.store === 'meta')?.inBackup).toBe(false);
  });

  it('counts the records that break the rules, and those held back with them, per store', () => {
    const result = readOf();
    const partnerships = result.stores.find((s) => s.name === 'partnerships')!;
    partnerships.records = [{ ...(partnerships.records[0] as object), partyIds: null }];
    const leftOut = Object.fromEntries(salvageLines(result).map((l) => [l.store, l.leftOut]));
    expect(leftOut).toMatchObject({ organizations: 0, partnerships: 1, pulses: 1, goals: 1 });
    expect(leftOut.goalUpdates).toBe(1);
  });
});

describe('saveWhatCanBeRead', () => {
  it('saves a backup file that restore accepts', async () => {
    const { platform, saveFile } = fakePlatform(true);
    const now = new Date(2026, 10, 28, 9, 30);
    const outcome = await saveWhatCanBeRead(platform, now, async () => readOf());
    expect(outcome.step).toBe('saved');
    const request = (
      saveFile.mock.calls as unknown as [{ suggestedName: string; content: string }][]
    )[0]![0];
    expect(request.suggestedName).toBe(datedFileName('recovered', now));
    expect(request.suggestedName).toBe('partnership-health-recovered-2026-11-28.json');
    const parsed = parseBackup(request.content);
    expect(parsed.ok ? parsed.backup.data : parsed.issues).toEqual(smallDataset());
  });

  it('says when there is nothing to read, without saving a file', async () => {
    const { platform, saveFile } = fakePlatform(true);
    const outcome = await saveWhatCanBeRead(platform, new Date(), async () => ({
      exists: false,
      version: null,
      openError: null,
      stores: [],
    }));
    expect(outcome.step).toBe('nothing');
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('reports a cancelled save', async () => {
    const { platform } = fakePlatform(false);
    expect((await saveWhatCanBeRead(platform, new Date(), async () => readOf())).step).toBe(
      'cancelled',
    );
  });
});
