// The desktop shell as it really runs: window, CSP, navigation, IPC bridge, automatic backups and
// persistent storage, checked in Electron itself (the unit tests check the same rules as pure
// functions and with a fake electron module).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DESKTOP_API_GLOBAL } from '../../core/bridge/desktop-api';
import {
  contentSecurityPolicy,
  metaContentSecurityPolicy,
} from '../../electron/policy/content-security-policy';
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
  expect(meta).toBe(metaContentSecurityPolicy());
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

test('only the main frame has the desktop bridge, and a call through it is answered', async ({
  desktop,
}) => {
  const { page } = desktop;
  const info = await page.evaluate(
    (name) =>
      (window as unknown as Record<string, { getAppInfo(): Promise<{ runtime: string }> }>)[
        name
      ]!.getAppInfo(),
    DESKTOP_API_GLOBAL,
  );
  expect(info.runtime).toBe('desktop');

  // Two child frames: an opaque-origin sandboxed srcdoc, and a blob: document of the app's own
  // origin (the CSP allows framing blob:, for the PDF preview). The preload runs in the main
  // frame only, so neither can reach main; a call that reached it anyway from a child frame is
  // refused by checkIpcSender (ipc-sender.test.ts, ipc-guard.test.ts).
  await page.evaluate(() => {
    const opaque = document.createElement('iframe');
    opaque.setAttribute('sandbox', 'allow-scripts');
    opaque.srcdoc = '<p>opaque</p>';
    const blob = document.createElement('iframe');
    blob.src = URL.createObjectURL(new Blob(['<p>blob</p>'], { type: 'text/html' }));
    const loaded = [opaque, blob].map(
      (frame) => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true })),
    );
    document.body.append(opaque, blob);
    return Promise.all(loaded);
  });
  const children = page.frames().filter((frame) => frame !== page.mainFrame());
  expect(children).toHaveLength(2);
  for (const frame of children) {
    const bridge = await frame.evaluate(
      (name) => typeof Reflect.get(window, name),
      DESKTOP_API_GLOBAL,
    );
    expect(bridge, frame.url()).toBe('undefined');
  }
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
