// Tests of the sample portfolio: deterministic, valid under every rule of core/data for many
// seeds and sizes, fast at the benchmark size, and showing every kind of record and situation.

import { describe, expect, it } from 'vitest';
import { countRecords, createBackup, parseBackup, serializeBackup } from '../data/backup-file';
import { checkDataset } from '../data/dataset-rules';
import { formatIssue } from '../data/validation-issue';
import { daysBetween } from '../domain/dates';
import {
  COLLECTIONS,
  CONTRIBUTION_KINDS,
  FRICTION_SEVERITIES,
  ORGANIZATION_KINDS,
} from '../domain/types';
import type { Dataset, Partnership } from '../domain/types';
import { generatePortfolio } from './generate-portfolio';

const TODAY = '2026-11-28';

/** Every date field of every record, for the "nothing after today" check. */
function recordDates(data: Dataset): string[] {
  return [
    ...data.partnerships.flatMap((p) => [p.startDate, p.endDate ?? p.startDate]),
    ...data.pulses.map((r) => r.date),
    ...data.interactions.map((r) => r.date),
    ...data.goalUpdates.map((r) => r.date),
    ...data.contributions.map((r) => r.date),
    ...data.frictions.flatMap((r) => [r.openedDate, r.resolvedDate ?? r.openedDate]),
    ...data.reviews.map((r) => r.date),
    ...data.milestones.map((r) => r.date),
    ...data.goals.flatMap((g) => [g.startDate, g.statusDate ?? g.startDate]),
  ];
}

function expectValid(data: Dataset): void {
  expect(checkDataset(data).map(formatIssue)).toEqual([]);
  const backup = createBackup(
    data,
    { name: 'Partnership Health', version: 'test' },
    `${TODAY}T12:00:00Z`,
  );
  const parsed = parseBackup(serializeBackup(backup));
  if (!parsed.ok) throw new Error(parsed.issues.slice(0, 5).map(formatIssue).join('\n'));
  expect(parsed.backup.data).toEqual(data);
}

