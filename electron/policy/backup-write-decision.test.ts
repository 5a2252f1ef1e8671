import { describe, expect, it } from 'vitest';
import type { AutomaticBackupReason } from '../../core/bridge/desktop-api';
import {
  MIN_BACKUP_INTERVAL_MS,
  decideBackupWrite,
  type NewestBackup,
} from './backup-write-decision';

const newestHolding = (
  contentDigest: string | null = 'digest-a',
  reason: AutomaticBackupReason = 'scheduled',
): NewestBackup => ({ name: `newest ${reason}`, reason, contentDigest });

const decide = (
  msSinceLastWrite: number | null,
  contentDigest: string,
  newest: NewestBackup | null,
  reason: AutomaticBackupReason = 'scheduled',
) => decideBackupWrite({ msSinceLastWrite, reason, contentDigest, newest });

const SECOND = 1000;

describe('decideBackupWrite', () => {
  it('writes the first backup', () => {
    expect(decide(null, 'digest-a', null)).toEqual({ action: 'write' });
  });

  it('does not write a backup holding the same data as the newest, however late', () => {
    const newest = newestHolding();
    expect(decide(8 * 86_400 * SECOND, 'digest-a', newest)).toEqual({
      action: 'unchanged',
      newest: newest.name,
    });
  });

  it('writes other data once a minute has passed since the last write', () => {
    expect(decide(60 * SECOND, 'digest-b', newestHolding())).toEqual({ action: 'write' });
    // Nothing written yet by this process (the newest is from an earlier session).
    expect(decide(null, 'digest-b', newestHolding())).toEqual({ action: 'write' });
  });

  it('refuses a second backup within a minute and says when to ask again', () => {
    expect(decide(45 * SECOND, 'digest-b', newestHolding())).toEqual({
      action: 'too-soon',
      retryAfterMs: 15 * SECOND,
    });
    expect(decide(0, 'digest-b', newestHolding())).toEqual({
      action: 'too-soon',
      retryAfterMs: MIN_BACKUP_INTERVAL_MS,
    });
  });

  it('refuses an ordinary backup within a minute, so the page cannot stream them', () => {
    for (const reason of ['start', 'scheduled'] as const) {
      expect(decide(30 * SECOND, 'digest-b', newestHolding(), reason).action).toBe('too-soon');
    }
  });

  it('always writes new data before a restore, import or upgrade, even within the minute', () => {
    for (const newestReason of ['scheduled', 'before-import'] as const) {
      const newest = newestHolding('digest-a', newestReason);
      for (const reason of ['before-restore', 'before-import', 'before-upgrade'] as const) {
        expect(decide(SECOND, 'digest-b', newest, reason)).toEqual({ action: 'write' });
      }
    }
  });

  it('writes a pinned copy of unchanged data when the newest would rotate away', () => {
    expect(decide(3600 * SECOND, 'digest-a', newestHolding(), 'before-restore')).toEqual({
      action: 'write',
    });
    // Even right after it (a restore just after the app opened): the copy is made once.
    expect(decide(10 * SECOND, 'digest-a', newestHolding(), 'before-restore')).toEqual({
      action: 'write',
    });
    const pinned = newestHolding('digest-a', 'before-import');
    expect(decide(3600 * SECOND, 'digest-a', pinned, 'before-restore').action).toBe('unchanged');
  });

  it('compares with a newest backup it could not read as different data', () => {
    expect(decide(null, 'digest-a', newestHolding(null))).toEqual({ action: 'write' });
  });
});
