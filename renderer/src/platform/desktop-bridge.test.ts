import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../core/bridge/desktop-api';
import { cleanIpcErrorMessage, desktopPlatform, readDesktopBridge } from './desktop-bridge';
import { choosePlatform } from './platform';

function fakeApi(overrides: Partial<DesktopApi> = {}): DesktopApi {
  return {
    getAppInfo: () =>
      Promise.resolve({
        productName: 'Partnership Health',
        version: '1.0.0',
        runtime: 'desktop',
        os: 'linux',
      }),
    saveFile: () => Promise.resolve({ saved: true, path: '/home/ana/b.json' }),
    openFile: () => Promise.resolve(null),
    onMenuCommand: () => () => {},
    writeAutomaticBackup: () =>
      Promise.resolve({
        status: 'written',
        backup: { name: 'b.json', createdAt: '2026-11-28T10:00:00.000Z', bytes: 2 },
      }),
    listAutomaticBackups: () => Promise.resolve({ folder: '/home/ana/backups', backups: [] }),
    readAutomaticBackup: () => Promise.resolve('{}'),
    revealAutomaticBackups: () => Promise.resolve(),
    ...overrides,
  };
}

describe('readDesktopBridge', () => {
  it('finds the API the preload exposed', () => {
    const api = fakeApi();
    expect(readDesktopBridge({ partnershipHealth: api })).toBe(api);
  });

  it('finds nothing in a plain browser or on an incomplete object', () => {
    expect(readDesktopBridge({})).toBeNull();
    expect(readDesktopBridge({ partnershipHealth: 'yes' })).toBeNull();
    const { onMenuCommand: _missing, ...partial } = fakeApi();
    expect(readDesktopBridge({ partnershipHealth: partial })).toBeNull();
  });
});

describe('choosePlatform', () => {
  it('uses the desktop bridge when present, else the browser fallback', () => {
    expect(choosePlatform({ partnershipHealth: fakeApi() }).isDesktop).toBe(true);
    expect(choosePlatform({}).isDesktop).toBe(false);
  });
});

describe('desktopPlatform', () => {
  it('passes calls and menu subscriptions through to the bridge', async () => {
    const unsubscribe = vi.fn();
    const onMenuCommand = vi.fn(() => unsubscribe);
    const platform = desktopPlatform(fakeApi({ onMenuCommand }));
    await expect(
      platform.saveFile({ suggestedName: 'b.json', kind: 'json', content: '{}' }),
    ).resolves.toEqual({ saved: true, path: '/home/ana/b.json' });
    const listener = vi.fn();
    platform.onMenuCommand(listener)();
    expect(onMenuCommand).toHaveBeenCalledWith(listener);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('passes automatic backup calls through, with clean errors', async () => {
    const readAutomaticBackup = vi.fn(() =>
      Promise.reject(
        new Error("Error invoking remote method 'backup:read': Error: The backup is damaged."),
      ),
    );
    const platform = desktopPlatform(fakeApi({ readAutomaticBackup }));
    await expect(platform.listAutomaticBackups()).resolves.toEqual({
      folder: '/home/ana/backups',
      backups: [],
    });
    await expect(platform.readAutomaticBackup('x.json')).rejects.toThrow(
      /^The backup is damaged\.$/,
    );
    expect(readAutomaticBackup).toHaveBeenCalledWith('x.json');
  });

  it("shows the shell's own error message, without Electron's prefix", async () => {
    const failing = fakeApi({
      saveFile: () =>
        Promise.reject(
          new Error(
            'Error invoking remote method \'file:save\': Error: Could not save "b.json" (disk full).',
          ),
        ),
    });
    await expect(
      desktopPlatform(failing).saveFile({ suggestedName: 'b.json', kind: 'json', content: '' }),
    ).rejects.toThrow(/^Could not save "b.json" \(disk full\)\.$/);
  });
});

describe('cleanIpcErrorMessage', () => {
  it('strips only the Electron prefix', () => {
    expect(cleanIpcErrorMessage("Error invoking remote method 'file:open': TypeError: Bad.")).toBe(
      'Bad.',
    );
    expect(cleanIpcErrorMessage('Refused file:save: invalid request.')).toBe(
      'Refused file:save: invalid request.',
    );
  });
});
