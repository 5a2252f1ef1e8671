// UI benchmark: the built renderer in Debian's Chromium with a 200-partnership, 5-year portfolio.
// Measures (a) opening the app until the dashboard shows every row with its score, and (b) opening
// a partnership from the dashboard. Build first: `npx vite build --config renderer/vite.config.ts`,
// then `npx tsx bench/ui-speed.ts` (optional: the number of runs, default 5).
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { localIsoDate } from '../core/domain/dates';
import { generatePortfolio } from '../core/sample/generate-portfolio';
import playwrightConfig from '../playwright.config';
import { fillDatabase, openFirstPartnership, watchForDashboard } from './ui-page-scripts';
import { median } from './stats';
import { startStaticServer, type StaticServer } from './ui-static-server';

const DIST = resolve(process.env.UI_BENCH_DIST ?? 'dist/renderer');
const DATABASE_NAME = 'partnership-health';
const PARTNERSHIPS = 200;
const YEARS = 5;
const RUNS = Number(process.argv[2] ?? 5);
const DASHBOARD_TARGET_MS = 1500;
const OPEN_TARGET_MS = 300;
const TIMEOUT_MS = 30_000;

const ms = (x: number) => `${Math.round(x)} ms`;

function verdict(label: string, values: number[], target: number): string {
  const mid = median(values);
  const within = mid <= target ? 'within' : 'OVER';
  return `${label}: median ${ms(mid)} (target ${ms(target)}, ${within}); runs ${values.map(ms).join(', ')}`;
}

/** Loads the app and waits for the dashboard; returns ms from navigation start. */
async function openDashboard(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__dashboardShownAt !== undefined, undefined, {
    timeout: TIMEOUT_MS,
    polling: 50,
  });
  return page.evaluate(() => window.__dashboardShownAt!);
}

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    console.error(
      `No built renderer in ${DIST}. Build it first: npx vite build --config renderer/vite.config.ts`,
    );
    process.exitCode = 1;
    return;
  }
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startStaticServer(DIST);
    browser = await chromium.launch(playwrightConfig.use?.launchOptions);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // First open creates the database with the app's schema; then fill it behind the app's back.
    await page.goto(server.url);
    await page.getByText('Welcome to Partnership Health').waitFor({ timeout: TIMEOUT_MS });
    const today = localIsoDate(new Date());
    const dataset = generatePortfolio({ today, partnerships: PARTNERSHIPS, years: YEARS });
    const written = await page.evaluate(fillDatabase, { name: DATABASE_NAME, dataset });
    // Wall-clock timings: other processes on the machine slow them down, so say how busy it is.
    console.log(
      `Machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}.`,
    );
    console.log(
      `Portfolio: ${PARTNERSHIPS} partnerships, ${YEARS} years, ${written} records, as of ${today}.`,
    );

    await page.addInitScript(watchForDashboard, PARTNERSHIPS);
    const dashboard: number[] = [];
    const opening: number[] = [];
    let pageMissing: string | null = null;
    for (let run = 0; run < RUNS; run += 1) {
      dashboard.push(await openDashboard(page, server.url));
      if (pageMissing !== null) continue;
      try {
        const opened = await page.evaluate(openFirstPartnership, 5000);
        opening.push(opened.ms);
      } catch (error) {
        pageMissing = error instanceof Error ? error.message : String(error);
      }
    }
    console.log(
      verdict('(a) Open the app → dashboard rows with scores', dashboard, DASHBOARD_TARGET_MS),
    );
    if (opening.length > 0) {
      console.log(
        verdict('(b) Click a row → partnership page with its score', opening, OPEN_TARGET_MS),
      );
    } else {
      console.log(`(b) Click a row → partnership page: not measured (${pageMissing}).`);
    }
    if (errors.length > 0) console.log(`Page errors: ${errors.join(' | ')}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

await main();
