// Each party's share of the contribution ledger at each date of a chart: only the model's
// reciprocity ledger is scored, not the whole health evaluation, since that is all the chart shows.
import { dayNumber } from '../../../../core/domain/dates';
import type { PreparedRecords } from '../../../../core/domain/prepared-records';
import { scoreReciprocity } from '../../../../core/domain/reciprocity';
import type { IsoDate } from '../../../../core/domain/types';

export interface ContributionShares {
  date: IsoDate;
  /** Each party's share in percent to 0.1, in partyIds order; null when the ledger window holds no contribution. */
  shares: number[] | null;
}

/**
 * The parties' shares of the ledger (twice `lookbackDays` up to each date), as the health model
 * computes them for reciprocity at that date.
 */
export function contributionShares(
  prepared: PreparedRecords,
  dates: readonly IsoDate[],
  lookbackDays: number,
): ContributionShares[] {
  return dates.map((date) => {
    const ledger = scoreReciprocity(prepared, dayNumber(date), lookbackDays).ledger;
    return {
      date,
      shares: ledger ? ledger.parties.map((p) => Math.round(1000 * p.share) / 10) : null,
    };
  });
}
