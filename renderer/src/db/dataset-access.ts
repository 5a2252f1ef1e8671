// Reads the data set, or the part of it a rule check or one partnership needs, inside whatever
// transaction is current, so rule checks and writes see the same records. Every read is checked
// here, once, by core/data's partition: a record that breaks a rule (or depends on one that does)
// is left out of what the app uses and stays untouched on disk.
import {
  partitionRecords,
  settingsOrDefaults,
  type FoundCollections,
  type Partition,
  type QuarantinedRecord,
} from '../../../core/data/quarantine';
import {
  COLLECTIONS,
  type CollectionName,
  type Dataset,
  type Organization,
  type Partnership,
  type PARTNERSHIP_RECORD_COLLECTIONS,
  type Settings,
} from '../../../core/domain/types';
import { SETTINGS_KEY, type PartnershipHealthDatabase } from './database';

/** Names of every table holding user data (for transactions that span them all). */
export const DATA_TABLES = [...COLLECTIONS, 'settings'] as const;

/** Every collection and the settings row exactly as stored, unchecked (backups hold this). */
export interface StoredData {
  collections: { [K in CollectionName]: unknown[] };
  /** The settings row without its key, or undefined when none was saved. */
  settings: unknown;
}

/** The data the app can use, and what was left out of it. */
export interface CheckedDataset {
  dataset: Dataset;
  quarantined: QuarantinedRecord[];
}

/** The settings row's content without the row key (undefined stays undefined). */
function withoutKey(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const { key: _key, ...settings } = row as Record<string, unknown>;
  return settings;
}

/** The stored settings, or the defaults when none were saved or the row breaks the schema. */
export function settingsFromRow(row: unknown): Settings {
  return settingsOrDefaults(withoutKey(row)).settings;
}

/** Every record of every collection and the settings row, exactly as stored. */
export async function readStoredData(db: PartnershipHealthDatabase): Promise<StoredData> {
  const lists = await Promise.all(COLLECTIONS.map((c) => db.table(c).toArray()));
  const row: unknown = await db.settings.get(SETTINGS_KEY);
  const collections = {} as StoredData['collections'];
  COLLECTIONS.forEach((collection, i) => (collections[collection] = lists[i]!));
  return { collections, settings: row === undefined ? undefined : withoutKey(row) };
}

/** Splits stored data into the usable data set and the records left out (settings included). */
function checkStoredData(stored: StoredData): CheckedDataset {
  const { records, quarantined } = partitionRecords(stored.collections);
  const settings = settingsOrDefaults(stored.settings, SETTINGS_KEY);
  if (settings.quarantined) quarantined.push(settings.quarantined);
  return { dataset: { ...records, settings: settings.settings }, quarantined };
}

/** The usable data set and what was left out. Call inside a transaction covering DATA_TABLES. */
export async function readCheckedDataset(db: PartnershipHealthDatabase): Promise<CheckedDataset> {
  return checkStoredData(await readStoredData(db));
}

/**
 * Every usable record and the settings (records left out are skipped, see readCheckedDataset).
 * Call inside a transaction covering DATA_TABLES.
 */
export async function readDataset(db: PartnershipHealthDatabase): Promise<Dataset> {
  return (await readCheckedDataset(db)).dataset;
}

/** One partnership's records: those naming it, and the goal updates of its goals. */
export type PartnershipChildren = {
  [K in (typeof PARTNERSHIP_RECORD_COLLECTIONS)[number] | 'goalUpdates']: Dataset[K];
};

type ChildCollection = keyof PartnershipChildren;
type StoredChildren = { [K in ChildCollection]: unknown[] };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The string ids in a stored list field (a broken record may hold anything there). */
function stringsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Every record of partnership `partnershipId` exactly as stored, through the partnershipId and
 * goalId indexes (for deleting them all). Call inside a transaction covering those tables.
 */
export async function readStoredPartnershipChildren(
  db: PartnershipHealthDatabase,
  partnershipId: string,
): Promise<StoredChildren> {
  const of = { partnershipId };
  const [pulses, interactions, goals, contributions, frictions, reviews, milestones] =
    await Promise.all([
      db.pulses.where(of).toArray(),
      db.interactions.where(of).toArray(),
      db.goals.where(of).toArray(),
      db.contributions.where(of).toArray(),
      db.frictions.where(of).toArray(),
      db.reviews.where(of).toArray(),
      db.milestones.where(of).toArray(),
    ]);
  const goalIds = stringsIn(goals.map((g) => (g as { id: unknown }).id));
  const goalUpdates =
    goalIds.length === 0 ? [] : await db.goalUpdates.where('goalId').anyOf(goalIds).toArray();
  return {
    pulses,
    interactions,
    goals,
    goalUpdates: goalUpdates.sort(byId),
    contributions,
    frictions,
    reviews,
    milestones,
  };
}

