// Organizations and partnerships: create, survive a reload, refuse a one-party partnership,
// edit, delete then undo, and refuse deleting an organization in use.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { OrganizationsPage } from './pages/organizations-page';
import { PartnershipForm } from './pages/partnership-form';
import { PartnershipsPage } from './pages/partnerships-page';

const PARTIES = ['City Library', 'Code Club'];

/** Creates the two parties and "Reading Together" between them; ends on the Partnerships list. */
async function createReadingTogether(page: Page) {
  await new PartnershipsPage(page).createWithNewParties(PARTIES, {
    name: 'Reading Together',
    owner: 'Ana Ruiz',
    purpose: 'Children read more.',
  });
}

test('create two organizations and a partnership between them; it survives a reload', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await shell.open();
  await createReadingTogether(page);
  const list = new PartnershipsPage(page);
  await expect(list.row('Reading Together')).toContainText('City Library · Code Club');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
  await expect(list.row('Reading Together')).toContainText('Ana Ruiz');
  await shell.goTo('Portfolio');
  await expect(page.getByRole('main').getByText('Reading Together').first()).toBeVisible();
});

test('a partnership with one party is refused with the rule in words, keeping what was typed', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await shell.open();
  await shell.goTo('Organizations');
  await new OrganizationsPage(page).createEach(PARTIES);
  await shell.goTo('Partnerships');
  await new PartnershipsPage(page).startNew();
  const form = new PartnershipForm(page);
  await form.fill({ name: 'Solo act', checkIn: '400' });
  await form.chooseParties(['City Library']);
  await form.save();
  await expect(
    page.getByText('A partnership needs at least two different parties.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText(/Check-in cadence \(days\) must be .*365/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'New partnership' })).toBeVisible();
  await expect(form.field('Name')).toHaveValue('Solo act');
  await expect(form.field('Check-in cadence (days)')).toHaveValue('400');
});

test('edit a partnership, delete it, then Undo brings it back', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  await createReadingTogether(page);
  const list = new PartnershipsPage(page);

  await list.edit('Reading Together');
  const form = new PartnershipForm(page);
  await expect(form.field('Owner')).toHaveValue('Ana Ruiz');
  await form.fill({ name: 'Reading Together 2027', owner: 'Ben Okafor' });
  await form.save();
  await expect(list.row('Reading Together 2027')).toContainText('Ben Okafor');

  await list.delete('Reading Together 2027');
  await expect(list.row('Reading Together 2027')).toHaveCount(0);
  await shell
    .notification(/Deleted "Reading Together 2027"/)
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(list.row('Reading Together 2027')).toContainText('Ben Okafor');
});

test('deleting an organization used by a partnership is refused with the reason', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await shell.open();
  await createReadingTogether(page);
  await shell.goTo('Organizations');
  const organizations = new OrganizationsPage(page);
  await organizations.delete('Code Club');
  await expect(
    shell.notification(/cannot be deleted: it is a party of the partnership "Reading Together"/),
  ).toBeVisible();
  await expect(organizations.row('Code Club')).toBeVisible();
});
