// The whole data set at once: read it (for screens, backups and reports) or replace it (sample
// portfolio, restore), each in one transaction so the database never holds half of one and half
// of another.
import { checkDataset } from '../../../core/data/dataset-rules';
import { validateRecord, validateSettings } from '../../../core/data/record-schemas';
import type { ValidationIssue } from '../../../core/data/validation-issue';
import {
  COLLECTIONS,
  DEFAULT_SETTINGS,
  type CollectionName,
  type Dataset,
} from '../../../core/domain/types';
import { appDatabase, SETTINGS_KEY, type PartnershipHealthDatabase } from './database';
import { DATA_TABLES, readDataset, readStoredData, type StoredData } from './dataset-access';
import { RecordValidationError } from './record-errors';

/**
 * Everything the app can use, read in one consistent transaction: THE read of the whole data
 * set. Records that break a rule, or depend on one that does, are left out (see readQuarantine).
 */
export async function readAllData(): Promise<Dataset> {
  const db = appDatabase();
  return db.transaction('r', [...DATA_TABLES], () => readDataset(db));
}

/**
 * Every record and the settings exactly as stored, records that could not be read included, in
 * the shape of a data set: what a backup file holds (manual and automatic). Unchecked: only for
 * writing backups, never for screens or computations.
 */
export async function readBackupData(): Promise<Dataset> {
  const db = appDatabase();
  const stored = await db.transaction('r', [...DATA_TABLES], () => readStoredData(db));
  return { ...stored.collections, settings: stored.settings ?? DEFAULT_SETTINGS } as Dataset;
}

/** True when no organization or partnership is stored (the first-run state). */
export async function isDatabaseEmpty(): Promise<boolean> {
  const db = appDatabase();
  const [organizations, partnerships] = await Promise.all([
    db.organizations.count(),
    db.partnerships.count(),
  ]);
  return organizations === 0 && partnerships === 0;
}

/** Validates every record and the cross-record rules; returns the normalised data set or the issues. */
function validateDataset(
  dataset: Dataset,
): { ok: true; value: Dataset } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const normalised: Partial<Record<CollectionName, unknown[]>> = {};
  for (const collection of COLLECTIONS) {
    normalised[collection] = dataset[collection].map((record, index) => {
      const checked = validateRecord(collection, record, index);
      if (!checked.ok) issues.push(...checked.issues);
      return checked.ok ? checked.value : record;
    });
  }
  const settings = validateSettings(dataset.settings);
  if (!settings.ok) issues.push(...settings.issues);
  const value = {
    ...(normalised as Omit<Dataset, 'settings'>),
    settings: settings.ok ? settings.value : dataset.settings,
  };
  if (issues.length === 0) issues.push(...checkDataset(value));
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}

/**
 * Replaces everything stored with `dataset`, in one transaction. Validates the whole data set
 * first; on any issue throws RecordValidationError and leaves the database untouched.
 */
export async function replaceAllData(dataset: Dataset): Promise<void> {
  const checked = validateDataset(dataset);
  if (!checked.ok) throw new RecordValidationError(checked.issues);
  const data = checked.value;
  await writeStoredData(appDatabase(), { collections: data, settings: data.settings });
}

/**
 * Replaces everything stored with `stored` exactly as given, in one transaction (nested in the
 * caller's when there is one). Only for data that came from this database as it was (the copy
 * an undo puts back); everything else goes through replaceAllData.
 */
export async function writeStoredData(
  db: PartnershipHealthDatabase,
  stored: StoredData,
): Promise<void> {
  await db.transaction('rw', [...DATA_TABLES], async () => {
    for (const collection of COLLECTIONS) {
      await db.table(collection).clear();
      await db.table(collection).bulkAdd(stored.collections[collection]);
    }
    await db.settings.clear();
    if (stored.settings !== undefined) {
      await db.settings.put({ ...(stored.settings as object), key: SETTINGS_KEY } as never);
    }
  });
}
