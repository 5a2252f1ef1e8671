import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AutomaticBackupReason } from '../../core/bridge/desktop-api';
import { BACKUP_FORMAT } from '../../core/domain/types';
import { inspectBackupBytes } from '../policy/backup-inspection';
import { MAX_FILE_BYTES } from '../policy/ipc-payloads';
import { automaticBackupService } from './automatic-backups';
import {
  listAutomaticBackups,
  pruneAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup,
} from './backup-folder';
import { useBuiltInspectionWorker } from './inspection-worker.test-support';

beforeAll(useBuiltInspectionWorker);

let root: string;
let folder: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'automatic-backups-'));
  folder = path.join(root, 'backups');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Backup text holding `records` parties (each named so the data differs by `label`). */
function backupText(label: string, records = 1): string {
  const parties = Array.from({ length: records }, (_, index) => ({ id: `${label}-${index}` }));
  return JSON.stringify({
    format: 'partnership-health-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    data: { parties, note: 'Zoë 🤝' },
  });
}
const content = backupText('a');
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const at = (iso: string) => new Date(iso);
/**
 * A wall clock that moves `stepMs` forward on each reading, and a monotonic clock that reads
 * the same time without moving it (the service reads the wall clock once per write).
 */
const ticking = (startIso: string, stepMs = 60_000) => {
  let time = Date.parse(startIso) - stepMs;
  return { clock: () => new Date((time += stepMs)), elapsedMs: () => time };
};
const utc = { utcOffsetMinutes: () => 0 };

/** Files `text` as an automatic backup with the facts the service learns by inspecting it. */
function fileBackup(text: string, reason: AutomaticBackupReason, when: Date) {
  const bytes = new TextEncoder().encode(text);
  const inspection = inspectBackupBytes(bytes, { format: BACKUP_FORMAT, sha256 });
  if (!inspection.ok) throw new Error(inspection.problem);
  const { records, contentDigest } = inspection;
  return writeAutomaticBackup(folder, { bytes, reason }, when, {
    sha256: inspection.sha256,
    summary: { records, contentDigest },
  });
}

describe('writeAutomaticBackup', () => {
  it('creates the folder, writes the backup and its checksum file with records and data digest', async () => {
    const written = await fileBackup(content, 'start', at('2026-11-28T10:15:00Z'));
    const name = 'partnership-health-2026-11-28T10-15-00-000Z-start.json';
    expect(written).toEqual({
      name,
      createdAt: '2026-11-28T10:15:00.000Z',
      bytes: Buffer.byteLength(content),
    });
    expect(readdirSync(folder).sort()).toEqual([name, `${name}.sha256`]);
    expect(readFileSync(path.join(folder, name), 'utf8')).toBe(content);
    const expectedHash = createHash('sha256').update(content, 'utf8').digest('hex');
    const [, data] = /"data":(.*)\}$/.exec(content) ?? [];
    const dataDigest = sha256(`[1,${data}]`);
    expect(readFileSync(path.join(folder, `${name}.sha256`), 'utf8')).toBe(
      `${expectedHash}  ${name}\n# partnership-health records=1 data-sha256=${dataDigest}\n`,
    );
  });

  it('never overwrites a backup made in the same millisecond', async () => {
    const now = at('2026-11-28T10:15:00Z');
    const first = await fileBackup(backupText('A'), 'start', now);
    const second = await fileBackup(backupText('B'), 'start', now);
    expect(second.name).not.toBe(first.name);
    expect(await readAutomaticBackup(folder, first.name)).toMatch('"A-0"');
    expect(await readAutomaticBackup(folder, second.name)).toMatch('"B-0"');
  });
});

