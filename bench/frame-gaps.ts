// How long the window froze: the gaps between animation frames, recorded in the page.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __frameGaps: number[];
  }
}

/** Starts recording the gaps between animation frames (a frozen window shows as one long gap). */
export async function watchFrames(page: Page) {
  await page.evaluate(() => {
    window.__frameGaps = [];
    let last = performance.now();
    const tick = (now: number) => {
      window.__frameGaps.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The longest frame gap since the last call, and resets the record. */
export async function longestGap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const longest = Math.max(0, ...window.__frameGaps);
    window.__frameGaps = [];
    return Math.round(longest);
  });
}
