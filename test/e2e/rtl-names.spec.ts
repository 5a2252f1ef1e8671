// Right-to-left and mixed-script names on screen: a Hebrew partnership between an Arabic and a
// Japanese (with emoji) organization shows, isolated (<bdi> or dir="auto") so it reads right to
// left and leaves its neighbours alone, in every list and header that names it. Screenshots of
// the dashboard and the partnership page, light and dark, go to /tmp/shots/rtl for a human look.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { DashboardPage } from './pages/dashboard-page';
import { EntryDialogs } from './pages/entry-dialogs';
import { OrganizationsPage } from './pages/organizations-page';
import { PartnershipForm } from './pages/partnership-form';
import { PartnershipsPage } from './pages/partnerships-page';

const HEBREW = 'שותפות הגליל';
const ARABIC = 'شركة النيل';
const JAPANESE = '東京 港湾 パートナーシップ 🤝';
const OWNER = 'רות כהן';
const SHOTS = '/tmp/shots/rtl';

/** The element showing exactly `text` is bidi-isolated, and reads in `direction`. */
async function expectIsolated(scope: Locator, text: string, direction: 'rtl' | 'ltr') {
  const element = scope.getByText(text, { exact: true }).first();
  await expect(element).toBeVisible();
  const seen = await element.evaluate((el) => ({
    isolated: el.closest('bdi, [dir="auto"]') !== null,
    direction: getComputedStyle(el).direction,
  }));
  expect(seen, `"${text}"`).toEqual({ isolated: true, direction });
}

/** Two organizations and the Hebrew partnership between them, started in January 2026. */
async function createPartnership(page: Page) {
  const shell = new AppShell(page);
  await shell.goTo('Organizations');
  await new OrganizationsPage(page).createEach([ARABIC, JAPANESE]);
  await shell.goTo('Partnerships');
  const list = new PartnershipsPage(page);
  await list.startNew();
  const form = new PartnershipForm(page);
  await form.fill({ name: HEBREW, owner: OWNER, purpose: 'מים נקיים לגליל, 2026–2028.' });
  await form.field('Start date').fill('2026-01-05');
  await form.chooseParties([ARABIC, JAPANESE]);
  await form.save();
  await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`right-to-left and mixed-script names read correctly (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const shell = new AppShell(page);
    await shell.open();
    await createPartnership(page);
    const main = page.getByRole('main');

    // Partnerships list: the name, the parties between separators, the owner.
    const row = new PartnershipsPage(page).row(HEBREW);
    await expectIsolated(row, HEBREW, 'rtl');
    await expectIsolated(row, ARABIC, 'rtl');
    await expectIsolated(row, JAPANESE, 'ltr');
    await expectIsolated(row, OWNER, 'rtl');
    await expect(row).toContainText(`${ARABIC} · ${JAPANESE}`);

    await shell.goTo('Organizations');
    await expectIsolated(new OrganizationsPage(page).row(ARABIC), ARABIC, 'rtl');
    await expectIsolated(new OrganizationsPage(page).row(JAPANESE), JAPANESE, 'ltr');

    // Dashboard: the table, the heat map and Needs attention (no check-in since January).
    await shell.goTo('Portfolio');
    const dashboard = new DashboardPage(page);
    await expectIsolated(dashboard.table, HEBREW, 'rtl');
    await expectIsolated(dashboard.heatMap, HEBREW, 'rtl');
    await expectIsolated(dashboard.needsAttention, HEBREW, 'rtl');
    await page.screenshot({ path: `${SHOTS}/dashboard-${scheme}.png`, fullPage: true });

    // The partnership page's header.
    await dashboard.table.getByRole('link', { name: HEBREW, exact: true }).click();
    const heading = page.getByRole('heading', { level: 1, name: HEBREW, exact: true });
    await expect(heading).toBeVisible();
    await expectIsolated(heading, HEBREW, 'rtl');
    await expectIsolated(main, ARABIC, 'rtl');
    await expectIsolated(main, JAPANESE, 'ltr');
    await page.screenshot({ path: `${SHOTS}/partnership-${scheme}.png` });

    // The command palette offers it by name.
    const palette = await new EntryDialogs(page).openPalette();
    await palette.getByRole('combobox').fill('שותפות');
    await expectIsolated(palette.getByRole('option'), HEBREW, 'rtl');
    await page.keyboard.press('Escape');

    // Reports: the choice of partnerships and the preview's title.
    await shell.goTo('Reports');
    await main.getByRole('combobox', { name: 'Partnerships' }).click();
    await expectIsolated(page.getByRole('option', { name: HEBREW }), HEBREW, 'rtl');
    await page.getByRole('option', { name: HEBREW }).click();
    await page.keyboard.press('Escape');
    await expectIsolated(page.getByRole('region', { name: 'Preview' }), HEBREW, 'rtl');
    await page.screenshot({ path: `${SHOTS}/reports-${scheme}.png` });
  });
}
