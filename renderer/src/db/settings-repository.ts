// The settings row: read with defaults, saved only after validateSettings accepts it.
import { validateSettings } from '../../../core/data/record-schemas';
import type { Settings } from '../../../core/domain/types';
import { appDatabase, SETTINGS_KEY } from './database';
import { settingsFromRow } from './dataset-access';
import { RecordValidationError } from './record-errors';

/** The stored settings, or the defaults when none were saved. */
export async function readSettings(): Promise<Settings> {
  return settingsFromRow(await appDatabase().settings.get(SETTINGS_KEY));
}

/** Validates and stores the settings; throws RecordValidationError (writing nothing) when invalid. */
export async function saveSettings(value: unknown): Promise<Settings> {
  const checked = validateSettings(value);
  if (!checked.ok) throw new RecordValidationError(checked.issues);
  await appDatabase().settings.put({ ...checked.value, key: SETTINGS_KEY });
  return checked.value;
}