/** A usable partnership with its usable parties and records. */
export interface CheckedPartnership {
  partnership: Partnership;
  /** Its parties, in partyIds order. */
  parties: Organization[];
  children: PartnershipChildren;
}

/**
 * Stored partnership `partnershipId` checked against every organization (in key order, as
 * readDataset checks them, so the unique-name rule answers the same); the partition, or null
 * when no such partnership is stored. Call inside a transaction covering organizations and
 * partnerships, and the tables of `children` when given.
 */
async function partitionPartnership(
  db: PartnershipHealthDatabase,
  partnershipId: string,
  children?: (db: PartnershipHealthDatabase, id: string) => Promise<StoredChildren>,
): Promise<Partition | null> {
  const stored: unknown = await db.partnerships.get(partnershipId);
  if (stored === undefined) return null;
  const [organizations, storedChildren] = await Promise.all([
    db.organizations.toArray(),
    children?.(db, partnershipId),
  ]);
  return partitionRecords({ ...storedChildren, partnerships: [stored], organizations });
}

/**
 * Partnership `partnershipId` alone, checked as readDataset checks it (against every
 * organization); undefined when it does not exist or is left out. Call inside a transaction
 * covering organizations and partnerships.
 */
export async function readCheckedPartnershipRecord(
  db: PartnershipHealthDatabase,
  partnershipId: string,
): Promise<Partnership | undefined> {
  return (await partitionPartnership(db, partnershipId))?.records.partnerships[0];
}

/**
 * Partnership `partnershipId` with its parties and records, each checked as readDataset checks
 * them; null when it does not exist or is left out (broken, or naming a broken organization).
 * Each collection comes in id order, as readDataset gives it, so the engine's tie-breaks (several
 * goal updates on one day) agree with whole-portfolio evaluation. Call inside a transaction
 * covering the partnership tables and organizations.
 */
export async function readCheckedPartnership(
  db: PartnershipHealthDatabase,
  partnershipId: string,
): Promise<CheckedPartnership | null> {
  const partition = await partitionPartnership(db, partnershipId, readStoredPartnershipChildren);
  const partnership = partition?.records.partnerships[0];
  if (partition === null || partnership === undefined) return null;
  const { organizations, partnerships: _partnerships, ...children } = partition.records;
  const byId = new Map(organizations.map((o) => [o.id, o]));
  return {
    partnership,
    parties: partnership.partyIds.map((id) => byId.get(id)!),
    children,
  };
}

/** Usable organizations and partnerships (what every other record's references point at). */
export async function readCheckedParents(
  db: PartnershipHealthDatabase,
): Promise<{ organizations: Organization[]; partnerships: Partnership[] }> {
  const [organizations, partnerships] = await Promise.all([
    db.organizations.toArray(),
    db.partnerships.toArray(),
  ]);
  const { records } = partitionRecords({ organizations, partnerships });
  return { organizations: records.organizations, partnerships: records.partnerships };
}

/**
 * What the cross-record rules need to check a write, without reading the whole database: every
 * usable organization, partnership and goal (what references point at), plus the own records of
 * the partnership `savedPartnershipId` when one is saved (it may not drop a party they name).
 * The other collections are empty. Call inside a transaction covering DATA_TABLES.
 */
export async function readRuleRecords(
  db: PartnershipHealthDatabase,
  savedPartnershipId?: string,
): Promise<Omit<Dataset, 'settings'>> {
  const [organizations, partnerships, goals, own] = await Promise.all([
    db.organizations.toArray(),
    db.partnerships.toArray(),
    db.goals.toArray(),
    savedPartnershipId === undefined
      ? undefined
      : readStoredPartnershipChildren(db, savedPartnershipId),
  ]);
  // The partnership's own goals are among all goals, which the rules need for goal updates.
  const found: FoundCollections = { ...own, organizations, partnerships, goals };
  return partitionRecords(found).records;
}
