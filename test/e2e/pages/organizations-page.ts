// Locators and actions of the Organizations screen.
import { expect, type Locator, type Page } from '@playwright/test';

export class OrganizationsPage {
  constructor(readonly page: Page) {}

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async create(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New organization' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New organization' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Creates each organization in turn; each then shows in the list. */
  async createEach(names: string[]): Promise<void> {
    for (const name of names) {
      await this.create(name);
      await expect(this.row(name)).toBeVisible();
    }
  }

  async delete(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Delete', exact: true }).click();
  }
}
