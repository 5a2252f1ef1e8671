// The desktop shell as it really runs: window, CSP, navigation, IPC guard, automatic backups and
// persistent storage, checked in Electron itself (the unit tests check the same rules as pure
// functions and with a fake electron module).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '../../electron/policy/content-security-policy';
import { expect, test } from './electron-app';

test('the window opens on the dashboard of the app origin', async ({ desktop }) => {
  const { app, page } = desktop;
  expect(page.url()).toMatch(/^app:\/\/partnership-health\/index\.html(#\/?)?$/);
  await expect(page.getByRole('heading', { name: 'Partnership Health' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }),
  ).toHaveAttribute('aria-current', 'page');
  expect(app.windows()).toHaveLength(1);
});

test('app:// responses carry the CSP header, and the page its meta copy', async ({ desktop }) => {
  const header = await desktop.page.evaluate(async () => {
    const response = await fetch('app://partnership-health/index.html');
    return response.headers.get('Content-Security-Policy');
  });
  expect(header).toBe(contentSecurityPolicy());
  const meta = await desktop.page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).not.toBeNull();
  expect(header?.startsWith(meta?.split('; ')[0] ?? '-')).toBe(true);
});

test('navigation away from the app and new windows are refused', async ({ desktop }) => {
  const { app, page } = desktop;
  const start = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(1_000);
  expect(page.url()).toBe(start);

  const opened = await page.evaluate(() => window.open('app://partnership-health/index.html'));
  expect(opened).toBeNull();
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
});

test('an IPC call from a frame other than the main frame is refused', async ({ desktop }) => {
  const { app, page } = desktop;
  // The main frame may call the desktop API.
  const info = await page.evaluate(() =>
    (
      window as unknown as { partnershipHealth: { getAppInfo(): Promise<{ runtime: string }> } }
    ).partnershipHealth.getAppInfo(),
  );
  expect(info.runtime).toBe('desktop');

  // A child frame of the app's own origin (a blob: document, which the CSP allows to be framed).
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.src = URL.createObjectURL(new Blob(['<p>child</p>'], { type: 'text/html' }));
    document.body.append(frame);
    return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  });
  // Call main's registered handler as Electron would for an invoke from that child frame: the
  // sender check must refuse it. (A child frame has no preload, so it cannot invoke by itself.)
  const outcome = await app.evaluate(async ({ ipcMain, webContents }) => {
    const contents = webContents
      .getAllWebContents()
      .find((each) => each.getURL().startsWith('app:'));
    const child = contents?.mainFrame.frames[0];
    type Invoke = (event: unknown, payload: unknown) => Promise<unknown>;
    // Electron keeps ipcMain.handle() handlers in this (internal) map; the test calls the real one.
    const handlers = (ipcMain as unknown as { _invokeHandlers: Map<string, Invoke> })
      ._invokeHandlers;
    const handler = handlers.get('app:get-info');
    if (!contents || !child || !handler) return 'setup failed';
    try {
      await handler({ sender: contents, senderFrame: child, frameId: child.routingId }, undefined);
      return 'answered';
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(outcome).toContain('Refused app:get-info');
});

test('an automatic backup appears in the backups folder', async ({ desktop }) => {
  const folder = path.join(desktop.userData, 'backups');
  const names = () => {
    try {
      return readdirSync(folder);
    } catch {
      return [];
    }
  };
  await expect
    .poll(() => names().filter((name) => /^partnership-health-.*-start\.json$/.test(name)), {
      timeout: 20_000,
    })
    .toHaveLength(1);
  const backup = names().find((name) => name.endsWith('-start.json'));
  expect(names()).toContain(`${backup}.sha256`);
});

test('IndexedDB storage is persistent (persistent-storage granted)', async ({ desktop }) => {
  await expect
    .poll(() => desktop.page.evaluate(() => navigator.storage.persisted()), { timeout: 10_000 })
    .toBe(true);
});
