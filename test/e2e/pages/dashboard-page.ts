// Locators and actions of the portfolio dashboard (the Portfolio section).
import type { Locator, Page } from '@playwright/test';

export class DashboardPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Partnerships', exact: true });
  }

  /** The rendered rows of the partnership table (a long list renders only the rows in view). */
  get rows(): Locator {
    return this.table.locator('tbody tr[aria-rowindex]');
  }

  /** The table row of the partnership with this id. */
  row(id: string): Locator {
    return this.rows.filter({
      has: this.page.locator(`a[href="#/partnerships/${encodeURIComponent(id)}"]`),
    });
  }

  /** The health shown in a row (the second cell). */
  async healthOf(id: string): Promise<string> {
    return (await this.row(id).getByRole('cell').nth(1).innerText()).trim();
  }

  get needsAttention(): Locator {
    return this.page.getByRole('region', { name: 'Needs attention' });
  }

  get heatMap(): Locator {
    return this.page.getByRole('table', { name: 'Dimensions at a glance' });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search by name').fill(text);
  }

  /** Chooses `option` in the filter select labelled `label` (Band, Status, Tag or Owner). */
  async filter(label: 'Band' | 'Status' | 'Tag' | 'Owner', option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear filters' }).click();
  }
}
