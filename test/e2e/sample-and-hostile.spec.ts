// First run: the welcome offers the sample portfolio; and names that look like HTML are shown
// as text everywhere, never run.
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ReportsPage } from './pages/reports-page';
import { PartnershipsPage } from './pages/partnerships-page';

test('load the sample portfolio from the first-run welcome, then asked before replacing it', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await shell.open();
  await expect(page.getByText('Welcome to Partnership Health')).toBeVisible();
  await shell.loadSample();
  const rows = page.getByRole('main').getByRole('row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);

  await page.getByRole('button', { name: 'Load sample portfolio' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace your data?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows).toHaveCount(count);
});

const HOSTILE_ORG = '<img src=x onerror=alert(1)>';
const HOSTILE_PARTNER = '<script>alert("p")</script> & Co';
const HOSTILE_PARTNERSHIP = '"><svg onload=alert(2)>';

test('hostile names render as text on every screen and run nothing', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  // Creating the organizations shows each in the list, named as typed.
  await new PartnershipsPage(page).createWithNewParties([HOSTILE_ORG, HOSTILE_PARTNER], {
    name: HOSTILE_PARTNERSHIP,
    owner: HOSTILE_ORG,
  });
  await expect(page.getByText(HOSTILE_PARTNERSHIP, { exact: true })).toBeVisible();
  await expect(
    page.getByText(`${HOSTILE_ORG} · ${HOSTILE_PARTNER}`, { exact: true }),
  ).toBeVisible();

  await shell.goTo('Portfolio');
  await expect(page.getByText(HOSTILE_PARTNERSHIP, { exact: true }).first()).toBeVisible();
  await shell.goTo('Reports');
  // On Reports the name shows once chosen in the picker (as a pill), and in the report's message.
  const reports = new ReportsPage(page);
  await reports.choose(HOSTILE_PARTNERSHIP);
  await expect(reports.chosen().filter({ hasText: HOSTILE_PARTNERSHIP })).toBeVisible();
  await expect(page.locator('main img, main svg[onload], main script')).toHaveCount(0);
});
