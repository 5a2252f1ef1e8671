// Reads everything the partnership page needs for one partnership — its records, the names of
// its parties and the settings — through the tables' partnershipId/goalId indexes, in one
// read transaction, so a liveQuery over it re-runs only when those records change.
import type { PartnershipRecords } from '../../../core/domain/partnership-records';
import type { Organization, Settings } from '../../../core/domain/types';
import { appDatabase, SETTINGS_KEY } from './database';
import { readCheckedPartnership, settingsFromRow } from './dataset-access';

export interface PartnershipPageData {
  records: PartnershipRecords;
  /** The partnership's parties, in partyIds order. */
  parties: Organization[];
  settings: Settings;
}

/**
 * One partnership's records, parties and the settings, each checked (see readCheckedPartnership);
 * null when no usable partnership has this id.
 * Each collection comes back in id order, the order readAllData gives, so the engine's
 * tie-breaks (several goal updates on one day) agree with whole-portfolio evaluation.
 */
export async function readPartnershipPageData(
  partnershipId: string,
): Promise<PartnershipPageData | null> {
  const db = appDatabase();
  return db.transaction(
    'r',
    [
      db.partnerships,
      db.organizations,
      db.pulses,
      db.interactions,
      db.goals,
      db.goalUpdates,
      db.contributions,
      db.frictions,
      db.reviews,
      db.milestones,
      db.settings,
    ],
    async () => {
      const [checked, settingsRow] = await Promise.all([
        readCheckedPartnership(db, partnershipId),
        db.settings.get(SETTINGS_KEY),
      ]);
      if (checked === null) return null;
      return {
        records: { partnership: checked.partnership, ...checked.children },
        parties: checked.parties,
        settings: settingsFromRow(settingsRow),
      };
    },
  );
}
