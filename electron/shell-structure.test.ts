// Structural rules of the shell that types cannot express, checked on the source text: one
// window factory, pure policies, IPC registered only through the guarded wrapper for exactly the
// contract's channels, and a preload that exposes one object and never ipcRenderer itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../core/bridge/desktop-api';

const here = path.dirname(fileURLToPath(import.meta.url));

function sources(folder: string): Array<{ file: string; text: string }> {
  return readdirSync(path.join(here, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.includes('.test'))
    .map((file) => ({
      file: `${folder}/${file.replaceAll('\\', '/')}`,
      text: readFileSync(path.join(here, folder, file), 'utf8'),
    }));
}

const all = [...sources('main'), ...sources('preload'), ...sources('policy')];
const textOf = (file: string) => all.find((source) => source.file === file)?.text ?? '';

describe('shell structure', () => {
  it('makes windows only in main/create-window.ts', () => {
    const makers = all.filter(({ text }) =>
      /new\s+BrowserWindow\b|BrowserWindow\s+as\s/.test(text),
    );
    expect(makers.map(({ file }) => file)).toEqual(['main/create-window.ts']);
  });

  it('keeps policies free of electron', () => {
    for (const { file, text } of sources('policy')) {
      expect(text, file).not.toMatch(/from\s+['"]electron['"]|require\(\s*['"]electron['"]/);
    }
  });

  it('never loads file:// pages', () => {
    for (const { file, text } of [...sources('main'), ...sources('preload')]) {
      expect(text, file).not.toMatch(/loadFile\(|['"`]file:\/\//);
    }
  });

  it('registers IPC only through the guarded handle() wrapper, for exactly the contract', () => {
    // Policies cannot import electron (checked above), so only main/ can reach ipcMain.
    const withIpcMain = sources('main').filter(({ text }) =>
      /ipcMain\.(handle|on|once)\(/.test(text),
    );
    expect(withIpcMain.map(({ file }) => file)).toEqual(['main/ipc.ts']);
    const ipc = textOf('main/ipc.ts');
    expect(ipc.match(/ipcMain\.\w+\(/g)).toEqual(['ipcMain.handle(']);
    expect(ipc).toContain('ipcMain.handle(channel, guardIpcHandler(channel, validate, handler))');
    // Each channel is validated by its own entry of the validator table, looked up by handle().
    expect(ipc).toContain('IPC_PAYLOAD_VALIDATORS[channel]');
    // Services (automatic backups) register through the same exported handle() from ./ipc.
    const registered = sources('main').flatMap(({ file, text }) => {
      const channels = [...text.matchAll(/\bhandle\('([^']+)'/g)].map((match) => match[1]);
      if (channels.length > 0 && file !== 'main/ipc.ts') {
        expect(text, file).toMatch(/import \{ handle \} from '\.\/ipc';/);
      }
      return channels;
    });
    expect(registered.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('exposes one object from the preload, checked against the contract, and no ipcRenderer', () => {
    const preload = textOf('preload/preload.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toContain('contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, desktopApi)');
    expect(preload).toContain('} satisfies DesktopApi;');
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|postMessage)\(/);
    expect(preload).not.toMatch(/listener\([^)]*event/i);
  });
});
