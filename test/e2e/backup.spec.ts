// Never lose data, in the browser build: back up, delete, restore the file, refuse a corrupt
// file, undo the restore; import a CSV needing one column change, export CSV and read it back.
// axe checks the reminder, the Data section and every dialog in light and dark; screenshots of
// each go to /tmp/shots/backup.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCsv } from '../../core/data/csv-parse';
import type { BackupFile } from '../../core/domain/types';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { expectNoAxeViolations } from './pages/axe-check';
import { BackupData } from './pages/backup-data';
import { PartnershipsPage } from './pages/partnerships-page';

const SHOTS = '/tmp/shots/backup';
const DIALOG = '[role="dialog"]';

async function look(page: Page, name: string, scheme: 'light' | 'dark', include: string) {
  await expectNoAxeViolations(page, { name, scheme, include, screenshot: SHOTS });
}

async function partnershipNames(page: Page, shell: AppShell): Promise<string[]> {
  await shell.goTo('Partnerships');
  const rows = page.getByRole('main').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  return (await rows.allInnerTexts()).slice(1).sort();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`back up, restore after a delete, refuse a corrupt file, undo (${scheme})`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    const shell = new AppShell(page);
    const data = new BackupData(page);
    await shell.open();
    await shell.loadSample();
    await expect(page.getByLabel('Backup reminder')).toContainText('not saved a backup yet');
    await look(page, '1-reminder', scheme, '[aria-label="Backup reminder"]');
    const before = await partnershipNames(page, shell);

    await shell.goTo('Settings');
    await data.section().scrollIntoViewIfNeeded();
    await look(page, '2-data-section', scheme, 'section[aria-labelledby="data-section-title"]');
    const backupPath = testInfo.outputPath('backup.json');
    const text = await data.backUp(backupPath);
    const backup = JSON.parse(text) as BackupFile;
    expect(backup.format).toBe('partnership-health-backup');
    expect(backup.data.partnerships.length).toBe(before.length);
    await expect(page.getByLabel('Backup reminder')).toHaveCount(0);
    await expect(data.section()).toContainText('Last backup saved here');

    const victim = backup.data.partnerships[0]!.name;
    await shell.goTo('Partnerships');
    await new PartnershipsPage(page).delete(victim);
    await expect(new PartnershipsPage(page).row(victim)).toHaveCount(0);
    const afterDelete = await partnershipNames(page, shell);
    expect(afterDelete.length).toBe(before.length - 1);

    await shell.goTo('Settings');
    await data.restoreFrom(backupPath);
    const preview = data.dialog('Restore this backup?');
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('list', { name: 'Partnerships in the backup' })).toContainText(
      victim,
    );
    await expect(preview.getByRole('table', { name: 'Records in the backup' })).toContainText(
      `Partnerships${backup.data.partnerships.length}`,
    );
    await look(page, '3-restore-preview', scheme, DIALOG);
    await preview.getByRole('button', { name: 'Replace my data with this backup' }).click();
    const restored = data.dialog('Backup restored');
    await expect(restored).toBeVisible();
    await look(page, '4-restored', scheme, DIALOG);
    await restored.getByRole('button', { name: 'Done' }).click();
    expect(await partnershipNames(page, shell)).toEqual(before);

    const broken = JSON.parse(text) as BackupFile;
    broken.data.pulses[0]!.scores = { ...broken.data.pulses[0]!.scores, reliability: 9 as 5 };
    const brokenPath = testInfo.outputPath('broken.json');
    await writeFile(brokenPath, JSON.stringify(broken));
    await shell.goTo('Settings');
    await data.restoreFrom(brokenPath);
    const refused = data.dialog('This backup cannot be restored');
    await expect(refused).toContainText('Nothing was changed');
    await expect(refused).toContainText(
      `pulses[0] (id "${broken.data.pulses[0]!.id}"): scores.reliability`,
    );
    await look(page, '5-refused', scheme, DIALOG);
    await refused.getByRole('button', { name: 'Close', exact: true }).first().click();
    expect(await partnershipNames(page, shell)).toEqual(before);

    await shell.goTo('Settings');
    await data.button('Undo restore').click();
    const undone = data.dialog('Restore undone');
    await expect(undone).toBeVisible();
    await look(page, '6-undone', scheme, DIALOG);
    await undone.getByRole('button', { name: 'Done' }).click();
    await expect(data.button('Undo restore')).toHaveCount(0);
    expect(await partnershipNames(page, shell)).toEqual(afterDelete);
  });

  test(`import a CSV with one column mapped by hand, export CSV and read it back (${scheme})`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    const shell = new AppShell(page);
    const data = new BackupData(page);
    await shell.open();
    await shell.loadSample();
    await shell.goTo('Settings');
    const backup = JSON.parse(await data.backUp(testInfo.outputPath('backup.json'))) as BackupFile;
    const partnership = backup.data.partnerships[0]!;
    const party = backup.data.organizations.find((o) => o.id === partnership.partyIds[1])!;
    // "Partner org" is no header name the importer knows: the user maps it to Party by hand.
    const csvPath = testInfo.outputPath('survey.csv');
    await writeFile(
      csvPath,
      [
        'Partnership,Date,Partner org,Reliability,Comment',
        `"${partnership.name}",2026-03-02,"${party.name}",4,Imported row one 🤝`,
        `"${partnership.name}",2026-03-09,"${party.name}",5,Imported row two`,
      ].join('\r\n'),
    );

    await data.button('Import CSV').click();
    const wizard = data.dialog('Import CSV');
    await data.chooseFile(wizard.getByRole('button', { name: 'Choose CSV file' }), csvPath);
    await expect(wizard).toContainText('comma (,)');
    await expect(wizard).toContainText('UTF-8, without byte-order mark');
    await look(page, '7-import-file', scheme, DIALOG);
    await wizard.getByRole('button', { name: 'Next: columns' }).click();
    const partySelect = wizard.getByRole('combobox', { name: 'Party (required)' });
    await expect(partySelect).toHaveValue('Not imported');
    await partySelect.click();
    await page.getByRole('option', { name: 'Column 3: Partner org' }).click();
    await expect(partySelect).toHaveValue('Column 3: Partner org');
    await look(page, '8-import-columns', scheme, DIALOG);
    await wizard.getByRole('button', { name: 'Next: preview' }).click();
    const table = wizard.getByRole('table', { name: 'Import preview' });
    await expect(table.getByText('Ready')).toHaveCount(2);
    await look(page, '9-import-preview', scheme, DIALOG);
    await wizard.getByRole('button', { name: 'Import every valid row' }).click();
    await expect(wizard).toContainText('Imported 2 records');
    await look(page, '10-import-summary', scheme, DIALOG);
    await wizard.getByRole('button', { name: 'Done' }).click();

    await data.button('Export CSV').click();
    const exporter = data.dialog('Export CSV');
    await expect(exporter.getByRole('combobox', { name: 'What to export' })).toHaveValue('Pulses');
    await look(page, '11-export', scheme, DIALOG);
    const csv = await data.download(
      exporter.getByRole('button', { name: 'Save CSV' }),
      testInfo.outputPath('pulses.csv'),
    );
    const parsed = parseCsv(new TextEncoder().encode(csv));
    expect(parsed.problems).toEqual([]);
    const column = (name: string) => parsed.header.indexOf(name);
    expect(parsed.rows.length).toBe(backup.data.pulses.length + 2);
    const ids = new Set(parsed.rows.map((row) => row[column('id')]));
    for (const pulse of backup.data.pulses) expect(ids.has(pulse.id)).toBe(true);
    const imported = parsed.rows
      .filter((row) => row[column('comment')]!.startsWith('Imported'))
      .sort((a, b) => a[column('date')]!.localeCompare(b[column('date')]!));
    expect(
      imported.map((row) => [
        row[column('partnership')],
        row[column('party')],
        row[column('date')],
        row[column('reliability')],
        row[column('comment')],
      ]),
    ).toEqual([
      [partnership.name, party.name, '2026-03-02', '4', 'Imported row one 🤝'],
      [partnership.name, party.name, '2026-03-09', '5', 'Imported row two'],
    ]);
  });
}