describe('listAutomaticBackups', () => {
  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listAutomaticBackups(folder)).toEqual([]);
  });

  it('lists backups newest first and marks damaged or incomplete ones', async () => {
    const good = await fileBackup(content, 'start', at('2026-11-28T09:00:00Z'));
    const damaged = await fileBackup(content, 'scheduled', at('2026-11-28T10:00:00Z'));
    const incomplete = await fileBackup(content, 'before-restore', at('2026-11-28T11:00:00Z'));
    // Damaged, with the one-line checksum file an earlier version wrote: inspected, refused.
    writeFileSync(path.join(folder, damaged.name), content.replace('Zoë', 'Zoe'));
    writeFileSync(
      path.join(folder, `${damaged.name}.sha256`),
      `${sha256(content)}  ${damaged.name}\n`,
    );
    unlinkSync(path.join(folder, `${incomplete.name}.sha256`));
    writeFileSync(path.join(folder, 'notes.txt'), 'not a backup');

    const listed = await listAutomaticBackups(folder);
    expect(listed.map(({ name, valid }) => [name, valid])).toEqual([
      [incomplete.name, false],
      [damaged.name, false],
      [good.name, true],
    ]);
    expect(listed[2]).toEqual({
      name: good.name,
      createdAt: '2026-11-28T09:00:00.000Z',
      reason: 'start',
      bytes: Buffer.byteLength(content),
      valid: true,
      records: 1,
    });
  });
});

describe('listing from checksum files', () => {
  it('does not read the backups: one damaged after it was written lists from its checksum file', async () => {
    const { name } = await fileBackup(backupText('kept', 3), 'start', at('2026-11-28T10:00:00Z'));
    // Not a backup any more; the listing still says what the checksum file recorded.
    writeFileSync(path.join(folder, name), 'garbage');
    expect(await listAutomaticBackups(folder)).toMatchObject([{ name, valid: true, records: 3 }]);
    // Reading (to restore) checks the bytes.
    await expect(readAutomaticBackup(folder, name)).rejects.toThrow(/damaged or incomplete/);
  });

  it('inspects a backup with an earlier version’s checksum file once and upgrades that file', async () => {
    const text = backupText('old', 4);
    const { name } = await fileBackup(text, 'start', at('2026-11-28T10:00:00Z'));
    const checksumFile = path.join(folder, `${name}.sha256`);
    const upgraded = readFileSync(checksumFile, 'utf8');
    writeFileSync(checksumFile, `${sha256(text)}  ${name}\n`);
    expect(await listAutomaticBackups(folder)).toMatchObject([{ name, valid: true, records: 4 }]);
    expect(readFileSync(checksumFile, 'utf8')).toBe(upgraded);
  });
});

describe('readAutomaticBackup', () => {
  it('reads a verified backup', async () => {
    const { name } = await fileBackup(content, 'before-import', at('2026-11-28T10:00:00Z'));
    expect(await readAutomaticBackup(folder, name)).toBe(content);
  });

  it('refuses names that are not automatic backups, so no path leaves the folder', async () => {
    writeFileSync(path.join(root, 'secret.json'), 'secret');
    for (const name of [
      '../secret.json',
      '..',
      path.join(root, 'secret.json'),
      'partnership-health-2026-11-28T10-00-00-000Z-start.json/../../secret.json',
    ]) {
      await expect(readAutomaticBackup(folder, name)).rejects.toThrow('is not an automatic backup');
    }
  });

  it('refuses a damaged backup and says so', async () => {
    const { name } = await fileBackup(content, 'start', at('2026-11-28T10:00:00Z'));
    writeFileSync(path.join(folder, name), content.slice(0, 10));
    await expect(readAutomaticBackup(folder, name)).rejects.toThrow('damaged or incomplete');
  });

  it('refuses a backup name that is a symlink leading out of the folder', async () => {
    const outside = path.join(root, 'elsewhere.json');
    writeFileSync(outside, content);
    mkdirSync(folder);
    const name = 'partnership-health-2026-11-28T10-00-00-000Z-start.json';
    symlinkSync(outside, path.join(folder, name));
    writeFileSync(path.join(folder, `${name}.sha256`), `${sha256(content)}  ${name}\n`);
    await expect(readAutomaticBackup(folder, name)).rejects.toThrow(/leads outside its folder/);
    expect(await listAutomaticBackups(folder)).toMatchObject([{ name, valid: false }]);
  });

  it('never reads a backup file over 256 MB (a sparse file: nothing is allocated)', async () => {
    mkdirSync(folder);
    const name = 'partnership-health-2026-11-28T10-00-00-000Z-start.json';
    writeFileSync(path.join(folder, name), '');
    truncateSync(path.join(folder, name), MAX_FILE_BYTES + 1);
    writeFileSync(path.join(folder, `${name}.sha256`), `${sha256('')}  ${name}\n`);
    await expect(readAutomaticBackup(folder, name)).rejects.toThrow(/more than the 256 MB/);
    expect(await listAutomaticBackups(folder)).toMatchObject([{ name, valid: false }]);
  });

  it('treats a checksum file that is a FIFO, a symlink out or too big as missing, at once', async () => {
    const outside = path.join(root, 'elsewhere.sha256');
    const names = [];
    for (const [index, make] of [
      (file: string) => execFileSync('mkfifo', [file]),
      (file: string, name: string) => {
        writeFileSync(outside, `${sha256(content)}  ${name}\n`);
        symlinkSync(outside, file);
      },
      (file: string, name: string) =>
        writeFileSync(file, `${sha256(content)}  ${name}\n`.padEnd(8192, ' ')),
    ].entries()) {
      const { name } = await fileBackup(content, 'start', at(`2026-11-28T10:00:0${index}Z`));
      unlinkSync(path.join(folder, `${name}.sha256`));
      make(path.join(folder, `${name}.sha256`), name);
      names.push(name);
      await expect(readAutomaticBackup(folder, name)).rejects.toThrow('damaged or incomplete');
    }
    const listed = await listAutomaticBackups(folder);
    expect(listed.map(({ name, valid }) => ({ name, valid }))).toEqual(
      names.reverse().map((name) => ({ name, valid: false })),
    );
  });

  it('says when the backup is gone', async () => {
    await expect(
      readAutomaticBackup(folder, 'partnership-health-2026-11-28T10-00-00-000Z-start.json'),
    ).rejects.toThrow('no longer exists');
  });
});

