// Locators and actions of the app shell: navigation between sections and notifications.
import type { Locator, Page } from '@playwright/test';

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
      .getByRole('link', { name: section })
      .click();
    await this.page.getByRole('heading', { level: 1, name: section }).waitFor();
  }

  /** A notification containing `text`. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }
}
