// Importing the same CSV twice: the second time the preview and the summary say "N rows already
// imported" and the stored pulses do not change; identical rows within the file (two pulses of one
// party on one day) are each a record.
import { writeFile } from 'node:fs/promises';
import type { BackupFile } from '../../core/domain/types';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { BackupData } from './pages/backup-data';
import { EntryDialogs } from './pages/entry-dialogs';

test('a CSV imported twice adds its rows once, identical rows too, and says so', async ({
  page,
}, testInfo) => {
  test.slow();
  const shell = new AppShell(page);
  const data = new BackupData(page);
  const entry = new EntryDialogs(page);
  await shell.open();
  await shell.loadSample();
  await shell.goTo('Settings');
  const backup = JSON.parse(await data.backUp(testInfo.outputPath('backup.json'))) as BackupFile;
  const partnership = backup.data.partnerships[0]!;
  const party = backup.data.organizations.find((o) => o.id === partnership.partyIds[0])!;
  const row = (date: string, rating: number, comment: string) =>
    `"${partnership.name}","${party.name}",${date},${rating},${comment}`;
  const csvPath = testInfo.outputPath('pulses.csv');
  await writeFile(
    csvPath,
    [
      'Partnership,Organization,Date,Reliability,Comment',
      row('2026-03-02', 4, 'First import'),
      row('2026-03-09', 5, 'Second row'),
      row('2026-03-09', 5, 'Second row'),
      row('2026-03-16', 3, '"Third, with a comma"'),
    ].join('\r\n'),
  );
  const before = (await entry.stored('pulses')).length;

  let wizard = await data.previewPulseImport(csvPath);
  await expect(wizard).toContainText('4 of 4 rows can be imported; 0 have problems.');
  await expect(wizard).not.toContainText('already imported');
  await wizard.getByRole('button', { name: 'Import every valid row' }).click();
  await expect(wizard).toContainText('Imported 4 records');
  await wizard.getByRole('button', { name: 'Done' }).click();
  const afterFirst = await entry.stored('pulses');
  expect(afterFirst.length).toBe(before + 4);

  wizard = await data.previewPulseImport(csvPath);
  await expect(wizard).toContainText('0 of 4 rows can be imported; 0 have problems.');
  await expect(wizard).toContainText('4 rows already imported');
  await expect(
    wizard.getByRole('table', { name: 'Import preview' }).getByText('Already imported', {
      exact: true,
    }),
  ).toHaveCount(4);
  await wizard.getByRole('button', { name: 'Import every valid row' }).click();
  await expect(wizard).toContainText('Nothing new to import');
  await expect(wizard).toContainText('4 rows already imported: nothing was added twice.');
  await wizard.getByRole('button', { name: 'Done' }).click();
  expect(await entry.stored('pulses')).toEqual(afterFirst);
});
