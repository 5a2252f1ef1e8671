// Locators and actions of the partnership form (new and edit).
import type { Locator, Page } from '@playwright/test';

/** What a test types into the form; fields left out keep what they hold. */
export interface PartnershipValues {
  name?: string;
  owner?: string;
  purpose?: string;
  checkIn?: string;
}

export class PartnershipForm {
  constructor(readonly page: Page) {}

  /** A text, number or multi-line field by its label (required fields show an asterisk). */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async chooseParties(names: string[]): Promise<void> {
    const input = this.page.getByRole('combobox', { name: 'Parties' });
    for (const name of names) {
      await input.click();
      await this.page.getByRole('option', { name, exact: true }).click();
    }
    await input.press('Escape');
  }

  async fill(values: PartnershipValues): Promise<void> {
    if (values.name !== undefined) await this.field('Name').fill(values.name);
    if (values.purpose !== undefined) await this.field('Purpose').fill(values.purpose);
    if (values.owner !== undefined) await this.field('Owner').fill(values.owner);
    if (values.checkIn !== undefined)
      await this.field('Check-in cadence (days)').fill(values.checkIn);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }
}
