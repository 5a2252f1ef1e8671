import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../../core/data/backup-file';
import type {
  WriteAutomaticBackupRequest,
  WrittenAutomaticBackup,
} from '../../../../core/bridge/desktop-api';
import { makeOrganization } from '../../../../test/factories/records';
import { PartnershipHealthDatabase, setAppDatabase } from '../../db/database';
import {
  backupBeforeRiskyStep,
  checkSchedule,
  getAutomaticBackupStatus,
  startAutomaticBackups,
  stopAutomaticBackups,
} from './automatic-backups';
import { BACKUP_INTERVAL_MS } from './backup-schedule';

let counter = 0;
const databases: PartnershipHealthDatabase[] = [];

function database(name = `auto-backup-${++counter}-${Date.now()}`): PartnershipHealthDatabase {
  const db = new PartnershipHealthDatabase(name);
  databases.push(db);
  setAppDatabase(db);
  return db;
}

/** A desktop platform that keeps what it was asked to write. */
function fakeDesktop(fail?: string, tooSoon = false) {
  const writes: WriteAutomaticBackupRequest[] = [];
  return {
    writes,
    platform: {
      isDesktop: true,
      getAppInfo: () =>
        Promise.resolve({
          productName: 'Partnership Health',
          version: '1.2.3',
          runtime: 'desktop' as const,
          os: 'linux',
        }),
      writeAutomaticBackup: (request: WriteAutomaticBackupRequest) => {
        if (fail) return Promise.reject(new Error(fail));
        if (tooSoon) return Promise.resolve({ status: 'too-soon' as const, retryAfterMs: 30_000 });
        writes.push(request);
        const backup: WrittenAutomaticBackup = {
          name: `backup-${writes.length}.json`,
          createdAt: '2026-11-28T10:00:00.000Z',
          bytes: request.content.length,
        };
        return Promise.resolve({ status: 'written' as const, backup });
      },
    },
  };
}

function namesIn(content: string): string[] {
  const parsed = parseBackup(content);
  if (!parsed.ok) throw new Error('the backup does not parse');
  return parsed.backup.data.organizations.map((o) => o.name);
}

afterEach(() => {
  stopAutomaticBackups();
  for (const db of databases.splice(0)) db.close();
});

describe('the start-up backup', () => {
  it('is written from the data as opened, before the app can write anything', async () => {
    const name = `auto-backup-start-${Date.now()}`;
    const before = database(name);
    await before.organizations.add(makeOrganization(1, { id: 'o1', name: 'Before' }));
    before.close();

    const db = database(name);
    const desktop = fakeDesktop();
    await startAutomaticBackups({ db, platform: desktop.platform });
    await db.organizations.add(makeOrganization(2, { id: 'o2', name: 'After' }));
    expect(desktop.writes.map((w) => w.reason)).toEqual(['start']);
    expect(namesIn(desktop.writes[0]?.content ?? '')).toEqual(['Before']);
    expect(getAutomaticBackupStatus()).toMatchObject({
      running: true,
      last: { name: 'backup-1.json', reason: 'start' },
      lastError: null,
    });
  });

  it('does not keep the app from opening when it fails, and says why', async () => {
    const db = database();
    const desktop = fakeDesktop('The disk is full.');
    await startAutomaticBackups({ db, platform: desktop.platform });
    await db.organizations.add(makeOrganization(1));
    expect(await db.organizations.count()).toBe(1);
    expect(getAutomaticBackupStatus().lastError).toBe('The disk is full.');
  });

  it('gives up waiting after the time limit', async () => {
    const db = database();
    const desktop = fakeDesktop();
    const platform = {
      ...desktop.platform,
      writeAutomaticBackup: () => new Promise<never>(() => {}),
    };
    await startAutomaticBackups({ db, platform, startTimeoutMs: 20 });
    await db.organizations.add(makeOrganization(1));
    expect(getAutomaticBackupStatus().lastError).toContain('opened without waiting');
  });
});

describe('scheduled backups', () => {
  it('are made every 15 minutes, only while the data changes', async () => {
    let now = Date.parse('2026-11-28T10:00:00Z');
    const db = database();
    const desktop = fakeDesktop();
    await startAutomaticBackups({ db, platform: desktop.platform, now: () => new Date(now) });
    await db.open();
    expect(desktop.writes).toHaveLength(1);

    now += BACKUP_INTERVAL_MS + 1;
    expect(await checkSchedule()).toBeNull(); // nothing changed
    await db.organizations.add(makeOrganization(1, { name: 'New' }));
    now += 60_000;
    expect(await checkSchedule()).toMatchObject({ status: 'written' });
    expect(desktop.writes.map((w) => w.reason)).toEqual(['start', 'scheduled']);
    expect(namesIn(desktop.writes[1]?.content ?? '')).toEqual(['New']);

    await db.organizations.add(makeOrganization(2));
    now += 60_000;
    expect(await checkSchedule()).toBeNull(); // changed, but too soon
    now += BACKUP_INTERVAL_MS;
    expect(await checkSchedule()).toMatchObject({ status: 'written' });
    expect(desktop.writes).toHaveLength(3);
  });
});

describe('backupBeforeRiskyStep', () => {
  it('writes a backup of the current data for the step', async () => {
    const db = database();
    const desktop = fakeDesktop();
    await startAutomaticBackups({ db, platform: desktop.platform });
    await db.organizations.add(makeOrganization(1, { name: 'Kept' }));
    const outcome = await backupBeforeRiskyStep('before-restore');
    expect(outcome).toMatchObject({ status: 'written' });
    expect(desktop.writes.at(-1)?.reason).toBe('before-restore');
    expect(namesIn(desktop.writes.at(-1)?.content ?? '')).toEqual(['Kept']);
  });

  it('reports a backup the shell refused as too soon as a notice, not a failure', async () => {
    const db = database();
    const desktop = fakeDesktop(undefined, true);
    await startAutomaticBackups({ db, platform: desktop.platform });
    const outcome = await backupBeforeRiskyStep('before-restore');
    expect(outcome).toMatchObject({ status: 'too-soon' });
    expect(getAutomaticBackupStatus()).toMatchObject({ lastError: null });
    expect(getAutomaticBackupStatus().lastNotice).toContain('less than a minute old');
  });

  it('is not available in the browser, where nothing starts', async () => {
    const db = database();
    await startAutomaticBackups({ db, platform: { ...fakeDesktop().platform, isDesktop: false } });
    expect(getAutomaticBackupStatus().running).toBe(false);
    expect(await backupBeforeRiskyStep('before-import')).toEqual({ status: 'not-available' });
  });
});

describe('before a schema upgrade', () => {
  it('backs up the data as the older version holds it, before Dexie upgrades it', async () => {
    const name = `auto-backup-upgrade-${Date.now()}`;
    // A database left by an older app version: IndexedDB version 5 (Dexie version 0.5).
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 5);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('organizations', { keyPath: 'id' });
        store.add(makeOrganization(1, { id: 'old', name: 'From the old version' }));
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const desktop = fakeDesktop();
    await startAutomaticBackups({ db: database(name), platform: desktop.platform });
    expect(desktop.writes.map((w) => w.reason)).toEqual(['before-upgrade']);
    expect(namesIn(desktop.writes[0]?.content ?? '')).toEqual(['From the old version']);
  });
});
