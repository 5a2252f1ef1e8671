import { describe, expect, it } from 'vitest';
import type { AutomaticBackupInfo } from '../../../../core/bridge/desktop-api';
import { backupRows, lastBackupLine, restoreSourceLabel } from './backup-list-format';

const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    Date.parse(iso),
  );

const verified: AutomaticBackupInfo = {
  name: 'partnership-health-2026-11-28T10-15-00-000Z-start.json',
  createdAt: '2026-11-28T10:15:00.000Z',
  reason: 'start',
  bytes: 1_500_000,
  valid: true,
  records: 1_200,
};
const damaged: AutomaticBackupInfo = {
  name: 'partnership-health-2026-11-28T11-00-00-000Z-before-restore.json',
  createdAt: '2026-11-28T11:00:00.000Z',
  reason: 'before-restore',
  bytes: 512,
  valid: false,
  records: null,
};

describe('automatic backup list', () => {
  it('shows time, reason, records, size and whether the checksum verified', () => {
    expect(backupRows([damaged, verified], 'en-GB')).toEqual([
      {
        name: damaged.name,
        when: when(damaged.createdAt),
        reason: 'Before a restore',
        records: '—',
        size: '512 bytes',
        restorable: false,
        check: 'Damaged or incomplete',
      },
      {
        name: verified.name,
        when: when(verified.createdAt),
        reason: 'App opened',
        records: '1,200',
        size: '1.5 MB',
        restorable: true,
        check: 'Verified',
      },
    ]);
  });

  it('names the newest verified backup as the last one, never a damaged one', () => {
    expect(lastBackupLine([damaged, verified], 'en-GB')).toBe(
      `Last automatic backup: ${when(verified.createdAt)}.`,
    );
    expect(lastBackupLine([damaged])).toBe('No automatic backup yet.');
    expect(lastBackupLine([])).toBe('No automatic backup yet.');
  });

  it('labels a restore source with its time and reason', () => {
    expect(restoreSourceLabel(verified, 'en-GB')).toBe(
      `the automatic backup of ${when(verified.createdAt)} (app opened)`,
    );
  });
});
