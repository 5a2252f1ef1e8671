// Locators and actions of the entry dialogs and the quick-add palette (Ctrl+K), plus a direct
// count of stored records so a test can check what was really written.
import { expect, type Locator, type Page } from '@playwright/test';

/** Every entry dialog, by the name of the action that opens it (issue 3's names). */
export const ENTRY_ACTIONS = [
  'Record pulse',
  'Log check-in',
  'New goal',
  'Update goal',
  'Log contribution',
  'Log friction',
  'Resolve friction',
  'Record review',
  'Add win',
] as const;
export type EntryAction = (typeof ENTRY_ACTIONS)[number];

/** The entry buttons of a partnership page (a friction is resolved from its own row). */
export const PAGE_ENTRY_BUTTONS: readonly EntryAction[] = ENTRY_ACTIONS.filter(
  (action) => action !== 'Resolve friction',
);

export class EntryDialogs {
  constructor(readonly page: Page) {}

  palette(): Locator {
    return this.page.getByRole('dialog', { name: 'Quick add' });
  }

  async openPalette(): Promise<Locator> {
    await this.page.keyboard.press('Control+k');
    const palette = this.palette();
    await palette.getByRole('combobox', { name: 'Search actions and partnerships' }).waitFor();
    return palette;
  }

  /** Opens a dialog through the palette: types the action's name and presses Enter. */
  async start(action: EntryAction, partnership?: string): Promise<Locator> {
    const palette = await this.openPalette();
    await palette.getByRole('combobox').fill(action);
    await palette.getByRole('combobox').press('Enter');
    const dialog = this.dialog(action);
    await dialog.waitFor();
    if (partnership !== undefined) await this.choose(dialog, 'Partnership', partnership);
    return dialog;
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title, exact: true });
  }

  /** An input by its label (text, number, date, select); a required field's label ends in " *". */
  field(dialog: Locator, label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return dialog.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
  }

  /** Picks `option` in the select labelled `label`. */
  async choose(dialog: Locator, label: string, option: string): Promise<void> {
    await this.field(dialog, label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Answers a pulse statement (or the check-in quality) with a point of the 1–5 scale. */
  async rate(dialog: Locator, question: string, point: 1 | 2 | 3 | 4 | 5): Promise<void> {
    const group = dialog.getByRole('radiogroup', { name: question });
    // The radio inputs are visually hidden; the user clicks their labels (0 is "Skip").
    await group.locator('label').nth(point).click();
    await expect(group.getByRole('radio', { name: new RegExp(`^${point} `) })).toBeChecked();
  }

  async save(dialog: Locator, name = 'Save'): Promise<void> {
    await dialog.getByRole('button', { name, exact: true }).click();
  }

  /** Saves and waits for the dialog to close. */
  async saveAndClose(dialog: Locator, name = 'Save'): Promise<void> {
    await this.save(dialog, name);
    await dialog.waitFor({ state: 'detached' });
  }

  /** The records stored in an IndexedDB table (read directly, not through the app). */
  async stored(table: string): Promise<Record<string, unknown>[]> {
    return this.page.evaluate(
      (name) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const open = indexedDB.open('partnership-health');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction(name, 'readonly').objectStore(name).getAll();
            request.onsuccess = () => {
              resolve(request.result as Record<string, unknown>[]);
              db.close();
            };
            request.onerror = () => reject(request.error);
          };
        }),
      table,
    );
  }
}
