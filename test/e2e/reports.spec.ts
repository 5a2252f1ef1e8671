// The Reports screen with the sample portfolio: PDFs exported through the screen carry the
// engine's figures at the period's end, the partners' version leaks no pulse comment or respondent
// name, each PDF's text equals the CLI's for the same options, qpdf accepts the files; the screen
// refuses a reversed period, passes axe in both themes, and "Export report" on a partnership page
// lands on it with that partnership chosen. Names in every script print from the app's PDF worker
// as they do from the CLI, with every font embedded. Screenshots and PDF pages go to /tmp/shots/reports.
import type { Download, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMonths, localIsoDate } from '../../core/domain/dates';
import { DIMENSION_LABELS } from '../../core/domain/dimension-names';
import { DIMENSIONS, evaluateHealth } from '../../core/domain/health';
import { groupByPartnership } from '../../core/domain/partnership-records';
import type { Dataset } from '../../core/domain/types';
import { pdfFonts } from '../../core/report/pdf/pdf-tools.test-support';
import { NAMES } from '../../core/report/pdf/script-names.test-support';
import { generatePortfolio } from '../../core/sample/generate-portfolio';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { BackupData } from './pages/backup-data';
import { expectNoAxeViolations } from './pages/axe-check';
import { PartnershipPage } from './pages/partnership-page';
import { ReportsPage } from './pages/reports-page';

const SHOTS = '/tmp/shots/reports';
const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The sample partnership with the most pulse comments lately (so an internal report has some). */
const CHATTY_ID = 'p-010';

function sample(today: string): Dataset {
  return generatePortfolio({ today });
}

async function loadSample(page: Page): Promise<ReportsPage> {
  const shell = new AppShell(page);
  await shell.open();
  await shell.loadSample();
  await shell.goTo('Reports');
  return new ReportsPage(page);
}

/** Saves a download into `dir` and returns its path. */
async function keep(download: Download, dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

function pdfText(file: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], {
    encoding: 'utf8',
  });
}

/** Whitespace folded to single spaces, so text wrapped across lines still matches. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function pageSize(file: string): string {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return /Page size:\s+(.+)/.exec(info)?.[1]?.trim() ?? '';
}

/** Throws (failing the test) when qpdf finds the file damaged. */
function qpdfCheck(file: string): void {
  execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

/**
 * Runs the built `partnership-health` executable, as a user would: `npm test` builds it before the
 * end-to-end tests (as it builds the app they drive); alone, run `npm run build` first.
 */
function cli(args: string[]): void {
  execFileSync(process.execPath, ['dist/cli/partnership-health.mjs', ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
}

/** Makes a report with the CLI and returns the PDF's path. */
function cliReport(dir: string, name: string, backup: string, options: string[]): string {
  const out = join(dir, name);
  cli(['report', '--data', backup, ...options, '--out', out]);
  return out;
}

function cliSample(dir: string, organizationName?: string): string {
  const file = join(dir, 'sample.json');
  cli(['sample', '--out', file]);
  if (organizationName !== undefined) {
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { data: Dataset };
    backup.data.settings.organizationName = organizationName;
    writeFileSync(file, JSON.stringify(backup));
  }
  return file;
}

/** Renders each page at 50 dpi into the screenshots folder, to look at. */
function pagesToPng(file: string, prefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '50', file, join(SHOTS, prefix)]);
}

/**
 * The score in the row of `label` in the first table after `heading` (layout text): the row's
 * first cell may hold only the start of a long label, the rest wrapping onto the next line.
 */
function scoreAfter(text: string, heading: string, label: string): string | undefined {
  const lines = text.slice(text.indexOf(heading)).split('\n').slice(0, 80);
  for (const line of lines) {
    const row = /^\s*(\S.*?)\s{2,}(\d+|\u2013)\s/.exec(line);
    if (row && label.startsWith(row[1]!)) return row[2];
  }
  return undefined;
}

const shown = (score: number | null) => (score === null ? '\u2013' : String(Math.round(score)));

/** Every pulse comment and respondent name of the sample. */
function privateTexts(dataset: Dataset, partnershipId?: string) {
  const pulses = dataset.pulses.filter(
    (p) => partnershipId === undefined || p.partnershipId === partnershipId,
  );
  return {
    comments: [...new Set(pulses.flatMap((p) => (p.comment ? [flat(p.comment).trim()] : [])))],
    respondents: [...new Set(pulses.flatMap((p) => (p.respondent ? [p.respondent] : [])))],
  };
}

function leaks(text: string, dataset: Dataset): string[] {
  const { comments, respondents } = privateTexts(dataset);
  const body = flat(text);
  return [...comments, ...respondents].filter((t) => body.includes(t));
}

test('a partnership report (internal, A4) carries the engine figures and equals the CLI; the partners version leaks nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'reports-e2e-'));
  const today = localIsoDate(new Date());
  const dataset = sample(today);
  const partnership = dataset.partnerships.find((p) => p.id === CHATTY_ID)!;
  const engine = evaluateHealth(
    groupByPartnership(dataset).get(CHATTY_ID)!,
    today,
    dataset.settings,
  );
  expect(engine.health).not.toBeNull();

  const reports = await loadSample(page);
  await reports.choose(partnership.name, partnership.name.slice(0, 7).toLowerCase());
  await expect(reports.chosen()).toHaveText([partnership.name]);
  await reports.chooseAudience('Internal');
  await reports.choosePaper('A4');
  // The on-screen summary already shows the engine's health.
  await expect(reports.preview().getByRole('heading', { name: partnership.name })).toBeVisible();
  await expect(reports.preview().getByTestId('report-health')).toHaveText(shown(engine.health));

  const download = await reports.exportPdf();
  expect(download.suggestedFilename()).toBe(
    `${partnership.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-report-${today}.pdf`,
  );
  const internal = await keep(download, dir, 'app-internal.pdf');
  qpdfCheck(internal);
  expect(pageSize(internal)).toContain('(A4)');
  pagesToPng(internal, 'partnership-internal');

  const layout = pdfText(internal, true);
  expect(flat(layout)).toContain(`Health stood at ${shown(engine.health)}`);
  for (const name of DIMENSIONS) {
    expect(scoreAfter(layout, 'SCORECARD', DIMENSION_LABELS[name]), name).toBe(
      shown(engine.dimensions[name].score),
    );
  }
  // The internal report holds comments of this partnership: the leak check below can fail.
  const own = privateTexts(dataset, CHATTY_ID);
  expect(own.comments.filter((c) => flat(layout).includes(c)).length).toBeGreaterThan(0);

  // The same report from the CLI (its default period is the same 90 days up to today).
  const backup = cliSample(dir);
  const cli = cliReport(dir, 'cli-internal.pdf', backup, ['--partnership', CHATTY_ID]);
  expect(pdfText(internal)).toBe(pdfText(cli));

  await reports.chooseAudience('Shared with partners');
  const shared = await keep(await reports.exportPdf(), dir, 'app-partners.pdf');
  qpdfCheck(shared);
  expect(leaks(pdfText(shared, true), dataset)).toEqual([]);
  const cliShared = cliReport(dir, 'cli-partners.pdf', backup, [
    '--partnership',
    CHATTY_ID,
    '--audience',
    'partners',
  ]);
  expect(pdfText(shared)).toBe(pdfText(cliShared));
});

