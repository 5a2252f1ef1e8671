// A screen that fails shows the app's error screen inside the shell, never react-router's
// developer page. The failure is a real one: the code of the Settings screen cannot be loaded
// (as when a file of the installed app is missing), made by refusing its request.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { expectNoAxeViolations } from './pages/axe-check';

for (const scheme of ['light', 'dark'] as const) {
  test(`a screen whose code fails to load shows the error screen (${scheme})`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.route(/\/assets\/SettingsPage-[^/]*\.js$/, (route) => route.abort());
    const shell = new AppShell(page);
    await shell.open();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: /Settings/ })
      .click();

    const main = page.getByRole('main');
    await expect(
      main.getByRole('heading', { level: 1, name: 'This screen could not be shown' }),
    ).toBeVisible();
    await expect(page.getByText('Unexpected Application Error!')).toHaveCount(0);
    await expect(
      main.getByText('Your records have not been changed.', { exact: false }),
    ).toBeVisible();
    // The shell still works around it.
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

    // The details are behind their toggle and name the file that failed.
    const toggle = main.getByRole('button', { name: 'Technical details' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(main.getByText(/SettingsPage-.*\.js/).first()).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(main.getByText(/SettingsPage-.*\.js/).first()).toBeVisible();
    await expectNoAxeViolations(page, {
      name: 'error-screen',
      scheme,
      include: 'main',
      screenshot: testInfo.outputDir,
    });

    // "Back up data" saves the same backup as Settings → Data.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main.getByRole('button', { name: 'Back up data', exact: true }).click(),
    ]);
    const path = testInfo.outputPath('backup.json');
    await download.saveAs(path);
    const backup = JSON.parse(await readFile(path, 'utf8')) as { format?: unknown };
    expect(backup.format).toBe('partnership-health-backup');
    await expect(shell.notification('Backup saved')).toBeVisible();

    await main.getByRole('button', { name: 'Back to portfolio', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  });
}
