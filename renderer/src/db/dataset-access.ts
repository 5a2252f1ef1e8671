// Reads the whole data set from the database, inside whatever transaction is current, so rule
// checks and writes see the same records.
import {
  COLLECTIONS,
  DEFAULT_SETTINGS,
  type Dataset,
  type Settings,
} from '../../../core/domain/types';
import { SETTINGS_KEY, type PartnershipHealthDatabase, type SettingsRow } from './database';

/** Names of every table holding user data (for transactions that span them all). */
export const DATA_TABLES = [...COLLECTIONS, 'settings'] as const;

/** The settings object stored in a settings row (without the row key). */
export function settingsFromRow(row: SettingsRow | undefined): Settings {
  if (!row) return structuredClone(DEFAULT_SETTINGS);
  const { key: _key, ...settings } = row;
  return settings;
}

/** Every collection and the settings. Call inside a transaction covering DATA_TABLES. */
export async function readDataset(db: PartnershipHealthDatabase): Promise<Dataset> {
  const [organizations, partnerships, pulses, interactions, goals, goalUpdates] = await Promise.all(
    [
      db.organizations.toArray(),
      db.partnerships.toArray(),
      db.pulses.toArray(),
      db.interactions.toArray(),
      db.goals.toArray(),
      db.goalUpdates.toArray(),
    ],
  );
  const [contributions, frictions, reviews, milestones, settingsRow] = await Promise.all([
    db.contributions.toArray(),
    db.frictions.toArray(),
    db.reviews.toArray(),
    db.milestones.toArray(),
    db.settings.get(SETTINGS_KEY),
  ]);
  return {
    organizations,
    partnerships,
    pulses,
    interactions,
    goals,
    goalUpdates,
    contributions,
    frictions,
    reviews,
    milestones,
    settings: settingsFromRow(settingsRow),
  };
}
