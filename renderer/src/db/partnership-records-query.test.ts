// The partnership page's read: the same records (and so the same health) as grouping the whole
// data set, read through the indexes; null for an unknown id; the stored settings.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluateHealth } from '../../../core/domain/health';
import { groupByPartnership } from '../../../core/domain/partnership-records';
import { generatePortfolio } from '../../../core/sample/generate-portfolio';
import { readAllData, replaceAllData } from './dataset-repository';
import { readPartnershipPageData } from './partnership-records-query';
import { saveSettings } from './settings-repository';
import { freshTestDatabase } from './test-database';

const TODAY = '2026-11-28';

beforeEach(() => {
  freshTestDatabase();
});

describe('readPartnershipPageData', () => {
  it('returns each partnership exactly as the whole data set groups it', async () => {
    await replaceAllData(generatePortfolio({ today: TODAY, partnerships: 6 }));
    const dataset = await readAllData();
    const groups = groupByPartnership(dataset);
    expect(groups.size).toBe(6);
    for (const [id, expected] of groups) {
      const data = await readPartnershipPageData(id);
      expect(data).not.toBeNull();
      expect(data!.records).toEqual(expected);
      expect(data!.parties.map((p) => p.id)).toEqual(expected.partnership.partyIds);
      expect(evaluateHealth(data!.records, TODAY, data!.settings)).toEqual(
        evaluateHealth(expected, TODAY, dataset.settings),
      );
    }
  });

  it('leaves out other partnerships and their goal updates', async () => {
    await replaceAllData(generatePortfolio({ today: TODAY, partnerships: 3 }));
    const dataset = await readAllData();
    const id = dataset.partnerships[0]!.id;
    const data = (await readPartnershipPageData(id))!;
    const goalIds = new Set(data.records.goals.map((g) => g.id));
    expect(data.records.pulses.length).toBeGreaterThan(0);
    expect(data.records.pulses.every((p) => p.partnershipId === id)).toBe(true);
    expect(data.records.goalUpdates.every((u) => goalIds.has(u.goalId))).toBe(true);
    expect(data.records.goalUpdates.length).toBeLessThan(dataset.goalUpdates.length);
  });

  it('returns null for an unknown partnership', async () => {
    expect(await readPartnershipPageData('missing')).toBeNull();
  });

  it('reads the stored settings', async () => {
    await replaceAllData(generatePortfolio({ today: TODAY, partnerships: 1 }));
    const dataset = await readAllData();
    await saveSettings({ ...dataset.settings, lookbackDays: 60 });
    const data = await readPartnershipPageData(dataset.partnerships[0]!.id);
    expect(data!.settings.lookbackDays).toBe(60);
  });
});
