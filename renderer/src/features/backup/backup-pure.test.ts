// The pure parts of the backup screens: the preview summary, the reminder rule, file decoding
// and the formats shown to people.
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../core/data/backup-file';
import {
  emptyDataset,
  makeOrganization,
  makePartnership,
  smallDataset,
} from '../../../../test/factories/records';
import { decodeBackupBytes } from './backup-file-text';
import { backupReminder, reminderText } from './backup-reminder';
import { summariseBackup } from './backup-summary';
import { formatBytes, formatTimestamp } from './format-time';

describe('summariseBackup', () => {
  it('counts each collection, lists partnerships by name and spans the record dates', () => {
    const data = smallDataset();
    data.organizations.push(makeOrganization(3));
    data.partnerships.push(
      makePartnership(2, ['org-1', 'org-3'], { name: 'apple orchard', startDate: '2025-05-05' }),
    );
    data.frictions.push({
      id: 'f1',
      partnershipId: 'p-1',
      title: 'Late reports',
      category: 'process',
      severity: 'low',
      openedDate: '2026-04-01',
      resolvedDate: '2026-09-30',
    });
    const summary = summariseBackup(
      createBackup(data, { name: 'Partnership Health', version: '1.2.3' }, '2026-11-28T10:00:00Z'),
    );
    expect(summary.counts).toMatchObject({
      organizations: 3,
      partnerships: 2,
      pulses: 1,
      frictions: 1,
    });
    expect(summary.totalRecords).toBe(3 + 2 + 1 + 1 + 1 + 1);
    expect(summary.partnerships.map((p) => p.name)).toEqual(['apple orchard', 'Partnership 1']);
    // The goal's due date (2026-12-31) lies ahead and is not a record date.
    expect([summary.firstDate, summary.lastDate]).toEqual(['2025-05-05', '2026-09-30']);
    expect([summary.appName, summary.appVersion, summary.exportedAt]).toEqual([
      'Partnership Health',
      '1.2.3',
      '2026-11-28T10:00:00Z',
    ]);
  });

  it('has no date range for a backup without dated records', () => {
    const summary = summariseBackup(createBackup(emptyDataset(), { name: '', version: '' }, 'x'));
    expect(summary.firstDate).toBeNull();
    expect(summary.totalRecords).toBe(0);
  });
});

describe('backupReminder', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const base = { isDesktop: false, hasData: true, now };

  it('reminds when data exists and no backup was ever saved', () => {
    expect(backupReminder({ ...base, lastBackupAt: null })).toEqual({ kind: 'never' });
    expect(reminderText({ kind: 'never' })).toMatch(/not saved a backup yet/);
  });

  it('reminds after more than 7 days, not at 7', () => {
    expect(backupReminder({ ...base, lastBackupAt: '2026-11-21T12:00:00Z' })).toBeNull();
    expect(backupReminder({ ...base, lastBackupAt: '2026-11-21T11:59:00Z' })).toEqual({
      kind: 'stale',
      days: 7,
    });
    expect(backupReminder({ ...base, lastBackupAt: '2026-10-01T00:00:00Z' })).toEqual({
      kind: 'stale',
      days: 58,
    });
    expect(reminderText({ kind: 'stale', days: 58 })).toMatch(/58 days old/);
  });

  it('stays quiet without data and on the desktop; an unreadable time counts as none', () => {
    expect(backupReminder({ ...base, hasData: false, lastBackupAt: null })).toBeNull();
    expect(backupReminder({ ...base, isDesktop: true, lastBackupAt: null })).toBeNull();
    expect(backupReminder({ ...base, lastBackupAt: 'yesterday' })).toEqual({ kind: 'never' });
  });
});

describe('decodeBackupBytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeBackupBytes(utf8('{"a":"Zoë 👩🏽‍💻"}'))).toEqual({ ok: true, text: '{"a":"Zoë 👩🏽‍💻"}' });
    expect(decodeBackupBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toEqual({
      ok: true,
      text: '{}',
    });
  });

  it('refuses empty, UTF-16 (with or without a mark) and non-UTF-8 files', () => {
    const refusal = (bytes: Uint8Array) => {
      const result = decodeBackupBytes(bytes);
      return result.ok ? 'accepted' : result.message;
    };
    expect(refusal(new Uint8Array())).toMatch(/empty/);
    expect(refusal(utf8(' \r\n'))).toMatch(/empty/);
    expect(refusal(new Uint8Array([0xfe, 0xff, 0, 0x7b, 0, 0x7d]))).toMatch(/UTF-16/);
    const noMark = new Uint8Array([...'{"format":1}'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(refusal(noMark)).toMatch(/UTF-16/);
    expect(refusal(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]))).toMatch(/not UTF-8/);
  });
});

describe('formats', () => {
  it('formats sizes and keeps unreadable timestamps as written', () => {
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1_500)).toBe('1.5 kB');
    expect(formatBytes(104_857_600)).toBe('104.9 MB');
    expect(formatTimestamp('not a time')).toBe('not a time');
    expect(formatTimestamp('2026-11-28T10:00:00Z', 'en-GB')).toMatch(/28 Nov 2026/);
  });
});
