import { describe, expect, it } from 'vitest';
import type { AutomaticBackupReason } from '../../core/bridge/desktop-api';
import {
  MIN_BACKUP_INTERVAL_MS,
  decideBackupWrite,
  type NewestBackup,
} from './backup-write-decision';

const newestAt = (
  createdAt: string,
  contentDigest: string | null = 'digest-a',
  reason: AutomaticBackupReason = 'scheduled',
): NewestBackup => ({ name: `backup ${createdAt}`, createdAt, reason, contentDigest });

const decide = (
  now: string,
  contentDigest: string,
  newest: NewestBackup | null,
  reason: AutomaticBackupReason = 'scheduled',
) => decideBackupWrite({ now: new Date(now), reason, contentDigest, newest });

describe('decideBackupWrite', () => {
  it('writes the first backup', () => {
    expect(decide('2026-11-28T10:00:00Z', 'digest-a', null)).toEqual({ action: 'write' });
  });

  it('does not write a backup holding the same data as the newest, however late', () => {
    const newest = newestAt('2026-11-20T10:00:00.000Z');
    expect(decide('2026-11-28T10:00:00Z', 'digest-a', newest)).toEqual({
      action: 'unchanged',
      newest: newest.name,
    });
  });

  it('writes other data once a minute has passed since the newest', () => {
    const newest = newestAt('2026-11-28T10:00:00.000Z');
    expect(decide('2026-11-28T10:01:00Z', 'digest-b', newest)).toEqual({ action: 'write' });
  });

  it('refuses a second backup within a minute and says when to ask again', () => {
    const newest = newestAt('2026-11-28T10:00:00.000Z');
    expect(decide('2026-11-28T10:00:45Z', 'digest-b', newest)).toEqual({
      action: 'too-soon',
      retryAfterMs: 15_000,
    });
    expect(decide('2026-11-28T10:00:00Z', 'digest-b', newest)).toEqual({
      action: 'too-soon',
      retryAfterMs: MIN_BACKUP_INTERVAL_MS,
    });
  });

  it('refuses an ordinary backup within a minute, so the page cannot stream them', () => {
    const newest = newestAt('2026-11-28T10:00:00.000Z');
    for (const reason of ['start', 'scheduled'] as const) {
      expect(decide('2026-11-28T10:00:30Z', 'digest-b', newest, reason).action).toBe('too-soon');
    }
  });

  it('always writes new data before a restore, import or upgrade, even within the minute', () => {
    for (const newestReason of ['scheduled', 'before-import'] as const) {
      const newest = newestAt('2026-11-28T10:00:00.000Z', 'digest-a', newestReason);
      for (const reason of ['before-restore', 'before-import', 'before-upgrade'] as const) {
        expect(decide('2026-11-28T10:00:01Z', 'digest-b', newest, reason)).toEqual({
          action: 'write',
        });
      }
    }
  });

  it('writes a pinned copy of unchanged data when the newest would rotate away', () => {
    const ordinary = newestAt('2026-11-28T09:00:00.000Z');
    expect(decide('2026-11-28T10:00:00Z', 'digest-a', ordinary, 'before-restore')).toEqual({
      action: 'write',
    });
    // Even right after it (a restore just after the app opened): the copy is made once.
    const justNow = newestAt('2026-11-28T09:59:50.000Z');
    expect(decide('2026-11-28T10:00:00Z', 'digest-a', justNow, 'before-restore')).toEqual({
      action: 'write',
    });
    const pinned = newestAt('2026-11-28T09:00:00.000Z', 'digest-a', 'before-import');
    expect(decide('2026-11-28T10:00:00Z', 'digest-a', pinned, 'before-restore').action).toBe(
      'unchanged',
    );
  });

  it('compares with a newest backup it could not read as different data', () => {
    const unreadable = newestAt('2026-11-28T09:00:00.000Z', null);
    expect(decide('2026-11-28T10:00:00Z', 'digest-a', unreadable)).toEqual({ action: 'write' });
  });

  it('is not blocked by a newest backup dated in the future (the clock moved back)', () => {
    const future = newestAt('2026-12-01T00:00:00.000Z');
    expect(decide('2026-11-28T10:00:00Z', 'digest-b', future)).toEqual({ action: 'write' });
  });
});
