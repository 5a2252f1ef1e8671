import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_INTERVAL_MS, isScheduledBackupDue } from './backup-schedule';

const MINUTE = 60_000;
const base = Date.parse('2026-11-28T10:00:00Z');

describe('isScheduledBackupDue', () => {
  it.each([
    ['changed, 15 minutes after the last backup', 15, 4, 3, true],
    ['changed, 14 minutes after', 14, 4, 3, false],
    ['unchanged, an hour after', 60, 3, 3, false],
    ['changed, a day after', 24 * 60, 9, 3, true],
  ])('%s → %s', (_label, minutesLater, changes, changesAtLastBackup, due) => {
    expect(
      isScheduledBackupDue({
        now: base + minutesLater * MINUTE,
        lastBackupAt: base,
        changes,
        changesAtLastBackup,
      }),
    ).toBe(due);
  });

  it('backs up changed data at once when no backup was made this session', () => {
    expect(
      isScheduledBackupDue({ now: base, lastBackupAt: null, changes: 1, changesAtLastBackup: 0 }),
    ).toBe(true);
    expect(
      isScheduledBackupDue({ now: base, lastBackupAt: null, changes: 0, changesAtLastBackup: 0 }),
    ).toBe(false);
  });

  it('does not wait for a clock that moved back behind the last backup', () => {
    expect(
      isScheduledBackupDue({
        now: base - 3 * 60 * MINUTE,
        lastBackupAt: base,
        changes: 2,
        changesAtLastBackup: 1,
      }),
    ).toBe(true);
  });

  it('never backs up unchanged data, and never twice within the interval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * BACKUP_INTERVAL_MS }),
        fc.nat(50),
        fc.nat(50),
        (elapsed, changes, changesAtLastBackup) => {
          const due = isScheduledBackupDue({
            now: base + elapsed,
            lastBackupAt: base,
            changes,
            changesAtLastBackup,
          });
          expect(due).toBe(changes !== changesAtLastBackup && elapsed >= BACKUP_INTERVAL_MS);
        },
      ),
    );
  });
});
