// Locators and actions of the Partnerships list.
import type { Locator, Page } from '@playwright/test';

export class PartnershipsPage {
  constructor(readonly page: Page) {}

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'New partnership' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'New partnership' }).waitFor();
  }

  async edit(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Edit partnership' }).waitFor();
  }

  async delete(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
  }
}
