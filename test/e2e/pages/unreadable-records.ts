// Locators and actions around records that could not be read: writing a malformed record with
// the browser's own IndexedDB API (past the app), and Settings → Data's list of such records.
import { expect, type Locator, type Page } from '@playwright/test';

const LIST_NAME = 'Records that could not be read';

/** What a screen that failed shows instead of itself. */
const FAILED_SCREEN = /Unexpected Application Error|could not be shown/;

export class UnreadableRecords {
  constructor(readonly page: Page) {}

  /**
   * Puts `record` into object store `store` of the app's database through the browser's own
   * IndexedDB API: opened without a version (as it is on disk), one readwrite transaction.
   */
  async writeRaw(store: string, record: unknown): Promise<void> {
    await this.page.evaluate(
      ([storeName, value]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('partnership-health');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(storeName as string, 'readwrite');
            tx.objectStore(storeName as string).put(value);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [store, record] as const,
    );
  }

  /** The part of Settings → Data listing the records (absent when there are none). */
  region(): Locator {
    return this.page.getByRole('region', { name: LIST_NAME });
  }

  table(): Locator {
    return this.region().getByRole('table', { name: LIST_NAME });
  }

  /** The row of the record `id`. */
  row(id: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: id, exact: true }) });
  }

  button(name: 'Export them' | 'Delete'): Locator {
    return this.region().getByRole('button', { name, exact: true });
  }

  /**
   * Fails unless the current screen shows its data: waits for `loaded`, something that appears
   * only once the screen's data is read (a data row, a button of a loaded report), then checks
   * that no error is shown instead of any part of it.
   */
  async expectScreenShown(loaded: Locator): Promise<void> {
    await expect(loaded).toBeVisible();
    await expect(this.page.getByText(FAILED_SCREEN)).toHaveCount(0);
  }
}
