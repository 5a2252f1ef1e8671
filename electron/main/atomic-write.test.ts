import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically, writeFileAtomicallySync } from './atomic-write';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'atomic-write-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe.each([
  ['writeFileAtomically', writeFileAtomically],
  ['writeFileAtomicallySync', writeFileAtomicallySync],
] as const)('%s', (_name, write) => {
  it('writes text as UTF-8 and bytes as they are, leaving no temporary file', async () => {
    const target = path.join(folder, 'backup.json');
    await write(target, '{"name":"Zoë 🤝"}');
    expect(readFileSync(target, 'utf8')).toBe('{"name":"Zoë 🤝"}');
    await write(target, new Uint8Array([0, 255, 10]));
    expect([...readFileSync(target)]).toEqual([0, 255, 10]);
    expect(readdirSync(folder)).toEqual(['backup.json']);
  });

  it('replaces an existing file', async () => {
    const target = path.join(folder, 'state.json');
    writeFileSync(target, 'old');
    await write(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('fails without leaving anything when the target cannot be written', async () => {
    const target = path.join(folder, 'a-folder');
    writeFileSync(path.join(folder, 'keep.txt'), 'x');
    // Renaming a file over a non-empty folder fails on every platform.
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside.txt'), 'y');
    await expect(async () => write(target, 'data')).rejects.toThrow();
    expect(readdirSync(folder).sort()).toEqual(['a-folder', 'keep.txt']);
  });
});
