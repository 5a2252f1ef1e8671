// The "Why this score" sentences: figures, party names, and the reason a score is missing.

import { describe, expect, it } from 'vitest';
import { workedExample } from '../../test/fixtures/worked-example';
import { addDays } from './dates';
import { explainDimension } from './explain';
import { DIMENSIONS, evaluateHealth } from './health';
import { groupByPartnership } from './partnership-records';
import { friction, makeRecords, settingsWith, START } from './test-records';

const data = workedExample().data;
const names = new Map(data.organizations.map((o) => [o.id, o.name]));
const nameOf = (id: string) => names.get(id) ?? id;
const result = evaluateHealth(
  groupByPartnership({ ...data, settings: settingsWith() }).get('p1')!,
  '2026-03-31',
  settingsWith(),
);

describe('explainDimension', () => {
  it('explains trust per party, with names', () => {
    expect(explainDimension(result.dimensions.trust, nameOf)).toEqual([
      'Trust 59: Alpha Logistics rates 4.0/5, Beta Community Trust 2.8/5 (3 pulses in the last 90 days).',
      "The parties' views are 31 points apart.",
    ]);
  });

  it('explains communication', () => {
    expect(explainDimension(result.dimensions.communication, nameOf)).toEqual([
      'Communication 73: 4 check-ins in the last 90 days against 6.4 expected at one every 14 days; the latest was 6 days ago.',
      'Who took the initiative: Alpha Logistics 75% and Beta Community Trust 25%.',
    ]);
  });

  it('explains goals, reciprocity and friction', () => {
    expect(explainDimension(result.dimensions.goals)[0]).toBe(
      'Goals 96: 1 goal counted, 1 on track.',
    );
    expect(explainDimension(result.dimensions.reciprocity, nameOf)).toEqual([
      'Give and take 40: contributions over the last 180 days came from Alpha Logistics 75% and Beta Community Trust 25%, against agreed shares of 50% / 50%.',
      'Fairness and benefit are rated 2.0/5 on average (1 pulse).',
    ]);
    expect(explainDimension(result.dimensions.friction)).toEqual([
      'Friction 85: 1 open friction costs 15 points.',
      'Costliest: "Pick-up windows clash with volunteer shifts" (medium, open 21 days, 15 points).',
    ]);
  });

  it('falls back to ids without a name lookup', () => {
    expect(explainDimension(result.dimensions.trust)[0]).toContain(
      'org-a rates 4.0/5, org-b 2.8/5',
    );
  });

  it('gives one to three sentences for every dimension, scored or not', () => {
    const records = makeRecords({ frictions: [friction('f', 'high', '2025-12-01')] });
    for (const asOf of [addDays(START, -1), addDays(START, 3), '2026-06-30']) {
      const r = evaluateHealth(records, asOf, settingsWith());
      for (const name of DIMENSIONS) {
        const sentences = explainDimension(r.dimensions[name]);
        expect(sentences.length).toBeGreaterThanOrEqual(1);
        expect(sentences.length).toBeLessThanOrEqual(3);
        if (r.dimensions[name].score === null) expect(sentences[0]).toMatch(/has no score/);
      }
    }
  });

  it('says why a score is missing', () => {
    const early = evaluateHealth(makeRecords(), addDays(START, 3), settingsWith());
    expect(explainDimension(early.dimensions.communication)).toEqual([
      'Communication has no score yet: the first check-in is due 14 days after the start.',
    ]);
    expect(explainDimension(early.dimensions.trust)).toEqual([
      'Trust has no score: no pulse rated trust in the last 90 days.',
    ]);
    const before = evaluateHealth(makeRecords(), addDays(START, -1), settingsWith());
    expect(explainDimension(before.dimensions.goals)).toEqual([
      'Goals has no score: the date is before the partnership started.',
    ]);
  });
});
