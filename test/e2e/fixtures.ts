// Shared e2e fixture: every test runs in a fresh browser context (empty IndexedDB), records
// Content-Security-Policy violations and dialogs, and fails if any happened. The check is
// automatic, so it guards every test, not only those that name it.
/// <reference lib="dom" />
import { test as base, expect } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

export const test = base.extend<{ dialogs: string[] }>({
  dialogs: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
        });
      });
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await use(dialogs);
      if (!page.isClosed()) {
        const violations = await page.evaluate(() => window.__cspViolations ?? []);
        expect(violations, 'Content-Security-Policy violations').toEqual([]);
      }
      expect(dialogs, 'dialogs opened by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