test('a portfolio report (partners, Letter, with sections) carries every health, leaks nothing and equals the CLI', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'reports-e2e-'));
  const today = localIsoDate(new Date());
  const dataset = sample(today);
  const groups = groupByPartnership(dataset);

  // "Prepared by" comes from Settings.
  const shell = new AppShell(page);
  await loadSample(page);
  await shell.goTo('Settings');
  await page.getByLabel('Organization name', { exact: true }).fill('Northwind Foundation');
  await page.getByRole('button', { name: /^Save/ }).first().click();
  await expect(shell.notification(/saved/i).first()).toBeVisible();
  await shell.goTo('Reports');
  const reports = new ReportsPage(page);

  await reports.choose('Whole portfolio', 'whole');
  await expect(reports.chosen()).toHaveText(['Whole portfolio']);
  await reports.sectionsSwitch().check();
  await reports.chooseAudience('Shared with partners');
  await reports.choosePaper('US Letter');
  await reports.choosePeriod('Last 12 months');
  await expect(reports.preview().getByText('Northwind Foundation')).toBeVisible();

  // Preview first: the PDF is made once, shown in the page, and reused by Export.
  await page.getByRole('button', { name: 'Preview PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Making the PDF' })).toBeVisible();
  await expect(page.locator('iframe[title="The report as PDF"]')).toBeVisible({ timeout: 60_000 });
  // Chromium's PDF viewer (it runs headless too) loads inside the iframe.
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith('chrome-extension://')), {
      timeout: 20_000,
    })
    .toBe(true);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${SHOTS}/portfolio-preview.png`, fullPage: true });
  // A full-page screenshot leaves the viewer out; the element's own shows the pages.
  await page
    .locator('iframe[title="The report as PDF"]')
    .screenshot({ path: `${SHOTS}/pdf-viewer.png` });
  const file = await keep(await reports.exportPdf(), dir, 'app-portfolio.pdf');
  qpdfCheck(file);
  expect(pageSize(file)).toContain('(letter)');
  pagesToPng(file, 'portfolio-partners');

  const layout = pdfText(file, true);
  expect(flat(layout)).toContain('Northwind Foundation');
  for (const partnership of dataset.partnerships) {
    const result = evaluateHealth(groups.get(partnership.id)!, today, dataset.settings);
    expect(scoreAfter(layout, 'Partnerships at the end of the period', partnership.name)).toBe(
      shown(result.health),
    );
  }
  expect(leaks(layout, dataset)).toEqual([]);

  const backup = cliSample(dir, 'Northwind Foundation');
  const cli = cliReport(dir, 'cli-portfolio.pdf', backup, [
    '--portfolio',
    '--sections',
    '--audience',
    'partners',
    '--paper',
    'letter',
    '--from',
    addMonths(today, -12),
  ]);
  expect(pdfText(file)).toBe(pdfText(cli));
});

/** Partnership names in every script the reports print, emoji and U+2011 included. */
const SCRIPT_NAMES = Object.values(NAMES);

test('names in every script print from the app as from the CLI, every font embedded', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'reports-e2e-'));
  const file = join(dir, 'scripts.json');
  cli(['sample', '--out', file, '--partnerships', String(SCRIPT_NAMES.length), '--years', '1']);
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { data: Dataset };
  backup.data.partnerships.forEach((p, i) => (p.name = SCRIPT_NAMES[i]!));
  writeFileSync(file, JSON.stringify(backup));

  const shell = new AppShell(page);
  await shell.open();
  await shell.goTo('Settings');
  const data = new BackupData(page);
  await data.restoreFrom(file);
  await data
    .dialog('Restore this backup?')
    .getByRole('button', { name: 'Replace my data with this backup' })
    .click();
  await data.dialog('Backup restored').getByRole('button', { name: 'Done' }).click();
  await shell.goTo('Reports');
  const reports = new ReportsPage(page);
  await reports.choose('Whole portfolio', 'whole');

  const app = await keep(await reports.exportPdf(), dir, 'app-scripts.pdf');
  qpdfCheck(app);
  pagesToPng(app, 'portfolio-scripts');
  const text = flat(pdfText(app));
  for (const name of SCRIPT_NAMES) expect(text, name).toContain(name);
  const fonts = pdfFonts(readFileSync(app));
  expect(fonts.map((f) => f.name).join(' ')).toMatch(
    /NotoSansSC.*NotoSansKR|NotoSansKR.*NotoSansSC/,
  );
  for (const font of fonts) {
    expect(font.embedded, font.name).toBe(true);
    expect(font.name).not.toMatch(/Helvetica|Times|Courier/);
  }
  // The CLI's default period is the same 90 days up to today.
  expect(pdfText(app)).toBe(pdfText(cliReport(dir, 'cli-scripts.pdf', file, ['--portfolio'])));
});

test('a custom period that ends before it starts, or holds no data, is refused in words, and nothing can be exported', async ({
  page,
}) => {
  const reports = await loadSample(page);
  await reports.choose('Whole portfolio', 'whole');
  await reports.choosePeriod('Custom dates');
  await reports.setCustomDates('2026-05-01', '2026-04-30');
  await expect(page.getByText(/cannot end before it starts/)).toBeVisible();
  await expect(reports.exportButton()).toBeDisabled();
  await reports.setCustomDates('2026-04-01', '2026-04-30');
  await expect(page.getByText(/cannot end before it starts/)).toHaveCount(0);
  await expect(reports.exportButton()).toBeEnabled();

  // A partnership with no records in the period: the core's message, and no file.
  const partnership = sample(localIsoDate(new Date())).partnerships.find(
    (p) => p.id === CHATTY_ID,
  )!;
  await reports.choose(partnership.name, partnership.name.slice(0, 7));
  await reports.setCustomDates('2001-01-01', '2001-03-31');
  const refusal = reports.preview().getByRole('alert');
  await expect(refusal).toContainText('No report for this choice');
  await expect(refusal).toContainText(`Partnership "${partnership.name}" starts on`);
  await expect(reports.exportButton()).toBeDisabled();
});

test('"Export report" on a partnership page lands on Reports with that partnership chosen', async ({
  page,
}) => {
  const today = localIsoDate(new Date());
  const partnership = sample(today).partnerships.find((p) => p.id === CHATTY_ID)!;
  await loadSample(page);
  const partnershipPage = new PartnershipPage(page);
  await partnershipPage.openFromList(partnership.name);
  await page.getByRole('link', { name: 'Export report' }).click();
  const reports = new ReportsPage(page);
  await expect(reports.heading()).toBeVisible();
  await expect(reports.chosen()).toHaveText([partnership.name]);
  await expect(reports.preview().getByRole('heading', { name: partnership.name })).toBeVisible();
  await expect(reports.exportButton()).toBeEnabled();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Reports screen passes axe in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const reports = await loadSample(page);
    await page.screenshot({ path: `${SHOTS}/empty-${scheme}.png`, fullPage: true });
    await reports.choose('Whole portfolio', 'whole');
    await reports.sectionsSwitch().check();
    await expectNoAxeViolations(page, {
      name: 'portfolio',
      scheme,
      include: 'main',
      screenshot: SHOTS,
    });

    // Choosing a partnership replaces the whole portfolio.
    const partnership = sample(localIsoDate(new Date())).partnerships.find(
      (p) => p.id === CHATTY_ID,
    )!;
    await reports.choose(partnership.name, partnership.name.slice(0, 7));
    await expect(reports.chosen()).toHaveText([partnership.name]);
    await reports.choosePeriod('Custom dates');
    await reports.setCustomDates('2026-05-01', '2026-04-30');
    await expectNoAxeViolations(page, {
      name: 'partnership',
      scheme,
      include: 'main',
      screenshot: SHOTS,
    });
  });
}
