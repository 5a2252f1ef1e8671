// Locators and actions of a partnership's page: heading, health header, entry buttons, tabs and
// the charts' "Show as table" views.
import type { Locator, Page } from '@playwright/test';
import { AppShell } from './app-shell';

export const PARTNERSHIP_TABS = [
  'Overview',
  'Trust',
  'Communication',
  'Goals',
  'Give and take',
  'Frictions',
  'Reviews & wins',
  'Timeline',
] as const;
export type PartnershipTab = (typeof PARTNERSHIP_TABS)[number];

export class PartnershipPage {
  constructor(readonly page: Page) {}

  /** Opens the page of the partnership called `name` from the partnerships list. */
  async openFromList(name: string): Promise<void> {
    await new AppShell(this.page).goTo('Partnerships');
    await this.page.getByRole('main').getByRole('link', { name, exact: true }).click();
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The whole-number health score in the header ("–" when there is none). */
  score(): Locator {
    return this.page.getByTestId('health-score');
  }

  trend(): Locator {
    return this.page.getByTestId('health-trend');
  }

  entryButton(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async openTab(name: PartnershipTab): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    await tab.click();
    await this.page.getByRole('tabpanel', { name }).waitFor();
  }

  /** The card (section) of a chart or list by its title. */
  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Switches a chart card to its table and returns the table. */
  async showTable(title: string): Promise<Locator> {
    await this.card(title).getByRole('button', { name: 'Show as table' }).click();
    return this.card(title).getByRole('table', { name: title });
  }
}
