// Persistent storage request and the notice the user sees, with a stubbed navigator.storage.
import { describe, expect, it, vi } from 'vitest';
import { LOW_SPACE_BYTES, requestPersistentStorage, storageNotice } from './storage-persistence';

const GB = 1024 * 1024 * 1024;

describe('requestPersistentStorage', () => {
  it('asks for persistence when not yet persisted and reports a grant', async () => {
    const persist = vi.fn(async () => true);
    const status = await requestPersistentStorage({
      persisted: async () => false,
      persist,
      estimate: async () => ({ quota: 10 * GB, usage: GB }),
    });
    expect(persist).toHaveBeenCalledTimes(1);
    expect(status).toEqual({ persisted: true, freeBytes: 9 * GB });
    expect(storageNotice(status)).toBeNull();
  });

  it('reports a refusal, and the notice tells the user to export backups', async () => {
    const status = await requestPersistentStorage({
      persisted: async () => false,
      persist: async () => false,
      estimate: async () => ({ quota: 10 * GB, usage: 0 }),
    });
    expect(status.persisted).toBe(false);
    expect(storageNotice(status)).toMatch(/did not grant persistent storage.*backup/);
  });

  it('does not ask again when already persisted', async () => {
    const persist = vi.fn(async () => false);
    const status = await requestPersistentStorage({ persisted: async () => true, persist });
    expect(persist).not.toHaveBeenCalled();
    expect(status.persisted).toBe(true);
  });

  it('warns when free space is short', async () => {
    const status = await requestPersistentStorage({
      persisted: async () => true,
      estimate: async () => ({ quota: 100 * 1024 * 1024, usage: 100 * 1024 * 1024 - 1 }),
    });
    expect(status.freeBytes).toBeLessThan(LOW_SPACE_BYTES);
    expect(storageNotice(status)).toMatch(/space is short \(about 0 MB left\)/);
  });

  it('never throws: a missing or failing Storage API means unknown', async () => {
    expect(await requestPersistentStorage(undefined)).toEqual({ persisted: null, freeBytes: null });
    const failing = await requestPersistentStorage({
      persisted: async () => {
        throw new Error('blocked');
      },
      estimate: async () => {
        throw new Error('blocked');
      },
    });
    expect(failing).toEqual({ persisted: null, freeBytes: null });
    expect(storageNotice(failing)).toBeNull();
  });
});
