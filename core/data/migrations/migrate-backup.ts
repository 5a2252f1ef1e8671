// Entry point for backup-format migrations: brings a parsed file of an older format version up
// to BACKUP_VERSION, one step per numbered module, and refuses versions this app cannot read.
// Version 1 is the only format so far, so no step exists yet and v1 files pass through as they are.

import { BACKUP_VERSION } from '../../domain/types';
import { describeValue } from '../validation-issue';
import type { ValidationIssue } from '../validation-issue';

/** A parsed backup file whose top level is an object (its data not yet validated). */
export type RawBackup = Record<string, unknown>;

/** One step: turns a file of version n into a file of version n + 1 (pure). */
export type BackupMigration = (raw: RawBackup) => RawBackup;

/**
 * The steps in order: entry i migrates version i + 1 to i + 2. Append a numbered module
 * (`v1-to-v2.ts`, with its own test) here when BACKUP_VERSION rises; never edit a released one.
 */
export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [];

function fileIssue(field: string, rule: string): ValidationIssue {
  return { collection: 'file', field, rule };
}

/** Names the writing app, when the file says, for the "install a newer app" message. */
function writer(raw: RawBackup): string {
  const app = raw.app as { name?: unknown; version?: unknown } | undefined;
  const version = typeof app?.version === 'string' ? app.version.slice(0, 40) : '';
  return version === '' ? 'a newer Partnership Health' : `Partnership Health ${version} or newer`;
}

/**
 * Brings `raw` to the current format version. Refuses a version that is not a whole number ≥ 1,
 * and one above BACKUP_VERSION with a message naming the app needed to open it.
 */
export function migrateBackup(
  raw: RawBackup,
): { ok: true; raw: RawBackup } | { ok: false; issues: ValidationIssue[] } {
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      issues: [
        fileIssue('version', `must be a whole number of at least 1, got ${describeValue(version)}`),
      ],
    };
  }
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      issues: [
        fileIssue(
          'version',
          `This backup was written in format version ${version}; this app reads version ${BACKUP_VERSION}. Install ${writer(raw)} to open it.`,
        ),
      ],
    };
  }
  const migrated = BACKUP_MIGRATIONS.slice(version - 1).reduce<RawBackup>(
    (file, step, i) => ({ ...step(file), version: version + i + 1 }),
    raw,
  );
  return { ok: true, raw: migrated };
}
