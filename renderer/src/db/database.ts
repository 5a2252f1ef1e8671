// The app's IndexedDB database: one table per collection of the data model, plus the settings
// row and a small meta table. Opened with strict durability so an acknowledged write is on disk.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { CollectionRecords, Settings } from '../../../core/domain/types';
import { declareSchemaVersions } from './schema-versions';

/** The database name. Fixed forever: renaming it would hide every user's data. */
export const DATABASE_NAME = 'partnership-health';

/**
 * Chrome's default since 121 is 'relaxed' (a write is reported done before it reaches disk);
 * the user's records are worth the small cost of 'strict'.
 */
export const DATABASE_OPTIONS: DexieOptions = Object.freeze({
  chromeTransactionDurability: 'strict',
});

/** The single settings row is stored under this key. */
export const SETTINGS_KEY = 'settings';

export interface SettingsRow extends Settings {
  key: typeof SETTINGS_KEY;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type CollectionTables = {
  [K in keyof CollectionRecords]: Table<CollectionRecords[K], string>;
};

/** The Dexie database with every table typed. */
export class PartnershipHealthDatabase extends Dexie {
  declare organizations: CollectionTables['organizations'];
  declare partnerships: CollectionTables['partnerships'];
  declare pulses: CollectionTables['pulses'];
  declare interactions: CollectionTables['interactions'];
  declare goals: CollectionTables['goals'];
  declare goalUpdates: CollectionTables['goalUpdates'];
  declare contributions: CollectionTables['contributions'];
  declare frictions: CollectionTables['frictions'];
  declare reviews: CollectionTables['reviews'];
  declare milestones: CollectionTables['milestones'];
  declare settings: Table<SettingsRow, string>;
  declare meta: Table<MetaRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { ...DATABASE_OPTIONS });
    declareSchemaVersions(this);
  }
}

let current: PartnershipHealthDatabase | null = null;

/** The app's shared database instance (created on first use; Dexie opens it lazily). */
export function appDatabase(): PartnershipHealthDatabase {
  current ??= new PartnershipHealthDatabase();
  return current;
}

/** Points the shared instance at another database (tests use a fresh one each). */
export function setAppDatabase(db: PartnershipHealthDatabase): void {
  current = db;
}
