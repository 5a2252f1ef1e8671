// The partnership page against the engine: on the sample portfolio the header's score and the
// health chart's table equal what evaluateHealth/healthSeries give in Node for the same data;
// every tab opens and passes axe in light and dark; a hand-made partnership's header follows
// the records added through the entry buttons.
import type { Page } from '@playwright/test';
import { addMonths, localIsoDate } from '../../core/domain/dates';
import { explainDimension } from '../../core/domain/explain';
import { DIMENSIONS, evaluateHealth } from '../../core/domain/health';
import { healthSeries } from '../../core/domain/health-series';
import { emptyRecords, groupByPartnership } from '../../core/domain/partnership-records';
import { DEFAULT_SETTINGS, type Partnership } from '../../core/domain/types';
import { formatDate } from '../../core/report/format';
import { generatePortfolio } from '../../core/sample/generate-portfolio';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { expectNoAxeViolations } from './pages/axe-check';
import { PartnershipsPage } from './pages/partnerships-page';
import { PAGE_ENTRY_BUTTONS } from './pages/entry-dialogs';
import { PARTNERSHIP_TABS, PartnershipPage } from './pages/partnership-page';

const SHOTS = '/tmp/shots/page';
// The page's own content; the shell's banners are checked by accessibility.spec.ts.
const PAGE_ROOT = '[data-page="partnership"]';
// Dates as the app prints them (core's "5 Sep 2026", whatever the browser's ICU data says).
const shown = (date: string) => formatDate(date);
const whole = (x: number | null) => (x === null ? '\u2013' : String(Math.round(x)));

/** The sample partnership the tests open: the first active one with a score, a trend and goals. */
function samplePartnership(today: string) {
  const dataset = generatePortfolio({ today });
  for (const records of groupByPartnership(dataset).values()) {
    const result = evaluateHealth(records, today, dataset.settings);
    if (
      records.partnership.status === 'active' &&
      result.health !== null &&
      result.trend !== null &&
      records.goals.length > 0
    ) {
      const names = new Map(dataset.organizations.map((o) => [o.id, o.name]));
      const nameOf = (id: string) => names.get(id) ?? id;
      return { records, result, settings: dataset.settings, nameOf };
    }
  }
  throw new Error(
    'The sample portfolio has no active partnership with a score, a trend and goals.',
  );
}

async function loadSample(page: Page) {
  const shell = new AppShell(page);
  await shell.open();
  await shell.loadSample();
}

test('the header and the health chart show the engine’s figures for the sample data', async ({
  page,
}) => {
  const today = localIsoDate(new Date());
  const { records, result, settings, nameOf } = samplePartnership(today);
  await loadSample(page);
  const partnership = new PartnershipPage(page);
  await partnership.openFromList(records.partnership.name);

  await expect(partnership.heading()).toHaveText(records.partnership.name);
  await expect(partnership.score()).toHaveText(whole(result.health));
  const delta = Math.abs(Math.round(result.trendDelta!));
  await expect(partnership.trend()).toContainText(`${delta} in ${settings.trendDays} days`);
  for (const name of PAGE_ENTRY_BUTTONS) {
    await expect(partnership.entryButton(name)).toBeVisible();
  }

  await page.getByRole('button', { name: 'Why this score' }).click();
  for (const name of DIMENSIONS) {
    const sentence = explainDimension(result.dimensions[name], nameOf)[0]!;
    await expect(page.getByText(sentence, { exact: true })).toBeVisible();
  }

  // Default period: one year to today, by month.
  const start = records.partnership.startDate;
  const yearAgo = addMonths(today, -12);
  const series = healthSeries(
    records,
    { from: yearAgo < start ? start : yearAgo, to: today, step: 'month' },
    settings,
  );
  const table = await partnership.showTable('Health over time');
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(series.length + 1);
  for (const [i, point] of series.entries()) {
    await expect(rows.nth(i + 1)).toContainText(`${shown(point.date)}${whole(point.health)}`);
  }
  expect(series[series.length - 1]!.health).toBe(result.health);

  for (const tab of PARTNERSHIP_TABS) {
    await partnership.openTab(tab);
    await expect(
      page.getByRole('tabpanel', { name: tab }).getByRole('heading').first(),
    ).toBeVisible();
  }
  await partnership.openTab('Goals');
  await expect(
    page.getByRole('heading', { name: records.goals[0]!.title, exact: true }),
  ).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every section passes axe in the ${scheme} theme`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const today = localIsoDate(new Date());
    const { records } = samplePartnership(today);
    await loadSample(page);
    const partnership = new PartnershipPage(page);
    await partnership.openFromList(records.partnership.name);
    await page.getByRole('button', { name: 'Why this score' }).click();
    for (const tab of PARTNERSHIP_TABS) {
      await partnership.openTab(tab);
      const name = tab.toLowerCase().replace(/[^a-z]+/g, '-');
      await expectNoAxeViolations(page, { name, scheme, include: PAGE_ROOT, screenshot: SHOTS });
    }
    await partnership.openTab('Overview');
    await partnership.showTable('Health over time');
    await expectNoAxeViolations(page, { name: 'chart-table', scheme, include: PAGE_ROOT });
  });
}

test('a partnership made by hand: its header follows a check-in logged and deleted from the page', async ({
  page,
}) => {
  await new AppShell(page).open();
  await new PartnershipsPage(page).createWithNewParties(['Harbour Trust', 'City Library'], {
    name: 'Reading Together',
  });

  const partnership = new PartnershipPage(page);
  await partnership.openFromList('Reading Together');
  await expect(partnership.heading()).toHaveText('Reading Together');
  // No check-in is due yet and friction alone says nothing: no score.
  await expect(partnership.score()).toHaveText('\u2013');

  await partnership.entryButton('Log check-in').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The same partnership and check-in, evaluated in Node.
  const today = localIsoDate(new Date());
  const made: Partnership = {
    id: 'p',
    name: 'Reading Together',
    partyIds: ['a', 'b'],
    status: 'active',
    startDate: today,
    tags: [],
    checkInCadenceDays: 14,
    reviewCadenceDays: 90,
    createdAt: `${today}T00:00:00Z`,
    updatedAt: `${today}T00:00:00Z`,
  };
  const expected = evaluateHealth(
    {
      ...emptyRecords(made),
      interactions: [{ id: 'i', partnershipId: 'p', date: today, kind: 'meeting' }],
    },
    today,
    DEFAULT_SETTINGS,
  );
  expect(expected.health).not.toBeNull();
  await expect(partnership.score()).toHaveText(whole(expected.health));
  await partnership.openTab('Communication');
  const log = partnership.card('Check-in log');
  await expect(log.getByRole('row')).toHaveCount(2);

  // Deleting the check-in from its list takes the score away again, and Undo brings it back.
  await log.getByRole('button', { name: /^Delete meeting of / }).click();
  await expect(partnership.score()).toHaveText('\u2013');
  await new AppShell(page)
    .notification(/Deleted/)
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(partnership.score()).toHaveText(whole(expected.health));
});
