// Backup export and import through a fake platform, on fake-indexeddb.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, parseBackup, serializeBackup } from '../../../../core/data/backup-file';
import { emptyDataset, makeOrganization, smallDataset } from '../../../../test/factories/records';
import type { DesktopPlatform } from '../../app/desktop-bridge';
import { readAllData, replaceAllData } from '../../db/dataset-repository';
import { freshTestDatabase } from '../../db/test-database';
import { exportBackup, pickBackup, restoreBackup } from './backup-actions';

function fakePlatform(overrides: Partial<DesktopPlatform> = {}): DesktopPlatform {
  return {
    isDesktop: true,
    getAppInfo: async () => ({ name: 'Partnership Health', version: '0.1.0' }),
    saveFile: vi.fn(async () => ({ saved: true })),
    openFile: vi.fn(async () => null),
    onMenuCommand: () => () => undefined,
    ...overrides,
  };
}

beforeEach(() => {
  freshTestDatabase();
});

describe('backup actions', () => {
  it('export writes a backup file that parses back to the stored data', async () => {
    await replaceAllData(smallDataset());
    const platform = fakePlatform();
    await exportBackup(platform, new Date('2026-11-28T10:00:00Z'));
    const request = vi.mocked(platform.saveFile).mock.calls[0]![0];
    expect(request.suggestedName).toBe('partnership-health-backup-2026-11-28.json');
    const parsed = parseBackup(request.content);
    expect(parsed.ok && parsed.backup.data).toEqual(await readAllData());
  });

  it('a broken backup file is refused and nothing changes', async () => {
    await replaceAllData(smallDataset());
    const platform = fakePlatform({ openFile: async () => ({ content: '{"format":"other"}' }) });
    expect(await pickBackup(platform)).toBeNull();
    expect(await readAllData()).toEqual(smallDataset());
  });

  it('a valid backup file replaces the stored data', async () => {
    const text = serializeBackup(
      createBackup(
        smallDataset(),
        { name: 'Partnership Health', version: '0.1.0' },
        '2026-11-28T10:00:00Z',
      ),
    );
    await replaceAllData({ ...emptyDataset(), organizations: [makeOrganization(9)] });
    const backup = await pickBackup(fakePlatform({ openFile: async () => text }));
    expect(backup?.data.organizations.map((o) => o.id)).toEqual(['org-1', 'org-2']);
    await restoreBackup(backup!);
    expect(await readAllData()).toEqual(smallDataset());
  });
});