describe('pruneAutomaticBackups', () => {
  it('deletes what the rotation does not keep, with its checksum file, and nothing else', async () => {
    const hours = [1, 2, 3, 4, 5, 6, 7];
    const written = [];
    for (const hour of hours) {
      const time = at(`2026-11-28T${String(hour).padStart(2, '0')}:00:00Z`);
      written.push(await fileBackup(content, 'scheduled', time));
    }
    const damaged = await fileBackup(content, 'start', at('2026-11-28T00:30:00Z'));
    unlinkSync(path.join(folder, `${damaged.name}.sha256`)); // incomplete
    writeFileSync(path.join(folder, 'partnership-health-notes.json'), 'user file');
    const orphan = 'partnership-health-2026-11-01T00-00-00-000Z-start.json.sha256';
    writeFileSync(path.join(folder, orphan), 'stray');

    const deleted = await pruneAutomaticBackups(folder, at('2026-11-28T12:00:00Z'), utc);
    // Five of today are kept, and today's first: the second goes.
    expect(deleted).toEqual([written[1]?.name]);
    const left = readdirSync(folder);
    for (const name of deleted) {
      expect(left).not.toContain(name);
      expect(left).not.toContain(`${name}.sha256`);
    }
    expect(left).toContain(damaged.name);
    expect(left).toContain('partnership-health-notes.json');
    expect(left).not.toContain(orphan);
    expect(left.filter((name) => name.endsWith('-scheduled.json'))).toHaveLength(6);
  });
});

