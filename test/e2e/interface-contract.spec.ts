// The interface contract of issues 2–6 and 10: every control the issues name in quotes is found
// on its screen by role and its exact accessible name. `exact: true` fails when anything is read
// into the name besides the label (a shortcut, a row's name, an icon's title), which is what
// assistive tech announces and what tests and automation rely on.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell, type SectionName } from './pages/app-shell';
import { BackupData } from './pages/backup-data';
import { EntryDialogs, PAGE_ENTRY_BUTTONS } from './pages/entry-dialogs';
import { OrganizationsPage } from './pages/organizations-page';
import { PARTNERSHIP_TABS, PartnershipPage } from './pages/partnership-page';
import { PartnershipsPage } from './pages/partnerships-page';

type Role = Parameters<Page['getByRole']>[0];

/** The one control with this role and exactly this name in `scope` is visible. */
async function expectNamed(scope: Page | Locator, role: Role, name: string): Promise<void> {
  await expect(
    scope.getByRole(role, { name, exact: true }).first(),
    `${role} "${name}"`,
  ).toBeVisible();
}

async function expectAllNamed(scope: Page | Locator, role: Role, names: readonly string[]) {
  for (const name of names) await expectNamed(scope, role, name);
}

const SECTIONS: SectionName[] = [
  'Portfolio',
  'Partnerships',
  'Organizations',
  'Reports',
  'Settings',
];

test.beforeEach(async ({ page }) => {
  await new AppShell(page).open();
});

test('navigation links are named by their section and announce their shortcut', async ({
  page,
}) => {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link')).toHaveCount(SECTIONS.length);
  for (const [index, section] of SECTIONS.entries()) {
    const link = nav.getByRole('link', { name: section, exact: true });
    await expect(link).toBeVisible();
    // ARIA syntax: modifier+key; Meta on Apple platforms, Control elsewhere (Chromium on Linux).
    await expect(link).toHaveAttribute('aria-keyshortcuts', `Control+${index + 1}`);
    // The key caps are still shown, but not read into the name.
    await expect(link).toContainText(`Ctrl${index + 1}`);
  }
  // The shortcut the link announces does what it says.
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Organizations' })).toBeVisible();
});

test('first run: the welcome and the header', async ({ page }) => {
  await expectAllNamed(page.getByRole('banner'), 'button', ['Quick add', 'New partnership']);
  await expectAllNamed(page.getByRole('main'), 'button', [
    'New partnership',
    'Load sample portfolio',
  ]);
});

test.describe('with the sample portfolio', () => {
  test.beforeEach(async ({ page }) => {
    test.slow();
    await new AppShell(page).loadSample();
  });

  test('portfolio, partnerships and organizations', async ({ page }) => {
    const shell = new AppShell(page);
    const main = page.getByRole('main');
    await expectNamed(main, 'region', 'Needs attention');
    await expectNamed(main, 'button', 'Show as table');

    await shell.goTo('Partnerships');
    await expectNamed(main, 'button', 'New partnership');
    await expect(
      main.getByRole('button', { name: 'New partnership', exact: true }),
    ).toHaveAttribute('aria-keyshortcuts', 'Control+N');
    const firstRow = main.getByRole('row').nth(1);
    await expectAllNamed(firstRow, 'button', ['Edit', 'Delete']);
    // The row's buttons say which partnership they act on in their description, not their name.
    const rowName = await firstRow.getByRole('link').first().innerText();
    await expect(
      firstRow.getByRole('button', { name: 'Delete', exact: true }),
    ).toHaveAccessibleDescription(rowName);
    await new PartnershipsPage(page).startNew();
    await expectAllNamed(main, 'textbox', [
      'Name',
      'Purpose',
      'Start date',
      'End date',
      'Owner',
      'Check-in cadence (days)',
      'Review cadence (days)',
    ]);
    await expectAllNamed(main, 'combobox', ['Parties', 'Status', 'Tags']);
    await expectNamed(main, 'button', 'Save');

    await shell.goTo('Organizations');
    const organizations = new OrganizationsPage(page);
    await page.getByRole('button', { name: 'New organization', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New organization' });
    await expectNamed(dialog, 'textbox', 'Name');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Contract Test Trust');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await organizations.delete('Contract Test Trust');
    await expect(organizations.row('Contract Test Trust')).toHaveCount(0);
    await shell
      .notification(/Deleted "Contract Test Trust"/)
      .getByRole('button', { name: 'Undo', exact: true })
      .click();
    await expect(organizations.row('Contract Test Trust')).toHaveCount(1);
  });

  test('a partnership page and its entry dialogs', async ({ page }) => {
    const partnership = new PartnershipPage(page);
    await new AppShell(page).goTo('Partnerships');
    await page.getByRole('main').getByRole('row').nth(1).getByRole('link').first().click();
    await partnership.heading().waitFor();
    const main = page.getByRole('main');
    await expectNamed(main, 'button', 'Why this score');
    await expectNamed(main, 'link', 'Export report');
    await expectNamed(main, 'button', 'Show as table');
    await expectAllNamed(main, 'button', PAGE_ENTRY_BUTTONS);
    await expectAllNamed(main, 'tab', PARTNERSHIP_TABS);

    // An entry saved, opened again for editing, deleted, and brought back with Undo.
    const entry = new EntryDialogs(page);
    await main.getByRole('button', { name: 'Log check-in', exact: true }).click();
    let dialog = entry.dialog('Log check-in');
    await expectNamed(dialog, 'button', 'Save');
    await entry.field(dialog, 'Summary').fill('Contract check');
    await entry.saveAndClose(dialog);
    const shell = new AppShell(page);
    await shell
      .notification(/Saved the/)
      .getByRole('button', { name: 'Edit', exact: true })
      .click();
    dialog = entry.dialog('Edit check-in');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectNamed(shell.notification(/Deleted the check-in/), 'button', 'Undo');

    // The palette behind "Quick add" offers the same actions by name.
    const palette = await entry.openPalette();
    await expectNamed(palette, 'combobox', 'Search actions and partnerships');
  });

  test('settings, data and reports', async ({ page }, testInfo) => {
    const shell = new AppShell(page);
    const data = new BackupData(page);
    await shell.goTo('Settings');
    const main = page.getByRole('main');
    await expectAllNamed(main, 'button', ['Reset to defaults', 'Save']);
    await expectAllNamed(data.section(), 'button', [
      'Back up data',
      'Restore from backup',
      'Import CSV',
      'Export CSV',
    ]);

    // "Undo restore" appears once a backup has been restored.
    const backupPath = testInfo.outputPath('backup.json');
    await data.backUp(backupPath);
    await data.restoreFrom(backupPath);
    await data
      .dialog('Restore this backup?')
      .getByRole('button', { name: 'Replace my data with this backup' })
      .click();
    await data.dialog('Backup restored').getByRole('button', { name: 'Done' }).click();
    await expectNamed(data.section(), 'button', 'Undo restore');

    await shell.goTo('Reports');
    await expectNamed(main, 'button', 'Export PDF');
  });
});
