import { describe, expect, it } from 'vitest';
import { evaluatePrepared } from '../../../../core/domain/health';
import { seriesDates } from '../../../../core/domain/health-series';
import { groupByPartnership } from '../../../../core/domain/partnership-records';
import { prepareRecords } from '../../../../core/domain/prepared-records';
import { generatePortfolio } from '../../../../core/sample/generate-portfolio';
import { contributionShares } from './contribution-shares';

const TODAY = '2026-06-30';
const dataset = generatePortfolio({ today: TODAY, partnerships: 4 });

describe('contribution shares', () => {
  it('equal the ledger shares of the full health evaluation at every weekly point', () => {
    let withLedger = 0;
    let withoutLedger = 0;
    for (const records of groupByPartnership(dataset).values()) {
      const prepared = prepareRecords(records);
      const dates = seriesDates(records.partnership.startDate, TODAY, 'week');
      const expected = dates.map((date) => {
        const ledger = evaluatePrepared(prepared, date, dataset.settings).dimensions.reciprocity
          .ledger;
        return {
          date,
          shares: ledger ? ledger.parties.map((p) => Math.round(1000 * p.share) / 10) : null,
        };
      });
      const actual = contributionShares(prepared, dates, dataset.settings.lookbackDays);
      expect(actual).toEqual(expected);
      withLedger += actual.filter((a) => a.shares !== null).length;
      withoutLedger += actual.filter((a) => a.shares === null).length;
    }
    // The fixture exercises both an empty ledger window and a filled one.
    expect(withLedger).toBeGreaterThan(100);
    expect(withoutLedger).toBeGreaterThan(0);
  });
});
