// Automatic backups in the built renderer. In a plain browser the Settings panel explains they
// belong to the desktop app. With a stand-in for the desktop bridge (the object the preload
// exposes, recording what it is asked to file), the renderer's side runs for real: the start-up
// backup is made before the first write, and restoring one files a before-restore backup first.
import type { Page } from '@playwright/test';
import type { AutomaticBackupInfo } from '../../core/bridge/desktop-api';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { expectNoAxeViolations } from './pages/axe-check';

const PANEL = 'section[aria-labelledby="automatic-backups-title"]';

declare global {
  interface Window {
    __backupWrites: Array<{ reason: string; content: string }>;
    /** When set, every automatic backup fails with this message (a full disk, say). */
    __backupFailure?: string;
  }
}

/** Installs a stand-in desktop bridge that keeps every automatic backup in memory. */
async function fakeDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const writes: Array<{ reason: string; content: string; name: string; createdAt: string }> = [];
    window.__backupWrites = writes;
    const info = (write: (typeof writes)[number]): AutomaticBackupInfo => ({
      name: write.name,
      createdAt: write.createdAt,
      reason: write.reason as AutomaticBackupInfo['reason'],
      bytes: new TextEncoder().encode(write.content).byteLength,
      valid: true,
      records: Object.values(
        (JSON.parse(write.content) as { data: Record<string, unknown> }).data,
      ).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0),
    });
    let clock = Date.parse('2026-11-28T10:00:00Z');
    Object.defineProperty(window, 'partnershipHealth', {
      value: {
        getAppInfo: () =>
          Promise.resolve({
            productName: 'Partnership Health',
            version: '1.0.0',
            runtime: 'desktop',
            os: 'linux',
          }),
        saveFile: () => Promise.resolve({ saved: false }),
        openFile: () => Promise.resolve(null),
        onMenuCommand: () => () => {},
        writeAutomaticBackup: ({ content, reason }: { content: string; reason: string }) => {
          if (window.__backupFailure) return Promise.reject(new Error(window.__backupFailure));
          clock += 60_000;
          const createdAt = new Date(clock).toISOString();
          const name = `partnership-health-${createdAt.replace(/[:.]/g, '-')}-${reason}.json`;
          const write = { reason, content, name, createdAt };
          writes.push(write);
          const { bytes } = info(write);
          return Promise.resolve({ status: 'written', backup: { name, createdAt, bytes } });
        },
        listAutomaticBackups: () =>
          Promise.resolve({
            folder: '/home/ana/.config/Partnership Health/backups',
            backups: writes.map(info).reverse(),
          }),
        readAutomaticBackup: (name: string) => {
          const found = writes.find((write) => write.name === name);
          return found ? Promise.resolve(found.content) : Promise.reject(new Error('missing'));
        },
        revealAutomaticBackups: () => Promise.resolve(),
      },
    });
  });
}

function partnershipCount(content: string | undefined): number {
  const backup = JSON.parse(content ?? '{}') as { data?: { partnerships?: unknown[] } };
  return backup.data?.partnerships?.length ?? -1;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the browser says automatic backups are a desktop feature (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const shell = new AppShell(page);
    await shell.open();
    await shell.goTo('Settings');
    const panel = page.locator(PANEL);
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.getByRole('heading', { name: 'Automatic backups' })).toBeVisible();
    await expect(panel).toContainText('Automatic backups are a feature of the desktop app');
    await expect(panel).toContainText('Back up data');
    await expect(panel.getByRole('button', { name: /Restore/ })).toHaveCount(0);
    await expectNoAxeViolations(page, { name: 'browser panel', scheme, include: PANEL });
  });
}

test('desktop: backs up on start before any write, lists it, and restores it safely', async ({
  page,
}) => {
  await fakeDesktopBridge(page);
  const shell = new AppShell(page);
  await shell.open();
  await shell.loadSample();

  // The start-up backup holds the data from before the sample was written: none.
  const firstWrites = await page.evaluate(() => window.__backupWrites.map((w) => w.reason));
  expect(firstWrites[0]).toBe('start');
  const startContent = await page.evaluate(() => window.__backupWrites[0]?.content);
  expect(partnershipCount(startContent)).toBe(0);

  await shell.goTo('Settings');
  const panel = page.locator(PANEL);
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toContainText('Last automatic backup:');
  await expect(panel).toContainText('/home/ana/.config/Partnership Health/backups');
  const startRow = panel.getByRole('row').filter({ hasText: 'App opened' });
  await expect(startRow).toContainText('Verified');
  // The start-up backup was made before the sample was written: it holds no records.
  await expect(startRow.getByRole('cell').nth(2)).toHaveText('0');
  await expectNoAxeViolations(page, { name: 'desktop panel', scheme: 'light', include: PANEL });

  const restore = startRow.getByRole('button', { name: 'Restore', exact: true });
  await expect(restore).toHaveAccessibleDescription(/\d/);
  await restore.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('the automatic backup of');
  await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(dialog.getByRole('button', { name: 'Undo restore' })).toBeVisible();

  // The data being replaced (the sample portfolio) was filed first. Loading the sample filed
  // one too (of the empty data it replaced): the restore's is the last.
  const writes = await page.evaluate(() => window.__backupWrites);
  const beforeRestore = writes.filter((w) => w.reason === 'before-restore').at(-1);
  expect(partnershipCount(beforeRestore?.content)).toBeGreaterThan(0);
});

test('desktop: a restore whose backup of the current data fails is not made, and says why', async ({
  page,
}) => {
  await fakeDesktopBridge(page);
  const shell = new AppShell(page);
  await shell.open();
  await shell.loadSample();
  await shell.goTo('Settings');
  const panel = page.locator(PANEL);
  await panel.scrollIntoViewIfNeeded();
  const startRow = panel.getByRole('row').filter({ hasText: 'App opened' });
  const backupsBefore = await page.evaluate(() => window.__backupWrites.length);
  await page.evaluate(() => {
    window.__backupFailure = 'The automatic backup could not be written (no space left on device).';
  });
  await startRow.getByRole('button', { name: 'Restore', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(dialog).toContainText('The restore was not started');
  await expect(dialog).toContainText('no space left on device');
  await expect(dialog).toContainText('Back up data');
  await expect(dialog.getByRole('button', { name: 'Undo restore' })).toHaveCount(0);
  // The sample portfolio is still there: nothing was replaced.
  const writes = await page.evaluate(() => window.__backupWrites.length);
  expect(writes).toBe(backupsBefore);
  await page.keyboard.press('Escape');
  await shell.goTo('Portfolio');
  await expect(page.getByRole('main')).not.toContainText('No partnerships yet');
});
