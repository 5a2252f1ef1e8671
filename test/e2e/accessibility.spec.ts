// Every screen in the light and the dark theme (following the OS): axe finds no violation, and
// a screenshot of each goes to /tmp/shots for a human look.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell, type SectionName } from './pages/app-shell';
import { expectNoAxeViolations } from './pages/axe-check';

const SHOTS = '/tmp/shots';

async function checkScreen(page: Page, name: string, scheme: 'light' | 'dark') {
  await expectNoAxeViolations(page, { name, scheme, screenshot: SHOTS });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      // axe is CPU-heavy; on a busy machine a screen-by-screen audit needs more than the default.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await new AppShell(page).open();
    });

    test('the welcome and every section pass axe', async ({ page }) => {
      const shell = new AppShell(page);
      await checkScreen(page, 'welcome', scheme);
      await shell.loadSample();
      await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
      const sections: SectionName[] = [
        'Portfolio',
        'Partnerships',
        'Organizations',
        'Reports',
        'Settings',
      ];
      for (const section of sections) {
        await shell.goTo(section);
        await checkScreen(page, section.toLowerCase(), scheme);
      }
    });

    test('the forms, with their error messages, pass axe', async ({ page }) => {
      const shell = new AppShell(page);
      await shell.goTo('Partnerships');
      await page.getByRole('main').getByRole('button', { name: 'New partnership' }).click();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByText(/at least two different parties/)).toBeVisible();
      await checkScreen(page, 'partnership-form-errors', scheme);
      await shell.goTo('Organizations');
      await page.getByRole('button', { name: 'New organization' }).click();
      await checkScreen(page, 'organization-form', scheme);
    });
  });
}
