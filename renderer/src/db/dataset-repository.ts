// The whole data set at once: read it (for backups and reports) or replace it (sample portfolio,
// restore), each in one transaction so the database never holds half of one and half of another.
import { checkDataset } from '../../../core/data/dataset-rules';
import { validateRecord, validateSettings } from '../../../core/data/record-schemas';
import type { ValidationIssue } from '../../../core/data/validation-issue';
import { COLLECTIONS, type CollectionName, type Dataset } from '../../../core/domain/types';
import { appDatabase, SETTINGS_KEY } from './database';
import { DATA_TABLES, readDataset } from './dataset-access';
import { RecordValidationError } from './record-errors';

/** Everything the user has stored, read in one consistent transaction. */
export async function readAllData(): Promise<Dataset> {
  const db = appDatabase();
  return db.transaction('r', [...DATA_TABLES], () => readDataset(db));
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
  const db = appDatabase();
  await db.transaction('rw', [...DATA_TABLES], async () => {
    for (const collection of COLLECTIONS) {
      await db.table(collection).clear();
      await db.table(collection).bulkAdd(data[collection]);
    }
    await db.settings.clear();
    await db.settings.put({ ...data.settings, key: SETTINGS_KEY });
  });
}
