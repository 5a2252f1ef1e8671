// Quota errors: recognised however they are wrapped, worded for the user, and — injected into a
// real multi-record write on fake-indexeddb — leaving the stored data whole and readable.
import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, parseBackup, serializeBackup } from '../../../core/data/backup-file';
import { makeOrganization, makePartnership, smallDataset } from '../../../test/factories/records';
import { errorMessage } from '../app/error-message';
import type { PartnershipHealthDatabase } from './database';
import { readAllData, replaceAllData } from './dataset-repository';
import { isQuotaError, QUOTA_MESSAGE } from './quota-errors';
import { freshTestDatabase } from './test-database';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it('recognises a QuotaExceededError itself', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
  });

  it('recognises one wrapped in an AbortError, a cause or a bulk failure', () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.OpenFailedError(new Dexie.AbortError('x', quota())))).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quota() }))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('2 of 3 failed', [new Error('x'), quota()]))).toBe(
      true,
    );
  });

  it('is false for other errors, non-errors and cycles', () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaError(new DOMException('gone', 'NotFoundError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    const looping = new Error('loop') as Error & { inner?: unknown };
    looping.inner = looping;
    expect(isQuotaError(looping)).toBe(false);
  });

  it('gives the disk-full sentence through errorMessage, and other messages unchanged', () => {
    expect(errorMessage(new Dexie.AbortError('Transaction aborted', quota()))).toBe(QUOTA_MESSAGE);
    expect(QUOTA_MESSAGE).toMatch(/disk is full/);
    expect(QUOTA_MESSAGE).toMatch(/nothing was saved/);
    expect(QUOTA_MESSAGE).toMatch(/Back up data/);
    expect(errorMessage(new Error('Name is required'))).toBe('Name is required');
  });
});

/** A DBCore middleware that lets `allowed` mutations through, then fails each with `failure()`. */
function quotaAfter(
  allowed: number,
  failure: () => unknown,
): Middleware<DBCore> & {
  armed: boolean;
} {
  let seen = 0;
  const middleware = {
    armed: false,
    stack: 'dbcore' as const,
    name: 'inject-quota',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            if (!middleware.armed) return table.mutate(request);
            seen += 1;
            return seen > allowed ? Promise.reject(failure()) : table.mutate(request);
          },
        };
      },
    }),
  };
  return middleware;
}

describe('a write that runs out of space', () => {
  let db: PartnershipHealthDatabase;
  beforeEach(() => {
    db = freshTestDatabase();
  });

  const bigger = () => ({
    ...smallDataset(),
    organizations: [1, 2, 3, 4].map((n) => makeOrganization(n)),
    partnerships: [makePartnership(1), makePartnership(2, ['org-3', 'org-4'])],
  });

  for (const [label, failure] of [
    ['a direct QuotaExceededError', quota],
    ['an AbortError around it', () => new Dexie.AbortError('Transaction aborted', quota())],
  ] as const) {
    for (const allowed of [0, 3, 12]) {
      it(`stores nothing of it (${label}, after ${allowed} mutations)`, async () => {
        const injector = quotaAfter(allowed, failure);
        db.use(injector);
        const before = smallDataset();
        await replaceAllData(before);
        injector.armed = true;

        const error = await replaceAllData(bigger()).catch((e: unknown) => e);
        expect(isQuotaError(error)).toBe(true);
        expect(errorMessage(error)).toBe(QUOTA_MESSAGE);

        // Everything from before is still there, nothing of the new data set is.
        const after = await readAllData();
        expect(after).toEqual(before);
        // And the user can still take it away as a backup.
        const text = serializeBackup(
          createBackup(after, { name: 'test', version: '0' }, '2026-11-28T12:00:00.000Z'),
        );
        const parsed = parseBackup(text);
        expect(parsed.ok ? parsed.backup.data : parsed.issues).toEqual(before);
      });
    }
  }

  it('leaves an empty database empty when the very first write fails', async () => {
    const injector = quotaAfter(1, quota);
    db.use(injector);
    const before = await readAllData();
    injector.armed = true;
    await expect(replaceAllData(bigger())).rejects.toSatisfy(isQuotaError);
    expect(await readAllData()).toEqual(before);
    expect(before.organizations).toEqual([]);
  });
});
