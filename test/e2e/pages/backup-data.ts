// Locators and actions of Settings → Data and the dialogs it opens: back up (capturing the
// download), restore from a file (through the file chooser), CSV import and export.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

export class BackupData {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('region', { name: 'Data' });
  }

  button(name: string): Locator {
    return this.section().getByRole('button', { name, exact: true });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Clicks `button` (in the section or a dialog) and saves the download it starts to `path`. */
  async download(button: Locator, path: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    await download.saveAs(path);
    return readFile(path, 'utf8');
  }

  /** Clicks `button` and answers the file chooser it opens with `path`. */
  async chooseFile(button: Locator, path: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), button.click()]);
    await chooser.setFiles(path);
  }

  backUp(path: string): Promise<string> {
    return this.download(this.button('Back up data'), path);
  }

  restoreFrom(path: string): Promise<void> {
    return this.chooseFile(this.button('Restore from backup'), path);
  }

  /**
   * Opens "Import CSV", chooses the file at `path` as pulses with the suggested columns, and
   * stops at the preview; returns the wizard's dialog.
   */
  async previewPulseImport(path: string): Promise<Locator> {
    await this.button('Import CSV').click();
    const wizard = this.dialog('Import CSV');
    await this.chooseFile(wizard.getByRole('button', { name: 'Choose CSV file' }), path);
    await wizard.getByRole('button', { name: 'Next: columns' }).click();
    await wizard.getByRole('button', { name: 'Next: preview' }).click();
    await wizard.getByRole('table', { name: 'Import preview' }).waitFor();
    return wizard;
  }
}
