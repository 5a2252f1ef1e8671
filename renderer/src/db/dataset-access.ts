// Reads the data set, or the part of it a rule check or one partnership needs, inside whatever
// transaction is current, so rule checks and writes see the same records.
import {
  COLLECTIONS,
  DEFAULT_SETTINGS,
  emptyCollections,
  type Dataset,
  type PARTNERSHIP_RECORD_COLLECTIONS,
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

/** One partnership's records: those naming it, and the goal updates of its goals. */
export type PartnershipChildren = {
  [K in (typeof PARTNERSHIP_RECORD_COLLECTIONS)[number] | 'goalUpdates']: Dataset[K];
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every record of partnership `partnershipId`, through the partnershipId and goalId indexes.
 * Each collection comes in id order, as readDataset gives it, so the engine's tie-breaks (several
 * goal updates on one day) agree with whole-portfolio evaluation. Call inside a transaction
 * covering those tables.
 */
export async function readPartnershipChildren(
  db: PartnershipHealthDatabase,
  partnershipId: string,
): Promise<PartnershipChildren> {
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
  const goalUpdates =
    goals.length === 0
      ? []
      : await db.goalUpdates
          .where('goalId')
          .anyOf(goals.map((g) => g.id))
          .toArray();
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

/**
 * What the cross-record rules need to check a write, without reading the whole database: every
 * organization, partnership and goal (what references point at), plus the own records of the
 * partnership `savedPartnershipId` when one is saved (it may not drop a party they name). The
 * other collections are empty. Call inside a transaction covering DATA_TABLES.
 */
export async function readRuleRecords(
  db: PartnershipHealthDatabase,
  savedPartnershipId?: string,
): Promise<Omit<Dataset, 'settings'>> {
  const [organizations, partnerships, goals, own] = await Promise.all([
    db.organizations.toArray(),
    db.partnerships.toArray(),
    db.goals.toArray(),
    savedPartnershipId === undefined ? undefined : readPartnershipChildren(db, savedPartnershipId),
  ]);
  // The partnership's own goals are among all goals, which the rules need for goal updates.
  return { ...emptyCollections(), ...own, organizations, partnerships, goals };
}
