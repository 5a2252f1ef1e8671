// Locators and actions of the Reports screen: the partnership picker, period, audience and paper,
// the preview, and Export PDF (whose download the caller can capture).
import type { Download, Locator, Page } from '@playwright/test';

export type PeriodLabel =
  | 'Last 90 days'
  | 'Last 6 months'
  | 'Last 12 months'
  | 'This year'
  | 'Previous quarter'
  | 'Custom dates';

export class ReportsPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Reports' });
  }

  /** The partnership picker's text box (type to search). */
  picker(): Locator {
    return this.page.getByRole('combobox', { name: 'Partnerships' });
  }

  /** The picker's chosen values (Mantine pills), as shown. */
  chosen(): Locator {
    return this.page.locator('.mantine-MultiSelect-pill');
  }

  /** Searches the picker for `text` and chooses the option called `name`. */
  async choose(name: string, text = name): Promise<void> {
    await this.picker().click();
    await this.picker().fill(text);
    await this.page.getByRole('option', { name, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  async choosePeriod(label: PeriodLabel): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Period', exact: true }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async setCustomDates(from: string, to: string): Promise<void> {
    await this.page.getByLabel('From', { exact: true }).fill(from);
    await this.page.getByLabel('To', { exact: true }).fill(to);
  }

  async chooseAudience(label: 'Internal' | 'Shared with partners'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async choosePaper(label: 'A4' | 'US Letter'): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
  }

  sectionsSwitch(): Locator {
    return this.page.getByRole('switch', { name: 'One section per partnership' });
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: 'Preview' });
  }

  exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export PDF' });
  }

  /** Clicks Export PDF and waits for the file the browser downloads. */
  async exportPdf({ timeout = 60_000 }: { timeout?: number } = {}): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout });
    await this.exportButton().click();
    return download;
  }
}
