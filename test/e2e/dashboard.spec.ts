// The portfolio dashboard with the sample portfolio: every row shows the engine's whole-number
// health, filters and search narrow the rows, alerts link to their partnership, Settings change
// the scores at once, and axe finds nothing in either theme (screenshots in /tmp/shots/dashboard).
import type { Page } from '@playwright/test';
import { compareAlerts } from '../../core/domain/alerts';
import { localIsoDate } from '../../core/domain/dates';
import { evaluatePortfolio, type HealthResult } from '../../core/domain/health';
import type { Dataset } from '../../core/domain/types';
import { generatePortfolio } from '../../core/sample/generate-portfolio';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { expectNoAxeViolations } from './pages/axe-check';
import { DashboardPage } from './pages/dashboard-page';

const SHOTS = '/tmp/shots/dashboard';

/** The sample portfolio the app loads today, and the engine's results for it. */
function engineSample(settings?: Partial<Dataset['settings']>) {
  const dataset = generatePortfolio({ today: localIsoDate(new Date()) });
  const withSettings = { ...dataset, settings: { ...dataset.settings, ...settings } };
  return {
    dataset: withSettings,
    results: evaluatePortfolio(withSettings, localIsoDate(new Date())),
  };
}

const shown = (result: HealthResult) =>
  result.health === null ? '\u2013' : String(Math.round(result.health));

async function openWithSample(page: Page): Promise<DashboardPage> {
  const shell = new AppShell(page);
  await shell.open();
  await shell.loadSample();
  const dashboard = new DashboardPage(page);
  await expect(dashboard.rows.first()).toBeVisible();
  return dashboard;
}

test('every partnership shows its name and the engine health as a whole number', async ({
  page,
}) => {
  const dashboard = await openWithSample(page);
  const { dataset, results } = engineSample();
  await expect(dashboard.rows).toHaveCount(dataset.partnerships.length);
  expect(results.some((r) => r.health !== null)).toBe(true);
  for (const [i, partnership] of dataset.partnerships.entries()) {
    const row = dashboard.row(partnership.id);
    await expect(row.getByRole('link', { name: partnership.name, exact: true })).toBeVisible();
    const health = await dashboard.healthOf(partnership.id);
    expect(health, partnership.name).toBe(shown(results[i]!));
    if (results[i]!.health !== null) expect(health).toMatch(/^\d{1,3}$/);
  }
  // The summary tiles count the same bands.
  const healthy = results.filter((r) => r.band === 'healthy').length;
  await expect(page.getByText('Healthy', { exact: true }).first()).toBeVisible();
  await expect(
    page
      .locator('.mantine-Paper-root')
      .filter({ hasText: /^Healthy/ })
      .getByText(String(healthy), { exact: true }),
  ).toBeVisible();
});

test('search by name and filters by band and status narrow the rows', async ({ page }) => {
  const dashboard = await openWithSample(page);
  const { dataset, results } = engineSample();
  const target = dataset.partnerships[3]!;
  const part = target.name.slice(2, 9).toUpperCase();
  await dashboard.search(part);
  const matching = dataset.partnerships.filter((p) =>
    p.name.toLowerCase().includes(part.toLowerCase()),
  );
  await expect(dashboard.rows).toHaveCount(matching.length);
  await expect(dashboard.row(target.id)).toBeVisible();

  await dashboard.search('');
  await dashboard.filter('Band', 'At risk');
  const atRisk = results.filter((r) => r.band === 'at-risk');
  expect(atRisk.length).toBeGreaterThan(0);
  await expect(dashboard.rows).toHaveCount(atRisk.length);
  for (const result of atRisk) await expect(dashboard.row(result.partnershipId)).toBeVisible();

  await dashboard.filter('Status', 'Active');
  const activeAtRisk = atRisk.filter(
    (r) => dataset.partnerships.find((p) => p.id === r.partnershipId)!.status === 'active',
  );
  await expect(dashboard.rows).toHaveCount(activeAtRisk.length);

  await dashboard.clearFilters();
  await expect(dashboard.rows).toHaveCount(dataset.partnerships.length);
});

test('the most serious alert comes first in Needs attention and links to its partnership', async ({
  page,
}) => {
  const dashboard = await openWithSample(page);
  const { dataset, results } = engineSample();
  const nameOf = (id: string) => dataset.partnerships.find((p) => p.id === id)!.name;
  const alerts = results
    .flatMap((r) => r.alerts)
    .sort(
      (a, b) =>
        compareAlerts(a, b) || nameOf(a.partnershipId).localeCompare(nameOf(b.partnershipId)),
    );
  expect(alerts.length).toBeGreaterThan(0);
  const first = alerts[0]!;
  const item = dashboard.needsAttention.getByRole('listitem').first();
  await expect(item).toContainText(first.message);
  await item.getByRole('link', { name: nameOf(first.partnershipId) }).click();
  await expect(page).toHaveURL(
    new RegExp(`#/partnerships/${encodeURIComponent(first.partnershipId)}$`),
  );
});

test('changing a weight in Settings changes the dashboard scores accordingly', async ({ page }) => {
  const dashboard = await openWithSample(page);
  const before = engineSample();
  const after = engineSample({ weights: { ...before.dataset.settings.weights, trust: 0 } });
  const changed = after.results.findIndex((r, i) => shown(r) !== shown(before.results[i]!));
  expect(changed, 'a partnership whose score depends on trust').toBeGreaterThanOrEqual(0);
  const id = after.results[changed]!.partnershipId;
  expect(await dashboard.healthOf(id)).toBe(shown(before.results[changed]!));

  const shell = new AppShell(page);
  await shell.goTo('Settings');
  await page.getByLabel('Trust', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(shell.notification('Settings saved.')).toBeVisible();
  await shell.goTo('Portfolio');
  await expect.poll(() => dashboard.healthOf(id)).toBe(shown(after.results[changed]!));
  for (const [i, partnership] of after.dataset.partnerships.entries()) {
    expect(await dashboard.healthOf(partnership.id), partnership.name).toBe(
      shown(after.results[i]!),
    );
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the dashboard passes axe in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const dashboard = await openWithSample(page);
    await expect(dashboard.heatMap).toBeVisible();
    await expect(
      page.getByRole('img', { name: /^Health over the last 6 months/ }).first(),
    ).toBeVisible();
    await expectNoAxeViolations(page, { name: 'dashboard', scheme, screenshot: SHOTS });
    await page
      .getByRole('region', { name: 'Bands month by month' })
      .getByRole('button', { name: 'Show as table' })
      .click();
    await expect(page.getByRole('table', { name: 'Bands month by month' })).toBeVisible();
    await expectNoAxeViolations(page, { name: 'dashboard-tables', scheme, screenshot: SHOTS });
  });
}
