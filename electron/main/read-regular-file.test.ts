import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realpathSync } from 'node:fs';
import { readAppFile, readRegularFile, type ReadRefusalReason } from './read-regular-file';

let root: string;
let folder: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'read-regular-file-'));
  folder = path.join(root, 'backups');
  mkdirSync(folder);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<ReadRefusalReason | 'read'> {
  try {
    await promise;
    return 'read';
  } catch (error) {
    return (error as { reason?: ReadRefusalReason }).reason ?? 'read';
  }
}

describe('readRegularFile', () => {
  it('reads a regular file within the cap', async () => {
    writeFileSync(path.join(folder, 'a.json'), 'Zoë 🤝');
    const bytes = await readRegularFile(path.join(folder, 'a.json'), { maxBytes: 100 });
    expect(bytes.toString('utf8')).toBe('Zoë 🤝');
  });

  it('refuses a file over the cap before reading it, and says how big it is', async () => {
    writeFileSync(path.join(folder, 'big.json'), Buffer.alloc(3 * 1_048_576));
    const reading = readRegularFile(path.join(folder, 'big.json'), { maxBytes: 2 * 1_048_576 });
    await expect(reading).rejects.toThrow('"big.json" is 3 MB, more than the 2 MB the app reads.');
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = path.join(folder, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(await refusal(readRegularFile(fifo, { maxBytes: 100 }))).toBe('not-a-file');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses /dev/zero (a device that never ends)', async () => {
    expect(await refusal(readRegularFile('/dev/zero', { maxBytes: 1_048_576 }))).toBe('not-a-file');
  });

  it('refuses a folder', async () => {
    expect(await refusal(readRegularFile(folder, { maxBytes: 100 }))).toBe('not-a-file');
  });

  it('says when the file does not exist', async () => {
    expect(await refusal(readRegularFile(path.join(folder, 'gone.json'), { maxBytes: 9 }))).toBe(
      'missing',
    );
  });

  it('refuses a symlink that leads outside the root, and follows one that stays inside', async () => {
    writeFileSync(path.join(root, 'secret.txt'), 'secret');
    symlinkSync(path.join(root, 'secret.txt'), path.join(folder, 'escape.json'));
    writeFileSync(path.join(folder, 'real.json'), 'inside');
    symlinkSync(path.join(folder, 'real.json'), path.join(folder, 'alias.json'));

    const options = { maxBytes: 100, root: folder };
    expect(await refusal(readRegularFile(path.join(folder, 'escape.json'), options))).toBe(
      'outside-root',
    );
    expect((await readRegularFile(path.join(folder, 'alias.json'), options)).toString('utf8')).toBe(
      'inside',
    );
    // Without a root the caller (the open dialog) accepts wherever the user's link leads.
    expect(
      (await readRegularFile(path.join(folder, 'escape.json'), { maxBytes: 100 })).toString(),
    ).toBe('secret');
  });

  it('refuses a folder symlink that leads out of the root', async () => {
    const outside = path.join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'a.json'), 'outside');
    symlinkSync(outside, path.join(folder, 'linked'));
    const reading = readRegularFile(path.join(folder, 'linked', 'a.json'), {
      maxBytes: 100,
      root: folder,
    });
    expect(await refusal(reading)).toBe('outside-root');
  });

  it('works when the root itself is reached through a symlink', async () => {
    symlinkSync(folder, path.join(root, 'link-to-backups'));
    writeFileSync(path.join(folder, 'a.json'), 'ok');
    const viaLink = path.join(root, 'link-to-backups');
    const bytes = await readRegularFile(path.join(viaLink, 'a.json'), {
      maxBytes: 100,
      root: viaLink,
    });
    expect(bytes.toString()).toBe('ok');
  });
});

describe('readAppFile (the app’s own files: stat and readFile, no open)', () => {
  const read = (file: string, maxBytes = 100) =>
    readAppFile(file, { maxBytes, realRoot: realpathSync(folder) });

  it('reads a regular file inside the root, also through a symlink that stays inside', async () => {
    writeFileSync(path.join(folder, 'index.html'), '<p>Zoë</p>');
    symlinkSync(path.join(folder, 'index.html'), path.join(folder, 'alias.html'));
    expect((await read(path.join(folder, 'index.html'))).toString()).toBe('<p>Zoë</p>');
    expect((await read(path.join(folder, 'alias.html'))).toString()).toBe('<p>Zoë</p>');
  });

  it('refuses a FIFO at once, a folder, a missing file and a file over the cap', async () => {
    const fifo = path.join(folder, 'pipe.js');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(await refusal(read(fifo))).toBe('not-a-file');
    expect(Date.now() - started).toBeLessThan(2_000);
    mkdirSync(path.join(folder, 'assets'));
    expect(await refusal(read(path.join(folder, 'assets')))).toBe('not-a-file');
    expect(await refusal(read(path.join(folder, 'gone.js')))).toBe('missing');
    writeFileSync(path.join(folder, 'big.js'), Buffer.alloc(3 * 1_048_576));
    expect(await refusal(read(path.join(folder, 'big.js'), 2 * 1_048_576))).toBe('too-large');
  });

  it('refuses /dev/zero reached through a symlink, and any symlink leading out', async () => {
    symlinkSync('/dev/zero', path.join(folder, 'zero.js'));
    expect(await refusal(read(path.join(folder, 'zero.js')))).toBe('outside-root');
    writeFileSync(path.join(root, 'secret.txt'), 'secret');
    symlinkSync(path.join(root, 'secret.txt'), path.join(folder, 'escape.js'));
    expect(await refusal(read(path.join(folder, 'escape.js')))).toBe('outside-root');
  });
});
