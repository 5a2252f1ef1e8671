import { createHash } from 'node:crypto';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  automaticBackupService,
  type DigestMemo,
  listAutomaticBackups,
  pruneAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup,
} from './automatic-backups';

let root: string;
let folder: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'automatic-backups-'));
  folder = path.join(root, 'backups');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const content = '{"format":"partnership-health-backup","version":1,"note":"Zoë 🤝"}';
const at = (iso: string) => new Date(iso);

describe('writeAutomaticBackup', () => {
  it('creates the folder, writes the backup and a sha256sum checksum file beside it', async () => {
    const written = await writeAutomaticBackup(
      folder,
      { content, reason: 'start' },
      at('2026-11-28T10:15:00Z'),
    );
    const name = 'partnership-health-2026-11-28T10-15-00-000Z-start.json';
    expect(written).toEqual({
      name,
      createdAt: '2026-11-28T10:15:00.000Z',
      bytes: Buffer.byteLength(content),
    });
    expect(readdirSync(folder).sort()).toEqual([name, `${name}.sha256`]);
    expect(readFileSync(path.join(folder, name), 'utf8')).toBe(content);
    const expectedHash = createHash('sha256').update(content, 'utf8').digest('hex');
    expect(readFileSync(path.join(folder, `${name}.sha256`), 'utf8')).toBe(
      `${expectedHash}  ${name}\n`,
    );
  });

  it('never overwrites a backup made in the same millisecond', async () => {
    const now = at('2026-11-28T10:15:00Z');
    const first = await writeAutomaticBackup(folder, { content: 'A', reason: 'start' }, now);
    const second = await writeAutomaticBackup(folder, { content: 'B', reason: 'start' }, now);
    expect(second.name).not.toBe(first.name);
    expect(await readAutomaticBackup(folder, first.name)).toBe('A');
    expect(await readAutomaticBackup(folder, second.name)).toBe('B');
  });
});

describe('listAutomaticBackups', () => {
  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listAutomaticBackups(folder)).toEqual([]);
  });

  it('lists backups newest first and marks damaged or incomplete ones', async () => {
    const good = await writeAutomaticBackup(
      folder,
      { content, reason: 'start' },
      at('2026-11-28T09:00:00Z'),
    );
    const damaged = await writeAutomaticBackup(
      folder,
      { content, reason: 'scheduled' },
      at('2026-11-28T10:00:00Z'),
    );
    const incomplete = await writeAutomaticBackup(
      folder,
      { content, reason: 'before-restore' },
      at('2026-11-28T11:00:00Z'),
    );
    writeFileSync(path.join(folder, damaged.name), content.replace('Zoë', 'Zoe'));
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
    });
  });
});

describe('readAutomaticBackup', () => {
  it('reads a verified backup', async () => {
    const { name } = await writeAutomaticBackup(
      folder,
      { content, reason: 'before-import' },
      at('2026-11-28T10:00:00Z'),
    );
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
    const { name } = await writeAutomaticBackup(
      folder,
      { content, reason: 'start' },
      at('2026-11-28T10:00:00Z'),
    );
    writeFileSync(path.join(folder, name), content.slice(0, 10));
    await expect(readAutomaticBackup(folder, name)).rejects.toThrow('damaged or incomplete');
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
      written.push(await writeAutomaticBackup(folder, { content, reason: 'scheduled' }, time));
    }
    const damaged = await writeAutomaticBackup(
      folder,
      { content, reason: 'start' },
      at('2026-11-28T00:30:00Z'),
    );
    writeFileSync(path.join(folder, damaged.name), 'garbage');
    writeFileSync(path.join(folder, 'partnership-health-notes.json'), 'user file');
    const orphan = 'partnership-health-2026-11-01T00-00-00-000Z-start.json.sha256';
    writeFileSync(path.join(folder, orphan), 'stray');

    const deleted = await pruneAutomaticBackups(folder, at('2026-11-28T12:00:00Z'));
    // Five of today are kept: the two oldest go.
    expect(deleted.sort()).toEqual([written[0]?.name, written[1]?.name].sort());
    const left = readdirSync(folder);
    for (const name of deleted) {
      expect(left).not.toContain(name);
      expect(left).not.toContain(`${name}.sha256`);
    }
    expect(left).toContain(damaged.name);
    expect(left).toContain('partnership-health-notes.json');
    expect(left).not.toContain(orphan);
    expect(left.filter((name) => name.endsWith('-scheduled.json'))).toHaveLength(5);
  });
});

describe('automaticBackupService', () => {
  it('writes then prunes, one call at a time, and keeps the bound', async () => {
    let time = Date.parse('2026-11-28T08:00:00Z');
    const service = automaticBackupService(folder, () => new Date((time += 60_000)));
    const written = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        service.write({ content: `backup ${index}`, reason: 'scheduled' }),
      ),
    );
    expect(new Set(written.map((w) => w.name)).size).toBe(12);
    const listed = await service.list();
    expect(listed.every((backup) => backup.valid)).toBe(true);
    expect(listed.map((backup) => backup.name)).toEqual(
      written
        .slice(-5)
        .map((w) => w.name)
        .reverse(),
    );
    expect(await service.read(listed[0]?.name ?? '')).toBe('backup 11');
  });

  it('remembers digests between calls: an unchanged backup is not read again', async () => {
    const memo: DigestMemo = new Map();
    const { name } = await writeAutomaticBackup(folder, { content, reason: 'start' }, new Date());
    expect((await listAutomaticBackups(folder, memo))[0]?.valid).toBe(true);
    expect(memo.get(name)?.digest).toBe(createHash('sha256').update(content).digest('hex'));
    // Had the file been read again, the listing would not follow this (wrong) remembered digest.
    memo.set(name, { ...memo.get(name)!, digest: 'remembered' });
    expect((await listAutomaticBackups(folder, memo))[0]?.valid).toBe(false);
  });

  it('still finds a backup damaged after it was verified, and one whose checksum went', async () => {
    let time = Date.parse('2026-11-28T08:00:00Z');
    const service = automaticBackupService(folder, () => new Date((time += 60_000)));
    const first = await service.write({ content: 'backup one', reason: 'start' });
    const second = await service.write({ content: 'backup two', reason: 'scheduled' });
    expect((await service.list()).map((backup) => backup.valid)).toEqual([true, true]);

    // The same size, other bytes; the new modification time is what a write leaves.
    const file = path.join(folder, first.name);
    writeFileSync(file, 'backup ONE');
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    unlinkSync(path.join(folder, `${second.name}.sha256`));
    expect(await service.list()).toMatchObject([
      { name: second.name, valid: false },
      { name: first.name, valid: false },
    ]);
    await expect(service.read(first.name)).rejects.toThrow(/damaged or incomplete/);
  });

  it('tells the user what to do when the folder cannot be written', async () => {
    writeFileSync(folder, 'a file where the folder should be');
    const service = automaticBackupService(folder);
    await expect(service.write({ content, reason: 'start' })).rejects.toThrow(
      /could not be written.*Back up data/,
    );
  });
});
