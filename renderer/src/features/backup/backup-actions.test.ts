// "Back up data" through a fake platform, on fake-indexeddb: the whole database in the file,
// and the time of the manual backup recorded only when the file was saved.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup, partitionBackup } from '../../../../core/data/backup-file';
import { smallDataset } from '../../../../test/factories/records';
import { readAllData, replaceAllData } from '../../db/dataset-repository';
import { readLastManualBackupAt } from '../../db/meta-repository';
import { freshTestDatabase } from '../../db/test-database';
import { backUpData } from './backup-actions';
import { datedFileName } from './saved-files';
import { fakePlatform } from './test-platform.test-support';

beforeEach(() => {
  freshTestDatabase();
});

/** `collection id` of each record a restore of backup `text` would reject. */
function parsePartitioned(text: string): string[] {
  const result = partitionBackup(text);
  if (!result.ok) throw new Error('the file itself was refused');
  return result.rejected.map((r) => `${r.collection} ${r.id}`);
}

describe('backUpData', () => {
  it('saves every record and the settings, and records the time', async () => {
    const data = smallDataset();
    data.settings = { ...data.settings, organizationName: 'Ünïcødé 👩🏽‍💻', lookbackDays: 120 };
    await replaceAllData(data);
    const platform = fakePlatform();
    const now = new Date('2026-11-28T10:00:00Z');
    expect(await backUpData(platform, now)).toBe(true);
    const request = vi.mocked(platform.saveFile).mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^partnership-health-backup-2026-11-2[89]\.json$/);
    expect(request.kind).toBe('json');
    const parsed = parseBackup(request.content as string);
    if (!parsed.ok) throw new Error('the saved backup does not parse');
    expect(parsed.backup.data).toEqual(await readAllData());
    expect(parsed.backup.data.settings.lookbackDays).toBe(120);
    expect(parsed.backup.exportedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(parsed.backup.app).toEqual({ name: 'Partnership Health', version: '0.1.0' });
    expect(await readLastManualBackupAt()).toBe('2026-11-28T10:00:00.000Z');
  });

  it('keeps records that could not be read in the file, exactly as stored', async () => {
    const db = freshTestDatabase();
    await replaceAllData(smallDataset());
    const bad = { id: 'bad-1', name: 42, partyIds: null };
    await db.partnerships.put(bad as never);
    await db.settings.put({ key: 'settings', lookbackDays: 'many' } as never);
    const platform = fakePlatform();
    expect(await backUpData(platform)).toBe(true);
    const content = vi.mocked(platform.saveFile).mock.calls[0]![0].content as string;
    const file = JSON.parse(content);
    expect(file.data.partnerships).toContainEqual(bad);
    expect(file.data.settings).toEqual({ lookbackDays: 'many' });
    expect(parsePartitioned(content)).toEqual(['partnerships bad-1', 'settings settings']);
  });

  it('records nothing when the user cancels or the save fails', async () => {
    await replaceAllData(smallDataset());
    const cancelled = fakePlatform({ saveFile: async () => ({ saved: false }) });
    expect(await backUpData(cancelled)).toBe(false);
    const failing = fakePlatform({
      saveFile: () => Promise.reject(new Error('Could not save (disk full).')),
    });
    expect(await backUpData(failing)).toBe(false);
    expect(await readLastManualBackupAt()).toBeNull();
  });

  it('names the file by the local date', () => {
    expect(datedFileName('backup', new Date(2026, 0, 5, 23, 30))).toBe(
      'partnership-health-backup-2026-01-05.json',
    );
  });
});
