// Locators and actions of the app shell: navigation between sections and notifications.
import { expect, type Locator, type Page } from '@playwright/test';

export type SectionName = 'Portfolio' | 'Partnerships' | 'Organizations' | 'Reports' | 'Settings';

export class AppShell {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('heading', { name: 'Partnership Health' }).waitFor();
  }

  async goTo(section: SectionName): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: section, exact: true })
      .click();
    await this.page.getByRole('heading', { level: 1, name: section }).waitFor();
  }

  /**
   * Loads the sample portfolio from the first-run welcome (the app open and empty), waits for
   * the notice and the portfolio, then dismisses the notice so it covers nothing the test looks at.
   */
  async loadSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load sample portfolio' }).click();
    const notice = this.notification(/Loaded the sample portfolio/);
    await expect(notice).toBeVisible();
    await expect(this.page.getByRole('main').getByRole('row').nth(2)).toBeVisible();
    await notice.getByRole('button', { name: 'Dismiss notification' }).click();
    await expect(notice).toHaveCount(0);
  }

  /** A notification containing `text`. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }
}
