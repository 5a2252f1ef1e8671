// "Save what can be read": turns what the raw reader got out of an unopenable database into a
// file in the backup format, so it can be kept safe and later restored (restore checks it whole).
import { createBackup, serializeBackup } from '../../../../core/data/backup-file';
import { partitionRecords } from '../../../../core/data/quarantine';
import { datedFileName } from '../backup/saved-files';
import {
  COLLECTIONS,
  DEFAULT_SETTINGS,
  type CollectionName,
  type Dataset,
  type Settings,
} from '../../../../core/domain/types';
import { SETTINGS_KEY } from '../../db/database';
import { readWhatCanBeRead, type SalvageResult } from '../../db/salvage-read';
import type { Platform } from '../../platform/platform';

/** One line of the report shown after saving: a store, how many records, what went wrong. */
export interface SalvageLine {
  store: string;
  records: number;
  error: string | null;
  /** False for stores the backup format does not hold (the app's own bookkeeping). */
  inBackup: boolean;
  /**
   * Records read that break the data model's rules or depend on one that does (the same check as
   * every read of the app); the file keeps them, and a restore of it offers to restore the others.
   */
  leftOut: number;
}

/**
 * The data set in what was read: each collection's records as found (unchecked: a restore
 * validates them), the stored settings row without its key, or the defaults when it is missing.
 */
export function salvagedDataset(result: SalvageResult): Dataset {
  const byName = new Map(result.stores.map((store) => [store.name, store.records]));
  const data = {} as Record<CollectionName, unknown[]>;
  for (const collection of COLLECTIONS) data[collection] = byName.get(collection) ?? [];
  const row = (byName.get('settings') ?? []).find(
    (r) => (r as { key?: unknown } | null)?.key === SETTINGS_KEY,
  ) as (Settings & { key?: string }) | undefined;
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  if (row) {
    const { key: _key, ...stored } = row;
    settings = stored;
  }
  return { ...(data as Omit<Dataset, 'settings'>), settings };
}

/** What was read, store by store, for the screen. */
export function salvageLines(result: SalvageResult): SalvageLine[] {
  const inBackup = new Set<string>([...COLLECTIONS, 'settings']);
  const leftOut = new Map<string, number>();
  for (const entry of partitionRecords(salvagedDataset(result)).quarantined) {
    leftOut.set(entry.collection, (leftOut.get(entry.collection) ?? 0) + 1);
  }
  return result.stores.map((store) => ({
    store: store.name,
    records: store.records.length,
    error: store.error,
    inBackup: inBackup.has(store.name),
    leftOut: leftOut.get(store.name) ?? 0,
  }));
}

export type SalvageOutcome =
  | { step: 'saved'; path?: string; lines: SalvageLine[] }
  | { step: 'cancelled'; lines: SalvageLine[] }
  | { step: 'nothing'; reason: string };

/**
 * Reads what it can from the app's database (read-only) and offers it as a backup file through
 * the platform's save dialog or download. Throws only when saving the file itself fails.
 */
export async function saveWhatCanBeRead(
  platform: Platform,
  now: Date = new Date(),
  read: () => Promise<SalvageResult> = () => readWhatCanBeRead(),
): Promise<SalvageOutcome> {
  const result = await read();
  if (!result.exists) {
    return { step: 'nothing', reason: 'There is no database on this computer to read from.' };
  }
  if (result.openError !== null) {
    return {
      step: 'nothing',
      reason: `Not even the raw database could be opened (${result.openError}). Nothing was changed; restore your latest backup.`,
    };
  }
  const lines = salvageLines(result);
  const app = await platform.getAppInfo();
  const backup = createBackup(
    salvagedDataset(result),
    { name: app.productName, version: app.version },
    now.toISOString(),
  );
  const saved = await platform.saveFile({
    suggestedName: datedFileName('recovered', now),
    kind: 'json',
    content: serializeBackup(backup),
  });
  return saved.saved ? { step: 'saved', path: saved.path, lines } : { step: 'cancelled', lines };
}
