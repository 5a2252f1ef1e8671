// Entering activity through the quick-add palette: every record type, an edit, a delete with
// Undo, bad input worded beside its field with what was typed kept, and every dialog passing
// axe in the light and the dark theme (screenshots in /tmp/shots/entry).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { expectNoAxeViolations } from './pages/axe-check';
import { ENTRY_ACTIONS, EntryDialogs, type EntryAction } from './pages/entry-dialogs';
import { PartnershipsPage } from './pages/partnerships-page';

const P = 'Reading Together';
const SHOTS = '/tmp/shots/entry';

async function setUp(page: Page): Promise<{ shell: AppShell; entry: EntryDialogs }> {
  const shell = new AppShell(page);
  await shell.open();
  await new PartnershipsPage(page).createWithNewParties(['City Library', 'Code Club'], {
    name: P,
    owner: 'Ana Ruiz',
  });
  return { shell, entry: new EntryDialogs(page) };
}

/** Clicks the Edit button of the notification that says `text`. */
async function editFromNotification(shell: AppShell, text: string | RegExp) {
  await shell.notification(text).getByRole('button', { name: 'Edit' }).click();
}

test('every record type through the palette, with defaults that save typing', async ({ page }) => {
  const { shell, entry } = await setUp(page);

  // The first field has the focus; the date defaults to today.
  let dialog = await entry.start('Record pulse');
  await expect(entry.field(dialog, 'Partnership')).toBeFocused();
  await entry.choose(dialog, 'Partnership', P);
  await expect(entry.field(dialog, 'Date')).toBeFocused();
  const today = await entry.field(dialog, 'Date').inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await entry.choose(dialog, 'Party', 'City Library');
  await entry.field(dialog, 'Respondent').fill('Ana');
  await entry.rate(dialog, 'They follow through on what they commit to.', 4);
  await entry.rate(dialog, 'Both sides contribute their fair share.', 2);
  await entry.saveAndClose(dialog);
  await expect(shell.notification('Saved the pulse from City Library.')).toBeVisible();

  dialog = await entry.start('Record pulse', P);
  await entry.choose(dialog, 'Party', 'Code Club');
  await entry.rate(dialog, 'Communication is open, two-way and frequent enough.', 5);
  await entry.field(dialog, 'Comment').fill('Great term.');
  // Ctrl+Enter saves from a multi-line field.
  await entry.field(dialog, 'Comment').press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });

  // The party used last is the next default; Escape closes without saving.
  dialog = await entry.start('Record pulse', P);
  await expect(entry.field(dialog, 'Party')).toHaveValue('Code Club');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  const pulses = await entry.stored('pulses');
  expect(pulses).toHaveLength(2);
  const byParty = Object.fromEntries(pulses.map((p) => [p.respondent ?? 'anonymous', p.scores]));
  expect(byParty.Ana).toEqual({ reliability: 4, fairness: 2 });
  expect(byParty.anonymous).toEqual({ communication: 5 });

  dialog = await entry.start('Log check-in', P);
  await entry.choose(dialog, 'Kind', 'Call');
  await entry.field(dialog, 'Participants').fill('Ana Ruiz');
  await entry.field(dialog, 'Participants').press('Enter');
  await entry.rate(dialog, 'How productive was it?', 4);
  await entry.field(dialog, 'Summary').fill('Planned the spring term.');
  await dialog.getByRole('button', { name: 'Add follow-up' }).click();
  await entry.field(dialog, 'Follow-up 1').fill('Send the reading list');
  await entry.choose(dialog, 'Owner of follow-up 1', 'Code Club');
  await entry.saveAndClose(dialog);
  const [checkIn] = await entry.stored('interactions');
  expect(checkIn).toMatchObject({
    kind: 'call',
    quality: 4,
    participants: ['Ana Ruiz'],
    followUps: [{ text: 'Send the reading list', done: false }],
  });

  dialog = await entry.start('New goal', P);
  await entry.field(dialog, 'Title').fill('Children reading weekly');
  await entry.field(dialog, 'Baseline').fill('10');
  await entry.field(dialog, 'Target').fill('40');
  await entry.field(dialog, 'Unit').fill('children');
  // Enter in a field saves.
  await entry.field(dialog, 'Unit').press('Enter');
  await dialog.waitFor({ state: 'detached' });

  for (const [date, value, confidence] of [
    ['2026-01-15', '15', 'On track'],
    ['2026-02-15', '22', 'At risk'],
  ] as const) {
    dialog = await entry.start('Update goal', P);
    await expect(dialog).toContainText('From 10 to 40 children');
    await entry.field(dialog, 'Date').fill(date);
    await entry.field(dialog, 'Value (children)').fill(value);
    await entry.choose(dialog, 'Confidence', confidence);
    await entry.saveAndClose(dialog);
  }
  dialog = await entry.start('Update goal', P);
  await expect(dialog).toContainText('latest: 22 children on 2026-02-15');
  await page.keyboard.press('Escape');
  expect((await entry.stored('goalUpdates')).map((u) => u.value).sort()).toEqual([15, 22]);

  dialog = await entry.start('Log contribution', P);
  await entry.choose(dialog, 'Kind', 'Expertise');
  await entry.field(dialog, 'Value').fill('12.5');
  await entry.saveAndClose(dialog);
  expect(await entry.stored('contributions')).toMatchObject([
    { kind: 'expertise', value: 12.5, partyId: expect.any(String) },
  ]);

  dialog = await entry.start('Log friction', P);
  await entry.field(dialog, 'Title').fill('Room bookings clash');
  await entry.choose(dialog, 'Severity', 'High');
  await entry.saveAndClose(dialog);
  dialog = await entry.start('Resolve friction', P);
  await expect(entry.field(dialog, 'Friction')).toHaveValue('Room bookings clash');
  await expect(entry.field(dialog, 'Resolved date')).toHaveValue(today);
  await entry.saveAndClose(dialog, 'Resolve');
  expect(await entry.stored('frictions')).toMatchObject([
    { title: 'Room bookings clash', severity: 'high', resolvedDate: today },
  ]);

  dialog = await entry.start('Record review', P);
  await entry.field(dialog, 'What went well').fill('Steady attendance.');
  await entry.field(dialog, 'What to improve').fill('Earlier notice of holidays.');
  await dialog.getByRole('button', { name: 'Add action' }).click();
  await entry.field(dialog, 'Action 1').fill('Share the holiday calendar');
  await entry.field(dialog, 'Due date of action 1').fill('2030-01-31');
  await entry.saveAndClose(dialog);

  dialog = await entry.start('Add win', P);
  await entry.field(dialog, 'Title').fill('100 children enrolled');
  await dialog.getByRole('checkbox', { name: 'Celebrated publicly' }).check();
  await entry.saveAndClose(dialog);

  expect(await entry.stored('reviews')).toMatchObject([
    { actions: [{ text: 'Share the holiday calendar', dueDate: '2030-01-31', done: false }] },
  ]);
  expect(await entry.stored('milestones')).toMatchObject([
    { title: '100 children enrolled', celebrated: true, date: today },
  ]);
});

