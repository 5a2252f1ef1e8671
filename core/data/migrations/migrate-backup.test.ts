// Tests of the backup-format migration entry point: the current version passes through, older
// steps exist for every version below it, and unreadable versions are refused with a reason.

import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '../../domain/types';
import { BACKUP_MIGRATIONS, migrateBackup } from './migrate-backup';

describe('migrateBackup', () => {
  it('has one step for each version below the current one', () => {
    expect(BACKUP_MIGRATIONS).toHaveLength(BACKUP_VERSION - 1);
  });

  it('passes a current-version file through unchanged', () => {
    const raw = {
      format: 'partnership-health-backup',
      version: BACKUP_VERSION,
      data: { pulses: [] },
    };
    expect(migrateBackup(raw)).toEqual({ ok: true, raw });
  });

  it.each([0, -1, 1.5, '1', null, undefined])('refuses version %j', (version) => {
    const result = migrateBackup({ version });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toMatchObject([{ collection: 'file', field: 'version' }]);
  });

  it('refuses a newer version and says which app to install', () => {
    const newer = migrateBackup({
      version: BACKUP_VERSION + 1,
      app: { name: 'Partnership Health', version: '3.0.0' },
    });
    expect(newer.ok).toBe(false);
    if (newer.ok) return;
    expect(newer.issues[0]!.rule).toMatch(
      /format version 2; this app reads version 1\. Install Partnership Health 3\.0\.0 or newer/,
    );
    const unnamed = migrateBackup({ version: 7 });
    expect(!unnamed.ok && unnamed.issues[0]!.rule).toMatch(
      /Install a newer Partnership Health to open it\.$/,
    );
  });
});
