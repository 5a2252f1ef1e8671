// UI benchmark: the built renderer in Debian's Chromium with a 200-partnership, 5-year portfolio.
// Prints the start-up budget (the JavaScript loaded before the first screen), then measures, in
// the same run so that the machine's load weighs on all of them alike:
//   (a) opening the app (a cold load of '#/') until the dashboard's rows show their scores, with
//       where that time goes (the app's performance marks), and the floor: reading every record
//       of the same database with plain getAll; the ratio of the two is the figure to hold;
//   (a') coming back to the dashboard from another screen;
//   (b) opening a partnership from the dashboard.
// Build first: `npx vite build --config renderer/vite.config.ts`, then `npx tsx bench/ui-speed.ts`
// (optional: the number of runs, default 5).
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { localIsoDate } from '../core/domain/dates';
import { generatePortfolio } from '../core/sample/generate-portfolio';
import playwrightConfig from '../playwright.config';
import { median } from './stats';
import { measureStartup, STARTUP_BUDGET_KB } from './startup-size';
import {
  appMarks,
  comeBackToDashboard,
  fillDatabase,
  openFirstPartnership,
  readEverything,
  watchForDashboard,
} from './ui-page-scripts';
import { startStaticServer, type StaticServer } from './ui-static-server';

const DIST = resolve(process.env.UI_BENCH_DIST ?? 'dist/renderer');
const DATABASE_NAME = 'partnership-health';
const PARTNERSHIPS = 200;
const YEARS = 5;
const RUNS = Number(process.argv[2] ?? 5);
const DASHBOARD_TARGET_MS = 1200;
const RATIO_TARGET = 3;
const OPEN_TARGET_MS = 300;
const TIMEOUT_MS = 30_000;

/**
 * Where a cold load's time goes, between the app's marks (see renderer/src/main.tsx and the
 * portfolio feed); 'shown' is the bench's own observation of the first row with a score.
 */
const PHASES: { label: string; from: string; to: string }[] = [
  { label: 'scripts: load, parse, run', from: 'navigation', to: 'app-start' },
  { label: 'database open', from: 'app-start', to: 'db-open' },
  { label: 'worker start-up, until it reads', from: 'db-open', to: 'read-start' },
  { label: 'IndexedDB read with validation (worker)', from: 'read-start', to: 'read-end' },
  { label: 'evaluation of the scores (worker)', from: 'read-end', to: 'summary-computed' },
  { label: 'hand-over to the page', from: 'summary-computed', to: 'summary-received' },
  { label: 'first render of the rows', from: 'summary-received', to: 'shown' },
];

const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;
const spread = (values: number[]) =>
  `${ms(Math.min(...values))}–${ms(Math.max(...values))} over ${values.length} runs`;
const load = () => loadavg()[0]!.toFixed(1);

function verdict(label: string, values: number[], target: number): string {
  const mid = median(values);
  const within = mid <= target ? 'within' : 'OVER';
  return `${label}: median ${ms(mid)} (target ${ms(target)}, ${within}); runs ${spread(values)}`;
}

/** Loads the app and waits for the dashboard; returns ms from navigation start, and the marks. */
async function openDashboard(
  page: Page,
  url: string,
): Promise<{ ms: number; marks: Record<string, number> }> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__dashboardShownAt !== undefined, undefined, {
    timeout: TIMEOUT_MS,
    polling: 50,
  });
  const shown = await page.evaluate(() => window.__dashboardShownAt!);
  const marks = { ...(await page.evaluate(appMarks)), navigation: 0, shown };
  return { ms: shown, marks };
}

function printStartupBudget(): void {
  const startup = measureStartup(DIST);
  const kb = startup.gzipBytes / 1024;
  const within = kb <= STARTUP_BUDGET_KB ? 'within' : 'OVER';
  console.log(
    `Start-up JavaScript (index.html's module script, preloads and their static imports): ` +
      `${kb.toFixed(1)} KB gzip (${(startup.bytes / 1024).toFixed(0)} KB raw, ` +
      `${startup.files.length} files; budget ${STARTUP_BUDGET_KB} KB, ${within}).`,
  );
}