test('edit a record, delete it, then Undo restores exactly what was deleted', async ({ page }) => {
  const { shell, entry } = await setUp(page);
  let dialog = await entry.start('Log check-in', P);
  await entry.field(dialog, 'Summary').fill('First draft');
  await entry.saveAndClose(dialog);

  await editFromNotification(shell, /Saved the meeting of/);
  dialog = entry.dialog('Edit check-in');
  await expect(entry.field(dialog, 'Summary')).toHaveValue('First draft');
  await entry.field(dialog, 'Summary').fill('Agreed the spring plan');
  await entry.saveAndClose(dialog);
  const saved = await entry.stored('interactions');
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ summary: 'Agreed the spring plan' });

  await editFromNotification(shell, /Saved the meeting of/);
  dialog = entry.dialog('Edit check-in');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await dialog.waitFor({ state: 'detached' });
  const deleted = shell.notification(/Deleted the check-in of/);
  await expect(deleted).toBeVisible();
  expect(await entry.stored('interactions')).toEqual([]);
  await deleted.getByRole('button', { name: 'Undo' }).click();
  await expect(shell.notification(/Restored the check-in of/)).toBeVisible();
  expect(await entry.stored('interactions')).toEqual(saved);
});

test('bad input shows the rule beside the field and keeps what was typed', async ({ page }) => {
  const { entry } = await setUp(page);
  let dialog = await entry.start('New goal', P);
  await entry.field(dialog, 'Title').fill('Volunteers');
  await entry.field(dialog, 'Baseline').fill('5');
  await entry.field(dialog, 'Target').fill('5');
  await entry.field(dialog, 'Due date').fill('2020-01-01');
  await entry.save(dialog);
  await expect(
    dialog.getByText('Target must differ from the baseline (both are 5).'),
  ).toBeVisible();
  await expect(dialog.getByText(/Due date must be after the start date/)).toBeVisible();
  // The keyboard goes to the first field to fix; nothing was stored.
  await expect(entry.field(dialog, 'Target')).toBeFocused();
  await expect(entry.field(dialog, 'Title')).toHaveValue('Volunteers');
  await expect(entry.field(dialog, 'Target')).toHaveValue('5');
  expect(await entry.stored('goals')).toEqual([]);
  await entry.field(dialog, 'Target').fill('12');
  await expect(dialog.getByText(/Target must differ/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  dialog = await entry.start('Log friction', P);
  await entry.field(dialog, 'Title').fill('Late data');
  await entry.field(dialog, 'Opened date').fill('2026-03-10');
  await entry.saveAndClose(dialog);
  dialog = await entry.start('Resolve friction', P);
  await entry.field(dialog, 'Resolved date').fill('2026-03-01');
  await entry.save(dialog, 'Resolve');
  await expect(
    dialog.getByText(
      'Resolved date must be on or after the opened date (2026-03-10), got 2026-03-01.',
    ),
  ).toBeVisible();
  await expect(entry.field(dialog, 'Resolved date')).toHaveValue('2026-03-01');
  expect(await entry.stored('frictions')).toMatchObject([{ title: 'Late data' }]);
  expect((await entry.stored('frictions'))[0]!.resolvedDate).toBeUndefined();

  await page.keyboard.press('Escape');
  dialog = await entry.start('Log contribution', P);
  await entry.field(dialog, 'Value').fill('-3');
  await entry.save(dialog);
  await expect(dialog.getByText(/^Value must be .*0/)).toBeVisible();
  await expect(entry.field(dialog, 'Value')).toHaveValue('-3');
  expect(await entry.stored('contributions')).toEqual([]);
});

test('on a partnership page, its buttons and the palette open dialogs for it without asking', async ({
  page,
}) => {
  const { entry } = await setUp(page);
  await page.getByRole('main').getByRole('link', { name: P }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Record activity' });
  await toolbar.waitFor();
  const firstField: [EntryAction, string][] = [
    ['Record pulse', 'Date'],
    ['Log check-in', 'Date'],
    ['New goal', 'Title'],
    ['Log contribution', 'Date'],
    ['Log friction', 'Title'],
    ['Record review', 'Date'],
    ['Add win', 'Title'],
  ];
  for (const [action, field] of firstField) {
    await toolbar.getByRole('button', { name: action }).click();
    const dialog = entry.dialog(action);
    await expect(entry.field(dialog, field)).toBeFocused();
    await expect(entry.field(dialog, 'Partnership')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }

  const palette = await entry.openPalette();
  await expect(palette).toContainText(`Adds to ${P}.`);
  await palette.getByRole('combobox').press('Enter');
  const dialog = entry.dialog('Record pulse');
  await expect(entry.field(dialog, 'Date')).toBeFocused();
  await entry.rate(dialog, "We share the partnership's mission.", 5);
  await entry.saveAndClose(dialog);
  const [partnership] = await entry.stored('partnerships');
  expect(await entry.stored('pulses')).toMatchObject([
    { partnershipId: partnership!.id, scores: { sharedMission: 5 } },
  ]);
});

const DIALOGS = ENTRY_ACTIONS;

/** Axe on the element `selector` finds (this spec checks the dialogs; accessibility.spec.ts the screens). */
async function checkDialog(page: Page, selector: string, name: string, scheme: 'light' | 'dark') {
  await expectNoAxeViolations(page, { name, scheme, include: selector, screenshot: SHOTS });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every entry dialog passes axe in the ${scheme} theme`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const { entry } = await setUp(page);
    // A goal and an open friction, so "Update goal" and "Resolve friction" show their forms.
    let dialog = await entry.start('New goal', P);
    await entry.field(dialog, 'Title').fill('Readers');
    await entry.field(dialog, 'Baseline').fill('0');
    await entry.field(dialog, 'Target').fill('50');
    await entry.saveAndClose(dialog);
    dialog = await entry.start('Log friction', P);
    await entry.field(dialog, 'Title').fill('Late data');
    await entry.saveAndClose(dialog);
    // Both saves are announced, each with its Edit button (the rows' buttons are named Edit too).
    const notifications = page.locator('.mantine-Notification-root');
    await expect(notifications.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(2);
    // Hovering keeps the notifications open while axe looks at them.
    await notifications.first().hover();
    await checkDialog(page, '.mantine-Notification-root', 'notification', scheme);
    // Then let them close by themselves, so they stay out of the dialogs' screenshots.
    await page.mouse.move(0, 0);
    await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });

    await entry.openPalette();
    await checkDialog(page, '[role="dialog"]', 'palette', scheme);
    await page.keyboard.press('Escape');

    for (const action of DIALOGS) {
      dialog = await entry.start(action);
      // The partnership step looks the same in every dialog: check it once.
      if (action === 'Record pulse')
        await checkDialog(page, '[role="dialog"]', 'choose-partnership', scheme);
      await entry.choose(dialog, 'Partnership', P);
      if (action === 'Log check-in' || action === 'Record review') {
        await dialog.getByRole('button', { name: /^Add (follow-up|action)$/ }).click();
      }
      await checkDialog(page, '[role="dialog"]', action.toLowerCase().replace(' ', '-'), scheme);
      if (action === 'New goal') {
        await entry.save(dialog);
        await checkDialog(page, '[role="dialog"]', 'new-goal-errors', scheme);
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  });
}
