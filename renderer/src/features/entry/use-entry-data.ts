// Live reads for the entry dialogs: everything about one partnership a form needs (parties,
// goals and their updates, frictions …), and which partnership an edited record belongs to.
import type { GoalUpdate } from '../../../../core/domain/types';
import { readPartnershipPageData } from '../../db/partnership-records-query';
import { getRecord } from '../../db/record-repository';
import { useLiveData } from '../../db/use-live-data';
import type { EntryRequest } from '../../store/entry-store';
import { ENTRY_KINDS } from './entry-kinds';

export function usePartnershipEntryData(partnershipId: string | undefined) {
  return useLiveData(
    async () => (partnershipId === undefined ? null : readPartnershipPageData(partnershipId)),
    [partnershipId],
  );
}

/**
 * The partnership a request is about: the one it names, else the one of the record it edits
 * (a goal update through its goal); undefined when neither says (the dialog then asks).
 */
export function useRequestPartnershipId(request: EntryRequest) {
  const { kind, partnershipId, recordId, goalId } = request;
  return useLiveData(async () => {
    if (partnershipId !== undefined) return partnershipId;
    const collection = ENTRY_KINDS[kind].collection;
    let ownerGoalId = goalId;
    if (recordId !== undefined) {
      const record = await getRecord(collection, recordId);
      if (record && 'partnershipId' in record) return record.partnershipId;
      if (record && collection === 'goalUpdates') ownerGoalId = (record as GoalUpdate).goalId;
    }
    if (ownerGoalId === undefined) return undefined;
    return (await getRecord('goals', ownerGoalId))?.partnershipId;
  }, [kind, partnershipId, recordId, goalId]);
}
