// Live read of one partnership's records, parties and settings for the partnership page.
import { readPartnershipPageData } from '../../db/partnership-records-query';
import { useLiveData } from '../../db/use-live-data';

/** The partnership's page data, re-read whenever any of its records or the settings change. */
export function usePartnershipPageData(partnershipId: string) {
  return useLiveData(() => readPartnershipPageData(partnershipId), [partnershipId]);
}
