// Starts the built desktop app (dist/electron/main.js, through package.json's "main") with a
// fresh userData folder, and removes the folder afterwards. Used by every Electron test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { USER_DATA_ENV } from '../../electron/policy/app-identity';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface DesktopApp {
  app: ElectronApplication;
  /** The main window's page, once loaded. */
  page: Page;
  /** The userData folder this run uses (fresh, empty at start). */
  userData: string;
}

export const test = base.extend<{ desktop: DesktopApp }>({
  // Playwright reads the fixtures a function needs from its first, destructured parameter.
  // eslint-disable-next-line no-empty-pattern
  desktop: async ({}, use) => {
    const userData = mkdtempSync(path.join(tmpdir(), 'ph-electron-'));
    const app = await _electron.launch({
      args: [projectRoot],
      cwd: projectRoot,
      env: { ...process.env, [USER_DATA_ENV]: userData },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await use({ app, page, userData });
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
