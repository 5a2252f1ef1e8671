// Opening the database on fake-indexeddb: failures become a recovery state, and nothing is ever
// deleted (no indexedDB.deleteDatabase, no Dexie.delete) — the records stay where they were.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { makeOrganization } from '../../../test/factories/records';
import { PartnershipHealthDatabase } from './database';
import { describeOpenFailure, openAppDatabase } from './open-database';

let deleteDatabase: MockInstance;
let dexieDelete: MockInstance;
let instanceDelete: MockInstance;
let counter = 0;

beforeEach(() => {
  deleteDatabase = vi.spyOn(indexedDB, 'deleteDatabase');
  dexieDelete = vi.spyOn(Dexie, 'delete');
  instanceDelete = vi.spyOn(Dexie.prototype, 'delete');
});

afterEach(() => {
  vi.restoreAllMocks();
});

function expectNothingDeleted(): void {
  expect(deleteDatabase).not.toHaveBeenCalled();
  expect(dexieDelete).not.toHaveBeenCalled();
  expect(instanceDelete).not.toHaveBeenCalled();
}

/** A database holding one organization, closed again, and its name. */
async function storedDatabase(): Promise<string> {
  counter += 1;
  const name = `open-test-${counter}-${Date.now()}`;
  const db = new PartnershipHealthDatabase(name);
  await db.organizations.add(makeOrganization(1));
  db.close();
  return name;
}

async function storedOrganizationIds(name: string): Promise<string[]> {
  const db = new PartnershipHealthDatabase(name);
  const ids = (await db.organizations.toArray()).map((o) => o.id);
  db.close();
  return ids;
}

/** Makes every indexedDB.open fail with `error`, the way a damaged database does. */
function failEveryOpen(error: DOMException): void {
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    const request = { error, onerror: null } as unknown as IDBOpenDBRequest;
    setTimeout(() => {
      const event = { target: request, preventDefault() {}, stopPropagation() {} };
      (request.onerror as unknown as (e: typeof event) => void)?.(event);
    }, 0);
    return request;
  });
}

describe('openAppDatabase', () => {
  it('opens a healthy database', async () => {
    const name = await storedDatabase();
    const db = new PartnershipHealthDatabase(name);
    expect(await openAppDatabase(db)).toEqual({ ok: true });
    expect(db.isOpen()).toBe(true);
    db.close();
    expectNothingDeleted();
  });

  it('reports a database the browser cannot read, and deletes nothing', async () => {
    const name = await storedDatabase();
    failEveryOpen(new DOMException('Internal error opening backing store', 'UnknownError'));
    const db = new PartnershipHealthDatabase(name);
    const outcome = await openAppDatabase(db);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.kind).toBe('unreadable');
      expect(outcome.failure.technical).toContain('UnknownError');
      expect(outcome.failure.explanation).toContain('not been deleted');
    }
    expectNothingDeleted();
    vi.mocked(indexedDB.open).mockRestore();
    expect(await storedOrganizationIds(name)).toEqual(['org-1']);
  });

  it('reports an open held up by another connection, and deletes nothing', async () => {
    counter += 1;
    const name = `open-blocked-${counter}-${Date.now()}`;
    // An older connection (native version 5 < Dexie's 10) that ignores the request to close.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 5);
      request.onupgradeneeded = () => request.result.createObjectStore('legacy');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = new PartnershipHealthDatabase(name);
    const outcome = await openAppDatabase(db, 20);
    expect(outcome.ok ? 'opened' : outcome.failure.kind).toBe('blocked');
    expectNothingDeleted();
    older.close();
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('organizations');
    db.close();
  });

  it('reports a disk-full failure', async () => {
    failEveryOpen(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const outcome = await openAppDatabase(new PartnershipHealthDatabase('open-full'));
    expect(outcome.ok ? 'opened' : outcome.failure.kind).toBe('disk-full');
    expectNothingDeleted();
  });
});

describe('describeOpenFailure', () => {
  it.each([
    [new DOMException('newer', 'VersionError'), 'version'],
    [new Dexie.OpenFailedError(new DOMException('x', 'UnknownError')), 'unreadable'],
    [new Dexie.MissingAPIError('IndexedDB API missing'), 'unavailable'],
    [new DOMException('denied', 'SecurityError'), 'unavailable'],
    [new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')), 'disk-full'],
    [new Error('something else'), 'unknown'],
    ['a string', 'unknown'],
  ])('classifies %s as %s', (error, kind) => {
    const failure = describeOpenFailure(error);
    expect(failure.kind).toBe(kind);
    expect(failure.title.length).toBeGreaterThan(0);
    expect(failure.explanation).toMatch(/not been deleted/);
  });

  it('keeps the wrapped error names for support', () => {
    const failure = describeOpenFailure(
      new Dexie.OpenFailedError(new DOMException('backing store', 'UnknownError')),
    );
    expect(failure.technical).toMatch(/OpenFailedError.*UnknownError: backing store/);
  });
});