describe('automaticBackupService', () => {
  it('writes then prunes, one call at a time, and keeps the bound', async () => {
    const service = automaticBackupService(folder, {
      ...ticking('2026-11-28T08:00:00Z'),
      rotation: utc,
    });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        service.write({ content: backupText(`b${index}`), reason: 'scheduled' }),
      ),
    );
    const written = results.map((result) => {
      if (result.status !== 'written') throw new Error(`not written: ${result.status}`);
      return result.backup;
    });
    expect(new Set(written.map((w) => w.name)).size).toBe(12);
    const listed = await service.list();
    expect(listed.every((backup) => backup.valid && backup.records === 1)).toBe(true);
    // The five newest, and today's first.
    expect(listed.map((backup) => backup.name)).toEqual(
      [written[0]!, ...written.slice(-5)].map((w) => w.name).reverse(),
    );
    expect(JSON.parse(await service.read(listed[0]?.name ?? '')).data.parties[0].id).toBe('b11-0');
  });

  it('does not write a backup of the same data as the newest, and says which one holds it', async () => {
    const service = automaticBackupService(folder, { ...ticking('2026-11-28T08:00:00Z') });
    const first = await service.write({ content: backupText('same'), reason: 'start' });
    // Made again later: another export time, the same data.
    const again = await service.write({ content: backupText('same'), reason: 'scheduled' });
    expect(first.status).toBe('written');
    expect(again).toEqual({
      status: 'unchanged',
      backup: first.status === 'written' && first.backup,
    });
    expect(await service.list()).toHaveLength(1);
  });

  it('files at most one backup a minute, whatever the page asks', async () => {
    const service = automaticBackupService(folder, {
      ...ticking('2026-11-28T08:00:00Z', 20_000),
    });
    const results = [];
    for (let index = 0; index < 6; index++) {
      results.push(await service.write({ content: backupText(`n${index}`), reason: 'scheduled' }));
    }
    // At 0 s, 20 s, 40 s, 60 s, 80 s, 100 s: written at 0 s and 60 s only.
    expect(results.map((result) => result.status)).toEqual([
      'written',
      'too-soon',
      'too-soon',
      'written',
      'too-soon',
      'too-soon',
    ]);
    expect(results[1]).toEqual({ status: 'too-soon', retryAfterMs: 40_000 });
    expect(await service.list()).toHaveLength(2);
  });

  it('keeps the one-a-minute limit when the wall clock is set back', async () => {
    // The wall clock jumps an hour back after the first backup; the monotonic one moves on.
    // (The first reading is the service's start.)
    const walls = ['2026-11-28T09:00:00Z', '2026-11-28T09:00:00Z', '2026-11-28T08:00:00Z'];
    let reading = 0;
    let elapsed = 0;
    const service = automaticBackupService(folder, {
      clock: () => new Date(walls[Math.min(reading++, walls.length - 1)]!),
      elapsedMs: () => (elapsed += 1_000),
    });
    const statuses = [];
    for (let index = 0; index < 4; index++) {
      statuses.push(
        (await service.write({ content: backupText(`w${index}`), reason: 'scheduled' })).status,
      );
    }
    expect(statuses).toEqual(['written', 'too-soon', 'too-soon', 'too-soon']);
  });

  it('files the backup before a restore, import or upgrade even seconds after another', async () => {
    const service = automaticBackupService(folder, {
      ...ticking('2026-11-28T08:00:00Z', 5_000),
    });
    expect((await service.write({ content: backupText('s'), reason: 'scheduled' })).status).toBe(
      'written',
    );
    for (const reason of ['before-restore', 'before-import', 'before-upgrade'] as const) {
      const result = await service.write({ content: backupText(reason), reason });
      expect(result.status).toBe('written');
    }
    expect(await service.list()).toHaveLength(4);
  });

  describe('a page that writes fake record counts cannot flush the real backups', () => {
    /**
     * 3 real backups of 100 records in one session, then backups of `attack` records from the
     * next session's page, one a minute, each pruned after it is written as the app does.
     * Returns what is left and the name of the last session's final backup.
     */
    async function attackAfterRealBackups(attack: number[]) {
      const clocks = ticking('2026-11-28T08:00:00Z', 61_000);
      const lastSession = automaticBackupService(folder, { ...clocks, rotation: utc });
      let final = '';
      for (const label of ['r1', 'r2', 'r3']) {
        const result = await lastSession.write({
          content: backupText(label, 100),
          reason: 'scheduled',
        });
        if (result.status === 'written') final = result.backup.name;
      }
      const page = automaticBackupService(folder, { ...clocks, rotation: utc });
      for (const [index, records] of attack.entries()) {
        const result = await page.write({
          content: backupText(`x${index}`, records),
          reason: 'scheduled',
        });
        expect(result.status).toBe('written');
      }
      return { left: (await page.list()).map((backup) => backup.name), final };
    }

    it('inflated: 5 backups of 1000–1004 records keep the last session’s final backup', async () => {
      const { left, final } = await attackAfterRealBackups([1000, 1001, 1002, 1003, 1004]);
      expect(left).toContain(final);
      expect(JSON.parse(await readAutomaticBackup(folder, final)).data.parties[0].id).toBe('r3-0');
    });

    it('staircase: 99, 98 … 93 records over 7 minutes keep the last session’s final backup', async () => {
      const { left, final } = await attackAfterRealBackups([99, 98, 97, 96, 95, 94, 93]);
      expect(left).toContain(final);
      expect(JSON.parse(await readAutomaticBackup(folder, final)).data.parties[0].id).toBe('r3-0');
    });
  });

  it('the reviewer’s probe: 3 real backups then 5 empty valid ones, a real one survives', async () => {
    const service = automaticBackupService(folder, {
      ...ticking('2026-11-28T08:00:00Z', 61_000),
      rotation: utc,
    });
    for (const label of ['r1', 'r2', 'r3']) {
      expect(
        (await service.write({ content: backupText(label, 40), reason: 'start' })).status,
      ).toBe('written');
    }
    for (let index = 0; index < 5; index++) {
      // Empty, but each a different (valid) file: the export time alone would not do, so the
      // probe varies the data's other fields.
      const empty = JSON.stringify({
        format: 'partnership-health-backup',
        version: 1,
        data: { parties: [], note: `empty ${index}` },
      });
      expect((await service.write({ content: empty, reason: 'start' })).status).toBe('written');
    }
    const listed = await service.list();
    const survivors = listed.filter((backup) => backup.records === 40);
    expect(survivors.length).toBeGreaterThan(0);
    // The newest real one (the record rule), besides today's first (r1).
    const newestReal = survivors[0];
    expect(JSON.parse(await service.read(newestReal?.name ?? '')).data.parties[0].id).toBe('r3-0');
  });

  it('keeps a backup made before a restore out of the rotation', async () => {
    const service = automaticBackupService(folder, {
      ...ticking('2026-11-28T08:00:00Z', 61_000),
      rotation: utc,
    });
    const pinned = await service.write({ content: backupText('before'), reason: 'before-restore' });
    for (let index = 0; index < 8; index++) {
      await service.write({ content: backupText(`after${index}`), reason: 'scheduled' });
    }
    const names = (await service.list()).map((backup) => backup.name);
    expect(pinned.status === 'written' && names).toContain(
      pinned.status === 'written' ? pinned.backup.name : '',
    );
    expect(names.filter((name) => name.endsWith('-scheduled.json'))).toHaveLength(5);
  });

  it('refuses text that is not a backup, saying what is wrong', async () => {
    const service = automaticBackupService(folder);
    await expect(service.write({ content: '{"format":"other"}', reason: 'start' })).rejects.toThrow(
      /not written: it is not a Partnership Health backup/,
    );
    await expect(service.write({ content: 'hello', reason: 'start' })).rejects.toThrow(/not JSON/);
  });

  it('lists a backup whose checksum file went as incomplete, and refuses a damaged one', async () => {
    const service = automaticBackupService(folder, { ...ticking('2026-11-28T08:00:00Z') });
    const first = await service.write({ content: backupText('one'), reason: 'start' });
    const second = await service.write({ content: backupText('two'), reason: 'scheduled' });
    if (first.status !== 'written' || second.status !== 'written') throw new Error('not written');
    expect((await service.list()).map((backup) => backup.valid)).toEqual([true, true]);

    // The same size, other bytes; the new modification time is what a write leaves.
    const file = path.join(folder, first.backup.name);
    writeFileSync(file, backupText('ONE'));
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    unlinkSync(path.join(folder, `${second.backup.name}.sha256`));
    expect(await service.list()).toMatchObject([
      { name: second.backup.name, valid: false },
      { name: first.backup.name, valid: true },
    ]);
    await expect(service.read(first.backup.name)).rejects.toThrow(/damaged or incomplete/);
  });

  it('tells the user what to do when the folder cannot be written', async () => {
    writeFileSync(folder, 'a file where the folder should be');
    const service = automaticBackupService(folder);
    await expect(service.write({ content, reason: 'start' })).rejects.toThrow(
      /could not be written.*Back up data/,
    );
  });
});
