// Asks the browser to keep the app's storage (not evict it under pressure) and checks free space,
// so the user learns early when their records are at risk.

/** Below this many free bytes the user is warned that space is short. */
export const LOW_SPACE_BYTES = 50 * 1024 * 1024;

export interface StorageStatus {
  /** true: eviction-proof; false: the browser refused; null: the browser cannot say. */
  persisted: boolean | null;
  /** Free bytes left in the quota, when the browser reports it. */
  freeBytes: number | null;
}

type StorageLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

/**
 * Requests persistent storage and estimates free space. Never throws: a browser without the
 * Storage API yields `{ persisted: null, freeBytes: null }`.
 */
export async function requestPersistentStorage(
  storage: Partial<StorageLike> | undefined = globalThis.navigator?.storage,
): Promise<StorageStatus> {
  let persisted: boolean | null = null;
  let freeBytes: number | null = null;
  try {
    if (storage?.persisted && (await storage.persisted())) persisted = true;
    else if (storage?.persist) persisted = await storage.persist();
  } catch {
    persisted = null;
  }
  try {
    const estimate = storage?.estimate ? await storage.estimate() : undefined;
    if (estimate?.quota !== undefined && estimate.usage !== undefined) {
      freeBytes = Math.max(0, estimate.quota - estimate.usage);
    }
  } catch {
    freeBytes = null;
  }
  return { persisted, freeBytes };
}

/** The sentence to show the user about storage, or null when all is well. */
export function storageNotice(status: StorageStatus): string | null {
  const parts: string[] = [];
  if (status.persisted === false) {
    parts.push(
      'The browser did not grant persistent storage, so it may clear your records when the disk fills up. Export a backup regularly.',
    );
  }
  if (status.freeBytes !== null && status.freeBytes < LOW_SPACE_BYTES) {
    const mb = Math.floor(status.freeBytes / (1024 * 1024));
    parts.push(
      `Storage space is short (about ${mb} MB left). Free some disk space and export a backup.`,
    );
  }
  return parts.length === 0 ? null : parts.join(' ');
}