function printSplit(runs: Record<string, number>[]): void {
  console.log('    where the time goes (median over runs, ms since navigation in brackets):');
  for (const phase of PHASES) {
    const spans = runs
      .filter((m) => m[phase.from] !== undefined && m[phase.to] !== undefined)
      .map((m) => m[phase.to]! - m[phase.from]!);
    if (spans.length === 0) {
      console.log(`      ${phase.label}: not marked`);
      continue;
    }
    const ends = runs.flatMap((m) => m[phase.to] ?? []);
    console.log(
      `      ${phase.label.padEnd(42)} ${ms(median(spans)).padStart(9)}  ` +
        `(${ms(Math.min(...spans))}–${ms(Math.max(...spans))}; ends at ${ms(median(ends))})`,
    );
  }
}

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    console.error(
      `No built renderer in ${DIST}. Build it first: npx vite build --config renderer/vite.config.ts`,
    );
    process.exitCode = 1;
    return;
  }
  printStartupBudget();
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
    const loadBefore = load();
    console.log(
      `Portfolio: ${PARTNERSHIPS} partnerships, ${YEARS} years, ${written} records, as of ${today}.`,
    );

    await page.addInitScript(watchForDashboard, PARTNERSHIPS);
    // The floor is read in a page of the same origin that runs no app (the server's 404 page).
    const floorPage = await context.newPage();
    const floorUrl = new URL('no-app-here', server.url).href;
    const dashboard: number[] = [];
    const marks: Record<string, number>[] = [];
    const floor: number[] = [];
    const floorOpen: number[] = [];
    const ratio: number[] = [];
    const comingBack: number[] = [];
    const opening: number[] = [];
    let pageMissing: string | null = null;
    for (let run = 0; run < RUNS; run += 1) {
      // The floor first, while the app's page is idle on the previous run's partnership page.
      // Each page is brought to the front before it is timed: a page in the background gets
      // its animation frames throttled to about one a second.
      await floorPage.bringToFront();
      await floorPage.goto(floorUrl);
      const read = await floorPage.evaluate(readEverything, DATABASE_NAME);
      if (read.records !== written + 1) {
        throw new Error(`The floor read ${read.records} records, not the ${written + 1} stored`);
      }
      floor.push(read.openMs + read.readMs);
      floorOpen.push(read.openMs);
      await page.bringToFront();
      const cold = await openDashboard(page, server.url);
      dashboard.push(cold.ms);
      marks.push(cold.marks);
      ratio.push(cold.ms / (read.openMs + read.readMs));
      // Coming back is timed once the dashboard is complete (its band chart drawn).
      await page
        .getByRole('button', { name: 'Show as table' })
        .first()
        .waitFor({ timeout: TIMEOUT_MS });
      comingBack.push(await page.evaluate(comeBackToDashboard, 10_000));
      if (pageMissing !== null) continue;
      try {
        const opened = await page.evaluate(openFirstPartnership, 5000);
        opening.push(opened.ms);
      } catch (error) {
        pageMissing = error instanceof Error ? error.message : String(error);
      }
    }
    console.log(
      `Machine: ${availableParallelism()} cores, load average ${loadBefore} before the runs, ${load()} after.`,
    );
    console.log(
      verdict('(a) Open the app → dashboard rows with scores', dashboard, DASHBOARD_TARGET_MS),
    );
    printSplit(marks);
    console.log(
      `    floor, every record read with getAll (open ${ms(median(floorOpen))} + read): ` +
        `median ${ms(median(floor))}; runs ${spread(floor)}`,
    );
    const ratioWithin = median(ratio) <= RATIO_TARGET ? 'within' : 'OVER';
    console.log(
      `    ratio dashboard / floor: median ${median(ratio).toFixed(2)} (target ${RATIO_TARGET}, ` +
        `${ratioWithin}); runs ${Math.min(...ratio).toFixed(2)}–${Math.max(...ratio).toFixed(2)}`,
    );
    console.log(
      verdict(
        "(a') Back to Portfolio from another screen → rows with scores",
        comingBack,
        DASHBOARD_TARGET_MS,
      ),
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
