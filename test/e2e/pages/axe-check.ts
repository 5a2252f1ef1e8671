// The accessibility check every spec shares: axe on the page (or a part of it) as the user sees
// it, failing with one line per violation naming its elements, plus a screenshot for a human look.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface AxeCheck {
  /** Names what is checked, in the failure message and the screenshot's file name. */
  name: string;
  /** The colour scheme the page is shown in. */
  scheme: 'light' | 'dark';
  /** A CSS selector: axe looks only inside what it finds (the whole page when absent). */
  include?: string;
  /**
   * A folder for the screenshot `<name>-<scheme>.png`: of the first element `include` finds, or
   * of the whole page. It is taken before the verdict, so a failure has one too.
   */
  screenshot?: string;
}

/** Runs axe as described by `check` and fails the test on any violation. */
export async function expectNoAxeViolations(page: Page, check: AxeCheck): Promise<void> {
  // Let notifications and transitions settle so axe sees the screen as the user does.
  await page.waitForTimeout(300);
  const builder = new AxeBuilder({ page });
  if (check.include !== undefined) builder.include(check.include);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  if (check.screenshot !== undefined) {
    const path = `${check.screenshot}/${check.name}-${check.scheme}.png`;
    if (check.include === undefined) await page.screenshot({ path, fullPage: true });
    else await page.locator(check.include).first().screenshot({ path });
  }
  expect(summary, `axe violations on ${check.name} (${check.scheme})`).toEqual([]);
}