describe('generatePortfolio', () => {
  it('is deterministic: same options, same data and ids', () => {
    const a = generatePortfolio({ today: TODAY, seed: 5 });
    const b = generatePortfolio({ today: TODAY, seed: 5 });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(generatePortfolio({ today: TODAY, seed: 6 })).not.toEqual(a);
  });

  it.each([
    [1, 1, 1],
    [2, 3, 0.5],
    [3, 12, 2],
    [7, 40, 3],
    [123456, 25, 1],
  ])(
    'seed %i, %i partnerships over %f years passes every rule of a backup',
    (seed, partnerships, years) => {
      const data = generatePortfolio({ today: TODAY, seed, partnerships, years });
      expect(data.partnerships).toHaveLength(partnerships);
      expectValid(data);
      const first = data.partnerships.map((p) => p.startDate).sort()[0]!;
      expect(daysBetween(first, TODAY)).toBeLessThanOrEqual(Math.round(years * 365));
      expect(recordDates(data).every((d) => daysBetween(d, TODAY) >= 0)).toBe(true);
    },
  );

  // Its generation time is printed by `npm run bench`, not asserted here.
  it('builds the benchmark portfolio (200 partnerships, 5 years) validly', () => {
    const data = generatePortfolio({ today: TODAY, partnerships: 200, years: 5 });
    const counts = countRecords(data);
    expect(counts.partnerships).toBe(200);
    expect(counts.pulses).toBeGreaterThan(10_000);
    expect(checkDataset(data)).toEqual([]);
  });

  it('refuses options it cannot honour', () => {
    expect(() => generatePortfolio({ today: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => generatePortfolio({ today: TODAY, partnerships: 0 })).toThrow(/at least 1/);
    expect(() => generatePortfolio({ today: TODAY, years: 0 })).toThrow(/years/);
  });
});

describe('the default portfolio', () => {
  const data = generatePortfolio({ today: TODAY });
  const of =
    (p: Partnership) =>
    <T extends { partnershipId: string }>(records: T[]) =>
      records.filter((r) => r.partnershipId === p.id);

  it('has 12 partnerships among about 15 organizations of every kind', () => {
    expect(data.partnerships).toHaveLength(12);
    expect(data.organizations.length).toBeGreaterThanOrEqual(13);
    expect(data.organizations.length).toBeLessThanOrEqual(17);
    const kinds = new Set(data.organizations.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(ORGANIZATION_KINDS.filter((k) => k !== 'other').sort());
    for (const collection of COLLECTIONS)
      expect(data[collection].length, collection).toBeGreaterThan(0);
  });

  it('mixes statuses, party counts, agreed shares, owners and tags', () => {
    const statuses = new Set(data.partnerships.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['active', 'closed', 'forming', 'paused']);
    expect(data.partnerships.some((p) => p.partyIds.length === 3)).toBe(true);
    expect(data.partnerships.some((p) => p.partyShares)).toBe(true);
    expect(data.partnerships.every((p) => p.owner && p.tags.length > 0)).toBe(true);
    expect(new Set(data.partnerships.map((p) => p.startDate)).size).toBe(12);
    const closed = data.partnerships.find((p) => p.status === 'closed')!;
    expect(
      of(closed)(data.interactions).every((i) => daysBetween(i.date, closed.endDate!) >= 0),
    ).toBe(true);
  });

  it('has pulses from every party of each active partnership, with respondents and comments', () => {
    for (const p of data.partnerships.filter((x) => x.status === 'active')) {
      const parties = new Set(of(p)(data.pulses).map((q) => q.partyId));
      expect([...parties].sort(), p.id).toEqual([...p.partyIds].sort());
    }
    expect(data.pulses.some((q) => q.respondent)).toBe(true);
    expect(data.pulses.some((q) => !q.respondent)).toBe(true);
    expect(data.pulses.some((q) => q.comment)).toBe(true);
  });

  it('logs interactions with initiators, quality, summaries and follow-ups', () => {
    expect(data.interactions.every((i) => i.initiatorPartyId)).toBe(true);
    expect(data.interactions.some((i) => i.quality && i.summary && i.followUps?.length)).toBe(true);
    expect(data.interactions.some((i) => i.followUps?.some((f) => f.done))).toBe(true);
  });

  it('has SMART goals of every status, a decreasing one, and updates', () => {
    const statuses = new Set(data.goals.map((g) => g.status));
    expect([...statuses].sort()).toEqual(['achieved', 'active', 'dropped']);
    const decreasing = data.goals.filter((g) => g.target < g.baseline);
    expect(decreasing.length).toBeGreaterThan(0);
    expect(data.goalUpdates.some((u) => decreasing.some((g) => g.id === u.goalId))).toBe(true);
  });

  it('has contributions of several kinds, frictions of every severity, reviews and milestones', () => {
    const kinds = new Set(data.contributions.map((c) => c.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
    expect([...kinds].every((k) => (CONTRIBUTION_KINDS as readonly string[]).includes(k))).toBe(
      true,
    );
    expect(new Set(data.frictions.map((f) => f.severity)).size).toBe(FRICTION_SEVERITIES.length);
    expect(data.frictions.some((f) => f.resolvedDate)).toBe(true);
    expect(data.frictions.some((f) => !f.resolvedDate)).toBe(true);
    expect(data.reviews.some((r) => r.actions?.length)).toBe(true);
    expect(new Set(data.milestones.map((m) => m.celebrated)).size).toBe(2);
  });

  it('has healthy, drifting and failing partnerships by their pulse ratings', () => {
    const mean = (p: Partnership, from: number, to: number) => {
      const ratings = of(p)(data.pulses)
        .filter((q) => daysBetween(q.date, TODAY) >= from && daysBetween(q.date, TODAY) < to)
        .flatMap((q) => Object.values(q.scores) as number[]);
      return ratings.length === 0 ? NaN : ratings.reduce((a, b) => a + b, 0) / ratings.length;
    };
    const active = data.partnerships.filter((p) => p.status === 'active');
    expect(active.some((p) => mean(p, 0, 90) >= 3.8)).toBe(true);
    expect(active.some((p) => mean(p, 0, 90) <= 2.6)).toBe(true);
    expect(active.some((p) => mean(p, 180, 365) - mean(p, 0, 90) >= 1)).toBe(true);
  });
});
