// One malformed record written into IndexedDB past the app ({ id: 'bad-1', name: 42,
// partyIds: null }) breaks no screen: it is left out, listed in Settings → Data with its rule,
// exported, deleted and brought back with Undo, kept in backups, and a restore of such a backup
// refuses, then restores the valid records after saving the rejected one. axe checks the list
// in light and dark; screenshots go to /tmp/shots/quarantine.
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { expectNoAxeViolations } from './pages/axe-check';
import { BackupData } from './pages/backup-data';
import { PartnershipPage } from './pages/partnership-page';
import { UnreadableRecords } from './pages/unreadable-records';

const SHOTS = '/tmp/shots/quarantine';
const BAD = { id: 'bad-1', name: 42, partyIds: null };
const RULE = 'name: must be text, got 42';
/** A valid pulse of the malformed partnership: held back with it. */
const PULSE = {
  id: 'pulse-of-bad-1',
  partnershipId: 'bad-1',
  partyId: 'org-001',
  date: '2026-01-05',
  scores: { reliability: 4 },
};

test('a malformed partnership is left out, listed, exported, deleted with undo, and restorable around', async ({
  page,
}, testInfo) => {
  const shell = new AppShell(page);
  const data = new BackupData(page);
  const unreadable = new UnreadableRecords(page);
  await shell.open();
  await shell.loadSample();
  await unreadable.writeRaw('partnerships', BAD);
  await unreadable.writeRaw('pulses', PULSE);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();

  // Every screen shows its data as usual, without the record.
  const dataRow = page.getByRole('main').getByRole('row').nth(2);
  await unreadable.expectScreenShown(dataRow);
  for (const section of ['Partnerships', 'Organizations'] as const) {
    await shell.goTo(section);
    await unreadable.expectScreenShown(dataRow);
  }
  await shell.goTo('Reports');
  await unreadable.expectScreenShown(page.getByRole('button', { name: 'Export PDF' }));
  await shell.goTo('Partnerships');
  const first = page.getByRole('main').getByRole('link').first();
  const name = (await first.innerText()).trim();
  await new PartnershipPage(page).openFromList(name);
  await unreadable.expectScreenShown(page.getByRole('heading', { level: 1, name }));

  // Settings → Data lists it with its rule.
  await shell.goTo('Settings');
  await expect(unreadable.row('bad-1')).toContainText('Partnerships');
  await expect(unreadable.row('bad-1')).toContainText(RULE);
  await expect(unreadable.row('bad-1')).toContainText('1 record');
  await expect(unreadable.region()).toContainText('1 other record is held back with it');
  await unreadable.region().scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, {
      name: 'settings-data-unreadable',
      scheme,
      include: 'section[aria-labelledby="data-section-title"]',
      screenshot: SHOTS,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // "Export them" saves the record as found, with its rule.
  const exported = JSON.parse(
    await data.download(unreadable.button('Export them'), testInfo.outputPath('unreadable.json')),
  );
  expect(exported.records).toEqual([
    expect.objectContaining({ collection: 'partnerships', id: 'bad-1', record: BAD }),
    expect.objectContaining({
      collection: 'pulses',
      heldBackWith: { collection: 'partnerships', id: 'bad-1' },
      record: PULSE,
    }),
  ]);

  // Backups keep it as it is.
  const backupPath = testInfo.outputPath('backup.json');
  const backup = JSON.parse(await data.backUp(backupPath));
  expect(backup.data.partnerships).toContainEqual(BAD);
  expect(backup.data.pulses).toContainEqual(PULSE);

  // "Delete" removes it with the pulse held back with it; Undo brings both back.
  await unreadable.button('Delete').click();
  await expect(unreadable.row('bad-1')).toHaveCount(0);
  await expect(unreadable.row('pulse-of-bad-1')).toHaveCount(0);
  const notice = shell.notification(
    /Deleted 1 record that could not be read and the record held back with it\./,
  );
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(unreadable.row('bad-1')).toContainText(RULE);
  await expect(unreadable.row('pulse-of-bad-1')).toHaveCount(0);

  // Restoring the backup refuses, says why, then restores the valid records.
  await data.restoreFrom(backupPath);
  const refused = data.dialog('This backup cannot be restored');
  await expect(refused.getByRole('list', { name: 'Problems in the backup' })).toContainText(
    `(id "bad-1"): ${RULE}`,
  );
  await expect(refused.getByRole('list', { name: 'Records left out with them' })).toContainText(
    'pulses (id "pulse-of-bad-1"): partnershipId: the partnership "bad-1" could not be read',
  );
  await expectNoAxeViolations(page, {
    name: 'restore-refused',
    scheme: 'light',
    include: '[role="dialog"]',
    screenshot: SHOTS,
  });
  const rejected = JSON.parse(
    await data.download(
      refused.getByRole('button', { name: 'Restore the valid records' }),
      testInfo.outputPath('rejected.json'),
    ),
  );
  expect(rejected.records.map((r: { id: string }) => r.id)).toEqual(['bad-1', 'pulse-of-bad-1']);
  const restored = data.dialog('Backup restored');
  await expect(restored).toContainText('The 2 records that could not be restored were saved first');
  await expectNoAxeViolations(page, {
    name: 'restored-valid',
    scheme: 'light',
    include: '[role="dialog"]',
    screenshot: SHOTS,
  });
  await restored.getByRole('button', { name: 'Done' }).click();
  // Only valid records were restored: nothing is left out any more, and the sample is all there.
  await expect(unreadable.region()).toHaveCount(0);
  await shell.goTo('Partnerships');
  await unreadable.expectScreenShown(
    page.getByRole('main').getByRole('link', { name, exact: true }),
  );

  // "Undo restore" puts back the data as it was, the malformed record included.
  await shell.goTo('Settings');
  await data.button('Undo restore').click();
  await expect(data.dialog('Restore undone')).toBeVisible();
  await data.dialog('Restore undone').getByRole('button', { name: 'Done' }).click();
  await expect(unreadable.row('bad-1')).toContainText(RULE);

  // A record written past the app shows up once Settings is opened again, a numeric id included.
  await unreadable.writeRaw('organizations', { id: 7, name: '', kind: 'company' });
  await shell.goTo('Portfolio');
  await shell.goTo('Settings');
  await expect(unreadable.row('7')).toContainText('Organizations');
  await expect(unreadable.row('7')).toContainText('id: ');
});
