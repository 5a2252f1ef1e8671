import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  downloadFailureCause,
  downloadingMessage,
  electronMissingMessage,
  installedElectronPath,
} from './electron-binary.mjs';

// What electron's install.js printed on this machine, offline.
const offlineOutput = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
`;

describe('electronMissingMessage', () => {
  const message = electronMissingMessage({
    version: '45.5.0',
    cause: downloadFailureCause(offlineOutput),
    env: {},
  });

  it('names GitHub, or the mirror when ELECTRON_MIRROR is set', () => {
    expect(message).toContain('downloading it from GitHub failed');
    const mirrored = electronMissingMessage({
      version: '45.5.0',
      cause: 'TypeError: fetch failed',
      env: { ELECTRON_MIRROR: 'https://mirror.example/electron/' },
    });
    expect(mirrored).toContain(
      'downloading it from ELECTRON_MIRROR (https://mirror.example/electron/) failed',
    );
    expect(mirrored).not.toContain('GitHub');
    expect(mirrored).not.toContain('github.com');
  });

  it('is one paragraph with no stack trace', () => {
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/\bat (async |node:|process\.)/);
    expect(message).not.toContain('FetchDownloader');
  });

  it('says what failed, with the cause', () => {
    expect(message).toContain('Electron 45.5.0 runtime is not installed');
    expect(message).toContain('(TypeError: fetch failed)');
  });

  it('says how to retry: a proxy or ELECTRON_MIRROR, then npm start', () => {
    expect(message).toMatch(/proxy/i);
    expect(message).toContain('ELECTRON_GET_USE_PROXY=1');
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('`npm start` again');
  });

  it('points to npm run web, the same app in a browser', () => {
    expect(message).toContain('`npm run web` runs the same app in your browser');
  });
});

describe('downloadingMessage', () => {
  it('is one line saying what is downloaded, from where, how big, and that it is once', () => {
    expect(downloadingMessage('45.5.0', {})).toBe(
      'Downloading Electron 45.5.0 from GitHub (about 100 MB, once)…',
    );
    expect(downloadingMessage('45.5.0', { ELECTRON_MIRROR: 'https://m.example/' })).toContain(
      'from ELECTRON_MIRROR (https://m.example/)',
    );
  });
});

describe('downloadFailureCause', () => {
  it('takes the error line, never a stack line', () => {
    expect(downloadFailureCause(offlineOutput)).toBe('TypeError: fetch failed');
    expect(downloadFailureCause('\n   at x (y.js:1:1)\n')).toBe(
      'the download stopped without saying why',
    );
  });
});

describe('installedElectronPath', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'electron-binary-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is null before the download, and the executable after it', () => {
    expect(installedElectronPath(dir, {})).toBeNull();
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(installedElectronPath(dir, {})).toBeNull(); // path.txt without the binary
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(installedElectronPath(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const elsewhere = path.join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'electron'), '');
    expect(installedElectronPath(dir, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBe(
      path.join(elsewhere, 'electron'),
    );
  });
});
