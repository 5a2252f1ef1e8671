// Locators and actions of the Partnerships list.
import type { Locator, Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { OrganizationsPage } from './organizations-page';
import { PartnershipForm, type PartnershipValues } from './partnership-form';

export class PartnershipsPage {
  constructor(readonly page: Page) {}

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'New partnership' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'New partnership' }).waitFor();
  }

  /**
   * From any screen: creates the organizations `parties`, then a partnership between them with
   * `values`, and waits for the Partnerships list it returns to.
   */
  async createWithNewParties(parties: string[], values: PartnershipValues): Promise<void> {
    const shell = new AppShell(this.page);
    await shell.goTo('Organizations');
    await new OrganizationsPage(this.page).createEach(parties);
    await shell.goTo('Partnerships');
    await this.startNew();
    const form = new PartnershipForm(this.page);
    await form.fill(values);
    await form.chooseParties(parties);
    await form.save();
    await this.page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
  }

  async edit(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Edit', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Edit partnership' }).waitFor();
  }

  async delete(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Delete', exact: true }).click();
  }
}
