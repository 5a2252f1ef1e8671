// Runs the real main-process start-up against a recording fake of the `electron` module (the
// real one cannot start here and is never imported: vi.mock replaces it before main.ts loads).
// It checks the order of start-up and that each policy is actually wired in.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: Array<{ options: unknown; loadedUrl?: string; focused: boolean }> = [];
  const session = {
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    headersReceived: undefined as Listener | undefined,
    events: new Map<string, Listener>(),
  };
  const state = {
    protocolHandler: undefined as ((request: Request) => Promise<Response>) | undefined,
    schemes: undefined as unknown,
    userData: '',
    menuTemplate: undefined as unknown,
    opened: [] as string[],
    readyResolved: false,
  };
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });

  class FakeWebContents {
    listeners = new Map<string, Listener>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    isLoading() {
      return false;
    }
    send() {}
    openHandler: Listener | undefined;
    setWindowOpenHandler(handler: Listener) {
      this.openHandler = handler;
    }
  }

  class BrowserWindow {
    record: { options: unknown; loadedUrl?: string; focused: boolean };
    webContents = new FakeWebContents();
    constructor(options: unknown) {
      calls.push('new BrowserWindow');
      this.record = { options, focused: false };
      windows.push(this.record);
    }
    static fromWebContents() {
      return null;
    }
    loadURL(url: string) {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
    once() {}
    on() {}
    maximize() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.record.focused = true;
    }
  }

  const electron = {
    app: {
      isPackaged: true,
      setName: (name: string) => calls.push(`setName ${name}`),
      getPath: (name: string) => (name === 'appData' ? '/fake/appData' : state.userData),
      setPath: (name: string, value: string) => {
        calls.push(`setPath ${name}`);
        state.userData = value;
      },
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return true;
      },
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => ready,
      isReady: () => state.readyResolved,
      getVersion: () => '9.9.9',
      quit: () => calls.push('quit'),
      exit: (code: number) => calls.push(`exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        calls.push('registerSchemesAsPrivileged');
        state.schemes = schemes;
      },
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        calls.push('protocol.handle');
        state.protocolHandler = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (session.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (session.permissionCheck = handler),
        setDevicePermissionHandler: () => {},
        setSpellCheckerEnabled: (enabled: boolean) =>
          calls.push(`setSpellCheckerEnabled ${enabled}`),
        webRequest: {
          onBeforeRequest: (handler: Listener) => (session.beforeRequest = handler),
          onHeadersReceived: (handler: Listener) => (session.headersReceived = handler),
        },
        on: (event: string, listener: Listener) => session.events.set(event, listener),
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (state.menuTemplate = menu),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    shell: {
      openExternal: (url: string) => {
        state.opened.push(url);
        return Promise.resolve();
      },
      openPath: () => Promise.resolve(''),
    },
    dialog: { showErrorBox: () => {} },
  };
  return {
    electron,
    calls,
    appListeners,
    ipcHandlers,
    windows,
    session,
    state,
    FakeWebContents,
    ready: () => {
      state.readyResolved = true;
      resolveReady();
    },
  };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const appFrame = {
  url: 'app://partnership-health/index.html',
  origin: 'app://partnership-health',
  parent: null,
};

beforeAll(async () => {
  await import('./main');
  fake.calls.push('ready');
  fake.ready();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('main process start-up', () => {
  it('fixes userData, registers app:// and takes the lock before ready, then opens one window', () => {
    const order = (name: string) => fake.calls.indexOf(name);
    expect(order('setPath userData')).toBeGreaterThanOrEqual(0);
    expect(order('setPath userData')).toBeLessThan(order('requestSingleInstanceLock'));
    expect(order('registerSchemesAsPrivileged')).toBeLessThan(order('ready'));
    expect(order('enableSandbox')).toBeLessThan(order('ready'));
    expect(order('protocol.handle')).toBeGreaterThan(order('ready'));
    expect(fake.state.userData).toBe(path.join('/fake/appData', 'Partnership Health'));
    expect(fake.state.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.loadedUrl).toBe('app://partnership-health/index.html');
    expect(fake.windows[0]?.options).toMatchObject({
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: false,
      },
    });
  });

  it('registers exactly the contract channels, each behind the sender check', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([
      'app:get-info',
      'backup:list',
      'backup:read',
      'backup:reveal-folder',
      'backup:write-automatic',
      'file:open',
      'file:save',
    ]);
    const getInfo = fake.ipcHandlers.get('app:get-info');
    await expect(getInfo?.({ senderFrame: appFrame })).resolves.toMatchObject({
      productName: 'Partnership Health',
      version: '9.9.9',
      runtime: 'desktop',
    });
    await expect(
      getInfo?.({ senderFrame: { ...appFrame, origin: 'https://evil.example' } }),
    ).rejects.toThrow('Refused app:get-info');
    const save = fake.ipcHandlers.get('file:save');
    await expect(
      save?.({ senderFrame: appFrame }, { suggestedName: '../x', kind: 'pdf', content: '' }),
    ).rejects.toThrow('invalid request');
    await expect(
      save?.({ senderFrame: appFrame }, { suggestedName: 'x.bat', kind: 'bat', content: '' }),
    ).rejects.toThrow('invalid request');
  });

  it('registers the automatic backup channels behind the same checks', async () => {
    const write = fake.ipcHandlers.get('backup:write-automatic');
    const backup = '{"format":"partnership-health-backup","version":1,"data":{}}';
    await expect(
      write?.({ senderFrame: { ...appFrame, parent: {} } }, { content: backup, reason: 'start' }),
    ).rejects.toThrow('Refused backup:write-automatic');
    await expect(
      write?.({ senderFrame: appFrame }, { content: 42, reason: 'start' }),
    ).rejects.toThrow('invalid request');
    const read = fake.ipcHandlers.get('backup:read');
    await expect(
      read?.({ senderFrame: appFrame }, { name: '../window-state.json' }),
    ).rejects.toThrow('invalid request');
  });

  it('serves app:// with the CSP on every response and refuses traversal', async () => {
    const handler = fake.state.protocolHandler;
    // Plain `..` and `%2e%2e` are already resolved by the URL parser; encoded slashes are not.
    for (const url of [
      'app://partnership-health/a%2f..%2f..%2fpackage.json',
      'app://evil/index.html',
    ]) {
      const refused = await handler?.(new Request(url));
      expect(refused?.status).toBe(403);
      expect(refused?.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    }
    const missing = await handler?.(new Request('app://partnership-health/no-such-file.js'));
    expect(missing?.status).toBe(404);
    expect(missing?.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
  });

  it('locks the session: persistent storage only, no outside request, no spellcheck', () => {
    const granted: boolean[] = [];
    const request = (permission: string, requestingUrl: string) =>
      fake.session.permissionRequest?.({}, permission, (value: boolean) => granted.push(value), {
        requestingUrl,
      });
    request('media', 'app://partnership-health/index.html');
    request('persistent-storage', 'app://partnership-health/index.html');
    request('persistent-storage', 'https://evil.example/');
    expect(granted).toEqual([false, true, false]);
    expect(fake.session.permissionCheck?.({}, 'clipboard-read', 'app://partnership-health')).toBe(
      false,
    );
    expect(
      fake.session.permissionCheck?.({}, 'persistent-storage', 'app://partnership-health'),
    ).toBe(true);
    expect(fake.calls).toContain('setSpellCheckerEnabled false');
    const decisions: unknown[] = [];
    fake.session.beforeRequest?.({ url: 'https://tracker.example/x.js' }, (d: unknown) =>
      decisions.push(d),
    );
    fake.session.beforeRequest?.({ url: 'app://partnership-health/a.js' }, (d: unknown) =>
      decisions.push(d),
    );
    expect(decisions).toEqual([{ cancel: true }, { cancel: false }]);
    expect(fake.session.events.has('will-download')).toBe(true);
  });

  it('guards every web contents: inside navigation only, nothing handed to the browser', () => {
    const contents = new fake.FakeWebContents();
    fake.appListeners.get('web-contents-created')?.({}, contents);
    const prevented: string[] = [];
    const event = (label: string) => ({ preventDefault: () => prevented.push(label) });
    contents.listeners.get('will-navigate')?.(
      event('inside'),
      'app://partnership-health/index.html',
    );
    contents.listeners.get('will-navigate')?.(event('outside'), 'https://example.org/help');
    contents.listeners.get('will-navigate')?.(event('file'), 'file:///etc/passwd');
    contents.listeners.get('will-attach-webview')?.(event('webview'));
    expect(prevented).toEqual(['outside', 'file', 'webview']);
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    const redirected: string[] = [];
    const redirect = (label: string) => ({ preventDefault: () => redirected.push(label) });
    contents.listeners.get('will-redirect')?.(redirect('inside'), 'app://partnership-health/a');
    contents.listeners.get('will-redirect')?.(redirect('outside'), 'https://evil.example/');
    expect(redirected).toEqual(['outside']);
    expect(contents.openHandler?.({ url: 'https://example.org/help' })).toEqual({ action: 'deny' });
    expect(fake.state.opened).toEqual([]);
  });

  it('focuses the existing window on a second launch', () => {
    fake.appListeners.get('second-instance')?.();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.focused).toBe(true);
  });

  it('installs the production menu', () => {
    const labels = (fake.state.menuTemplate as Array<{ label?: string; role?: string }>).map(
      (item) => item.label ?? item.role,
    );
    expect(labels).toContain('File');
    expect(labels).toContain('View');
  });
});
