// Code the UI benchmark runs inside the page: fill the app's IndexedDB with a data set, time how
// long until the dashboard or a partnership page shows its figures, and read every record with
// plain getAll (the floor no app can beat).
/// <reference lib="dom" />
import type { Dataset } from '../core/domain/types';

/**
 * Writes `dataset` into the app's existing IndexedDB (created by opening the app once), in one
 * transaction over the Dexie object stores, replacing what was there. Runs in the page.
 */
export async function fillDatabase(args: { name: string; dataset: Dataset }): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(args.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const { settings, ...collections } = args.dataset;
  const stores = [...Object.keys(collections), 'settings'];
  let written = 0;
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    for (const [name, records] of Object.entries(collections)) {
      const store = tx.objectStore(name);
      store.clear();
      for (const record of records as object[]) {
        store.put(record);
        written += 1;
      }
    }
    tx.objectStore('settings').put({ ...settings, key: 'settings' });
  });
  db.close();
  return written;
}

declare global {
  interface Window {
    __dashboardShownAt?: number;
  }
}

/**
 * Installed before the app's scripts: records performance.now() (ms since navigation start) at
 * the first moment the dashboard's table declares `rows` partnerships and shows a score.
 */
export function watchForDashboard(rows: number): void {
  // Inner functions stay anonymous: the bundler would wrap named ones in a helper the page lacks.
  const observer = new MutationObserver(() => {
    if (window.__dashboardShownAt !== undefined) return;
    const table = document.querySelector('table[aria-label="Partnerships"]');
    if (table?.getAttribute('aria-rowcount') !== String(rows + 1)) return;
    const first = table.querySelector('tbody tr[aria-rowindex="2"]');
    const cells = [...(first?.querySelectorAll('td') ?? [])];
    if (cells.some((td) => /^\d{1,3}$/.test(td.textContent?.trim() ?? ''))) {
      window.__dashboardShownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * Clicks the first partnership of the dashboard and resolves with the milliseconds until the
 * partnership page shows an h1 with its name and a whole-number score in its header.
 */
export async function openFirstPartnership(
  timeoutMs: number,
): Promise<{ name: string; ms: number }> {
  const link = document.querySelector<HTMLAnchorElement>(
    'table[aria-label="Partnerships"] tbody tr[aria-rowindex="2"] a',
  );
  if (!link) throw new Error('No partnership row on the dashboard');
  const name = (link.textContent ?? '').trim();
  const start = performance.now();
  link.click();
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // The page header's score: a whole number, or an en dash when there is none.
    const score = document.querySelector('[data-testid="health-score"]')?.textContent?.trim();
    const heading = document.querySelector('h1')?.textContent?.trim();
    if (heading === name && /^(\d{1,3}|\u2013)$/.test(score ?? '')) {
      return { name, ms: performance.now() - start };
    }
    if (performance.now() - start > timeoutMs) {
      throw new Error(`the page of "${name}" did not show within ${timeoutMs} ms`);
    }
  }
}

/**
 * The floor: opens the database and reads every record of every store with getAll in one
 * read-only transaction, as fast as IndexedDB allows. Runs in a page of the app's origin that
 * runs nothing else. Resolves with the milliseconds to open and to read, and the records read.
 */
export async function readEverything(
  name: string,
): Promise<{ openMs: number; readMs: number; records: number }> {
  const start = performance.now();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const opened = performance.now();
  const stores = [...db.objectStoreNames];
  const tx = db.transaction(stores, 'readonly');
  const counts = await Promise.all(
    stores.map(
      (store) =>
        new Promise<number>((resolve, reject) => {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => resolve((request.result as unknown[]).length);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  const read = performance.now();
  db.close();
  return {
    openMs: opened - start,
    readMs: read - opened,
    records: counts.reduce((a, b) => a + b, 0),
  };
}

/**
 * From the dashboard: opens Partnerships with its navbar link, waits for its heading, then
 * clicks Portfolio and resolves with the milliseconds from that click until the first row of the
 * dashboard's table shows a score (the dashboard opened again, as the user comes back to it).
 */
export async function comeBackToDashboard(timeoutMs: number): Promise<number> {
  // No named inner functions: tsx would wrap them in a helper the page lacks.
  const away = performance.now();
  document.querySelector<HTMLAnchorElement>('nav a[href="#/partnerships"]')?.click();
  while (document.querySelector('h1')?.textContent?.trim() !== 'Partnerships') {
    if (performance.now() - away > timeoutMs) throw new Error('Partnerships did not open');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  const start = performance.now();
  document.querySelector<HTMLAnchorElement>('nav a[href="#/"]')?.click();
  for (;;) {
    const first = document.querySelector(
      'table[aria-label="Partnerships"] tbody tr[aria-rowindex="2"]',
    );
    const cells = [...(first?.querySelectorAll('td') ?? [])];
    if (cells.some((td) => /^\d{1,3}$/.test(td.textContent?.trim() ?? ''))) break;
    if (performance.now() - start > timeoutMs) {
      throw new Error(`the dashboard did not show its rows again within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return performance.now() - start;
}

/** The app's own performance marks ('ph:…', ms since navigation start), by name. */
export function appMarks(): Record<string, number> {
  const marks: Record<string, number> = {};
  for (const mark of performance.getEntriesByType('mark')) {
    if (mark.name.startsWith('ph:')) marks[mark.name.slice(3)] ??= mark.startTime;
  }
  return marks;
}
