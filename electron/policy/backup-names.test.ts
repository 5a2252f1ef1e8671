import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTOMATIC_BACKUP_REASONS } from '../../core/bridge/desktop-api';
import {
  backupFileName,
  checksumFileName,
  checksumFileText,
  parseBackupFileName,
  parseChecksumFile,
} from './backup-names';

describe('backup file names', () => {
  it('carry the UTC time and the reason', () => {
    expect(backupFileName(new Date('2026-11-28T10:15:00Z'), 'start')).toBe(
      'partnership-health-2026-11-28T10-15-00-000Z-start.json',
    );
    expect(
      parseBackupFileName('partnership-health-2026-11-28T10-15-00-250Z-before-restore.json'),
    ).toEqual({ createdAt: '2026-11-28T10:15:00.250Z', reason: 'before-restore' });
  });

  it('round-trip for every reason and time', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('2000-01-01T00:00:00Z'),
          max: Date.parse('2999-12-31T23:59:59Z'),
        }),
        fc.constantFrom(...AUTOMATIC_BACKUP_REASONS),
        (time, reason) => {
          const createdAt = new Date(time);
          expect(parseBackupFileName(backupFileName(createdAt, reason))).toEqual({
            createdAt: createdAt.toISOString(),
            reason,
          });
        },
      ),
    );
  });

  it.each([
    ['a path', '../partnership-health-2026-11-28T10-15-00-000Z-start.json'],
    ['a folder part', 'sub/partnership-health-2026-11-28T10-15-00-000Z-start.json'],
    ['a Windows folder part', 'x\\partnership-health-2026-11-28T10-15-00-000Z-start.json'],
    ['an absolute path', '/etc/partnership-health-2026-11-28T10-15-00-000Z-start.json'],
    ['a checksum file', 'partnership-health-2026-11-28T10-15-00-000Z-start.json.sha256'],
    ['a temporary file', '.partnership-health-2026-11-28T10-15-00-000Z-start.json.1-ab.tmp'],
    ['an unknown reason', 'partnership-health-2026-11-28T10-15-00-000Z-whenever.json'],
    ['an impossible date', 'partnership-health-2026-02-31T10-15-00-000Z-start.json'],
    ['an impossible hour', 'partnership-health-2026-11-28T25-15-00-000Z-start.json'],
    ['a NUL', 'partnership-health-2026-11-28T10-15-00-000Z-start.json\0'],
    ['a trailing newline', 'partnership-health-2026-11-28T10-15-00-000Z-start.json\n'],
    ['another app', 'other-app-2026-11-28T10-15-00-000Z-start.json'],
    ['an empty name', ''],
  ])('refuse %s', (_label, name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });

  it('never accept a name with a folder separator or dot segment', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const name = `${before}/${after}`;
        expect(parseBackupFileName(name)).toBeNull();
        expect(parseBackupFileName(`${before}\\${after}`)).toBeNull();
      }),
    );
  });
});

describe('checksum files', () => {
  const hash = 'a'.repeat(64);
  const name = 'partnership-health-2026-11-28T10-15-00-000Z-start.json';

  const digest = 'b'.repeat(64);
  const summary = { records: 42, contentDigest: digest };

  it('are written in sha256sum format, with the summary as a comment line', () => {
    expect(checksumFileName(name)).toBe(`${name}.sha256`);
    expect(checksumFileText(hash, name, summary)).toBe(
      `${hash}  ${name}\n# partnership-health records=42 data-sha256=${digest}\n`,
    );
    expect(parseChecksumFile(checksumFileText(hash, name, summary), name)).toEqual({
      sha256: hash,
      summary,
    });
  });

  it('read an earlier version’s one-line file, without a summary', () => {
    expect(parseChecksumFile(`${hash}  ${name}\n`, name)).toEqual({ sha256: hash, summary: null });
    expect(parseChecksumFile(`${hash} *${name}`, name)).toEqual({ sha256: hash, summary: null });
  });

  it('refuse a checksum for another file, a short hash, a bad summary or noise', () => {
    expect(parseChecksumFile(checksumFileText(hash, 'other.json', summary), name)).toBeNull();
    expect(parseChecksumFile(`${'a'.repeat(63)}  ${name}\n`, name)).toBeNull();
    expect(parseChecksumFile('', name)).toBeNull();
    expect(parseChecksumFile(`${hash.toUpperCase()}  ${name}\n`, name)).toBeNull();
    expect(
      parseChecksumFile(
        `${hash}  ${name}\n# partnership-health records=-1 data-sha256=${digest}\n`,
        name,
      ),
    ).toBeNull();
    expect(parseChecksumFile(`${hash}  ${name}\n${hash}  ${name}\n`, name)).toBeNull();
  });
});
