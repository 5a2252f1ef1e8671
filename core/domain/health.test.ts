// The health model against the spec's worked example and an edge case for each rule.

import { describe, expect, it } from 'vitest';
import { workedExample } from '../../test/fixtures/worked-example';
import { addDays } from './dates';
import { bandOf, DIMENSIONS, evaluateHealth, evaluatePortfolio, trendOfDelta } from './health';
import { groupByPartnership } from './partnership-records';
import {
  contribution,
  friction,
  goal,
  goalUpdate,
  interaction,
  makeRecords,
  pulse,
  settingsWith,
  START,
  trustPulse,
} from './test-records';
import { DEFAULT_SETTINGS } from './types';

const T = '2026-03-31';
const S = settingsWith();

function loadWorkedExample() {
  const file = workedExample();
  return { ...file.data, settings: { ...DEFAULT_SETTINGS, ...file.data.settings } };
}

describe('worked example (health-model.md)', () => {
  const dataset = loadWorkedExample();
  const records = groupByPartnership(dataset).get('p1')!;
  const result = evaluateHealth(records, T, dataset.settings);

  it('reproduces every figure', () => {
    const d = result.dimensions;
    expect(d.trust.score).toBeCloseTo(59.375, 6);
    expect(d.trust.parties.map((p) => [p.partyId, p.meanRating])).toEqual([
      ['org-a', 4],
      ['org-b', 2.75],
    ]);
    expect(result.perceptionGap).toBeCloseTo(31.25, 6);
    expect(d.communication.adherence).toBeCloseTo(4 / (90 / 14), 9);
    expect(d.communication.recency).toBe(1);
    expect(d.communication.balance).toBeCloseTo(0.5, 9);
    expect(d.communication.score).toBeCloseTo(73.4, 2);
    expect(d.goals.score).toBeCloseTo(95.55, 2);
    expect(result.goals[0]).toMatchObject({ goalId: 'g1', value: 20, status: 'on-track' });
    expect(result.goals[0]!.expected).toBeCloseTo(89 / 364, 9);
    expect(d.reciprocity.ledger!.totalVariation).toBeCloseTo(0.25, 9);
    expect(d.reciprocity.perceived!.score).toBeCloseTo(0.25, 9);
    expect(d.reciprocity.score).toBeCloseTo(40, 6);
    expect(d.friction.score).toBe(85);
    expect(result.health).toBeCloseTo(70.88, 2);
    expect(result.band).toBe('healthy');
    expect(result.confidence).toBe('normal');
  });

  it('has health 71.67 thirty days earlier, so the trend is steady', () => {
    expect(evaluateHealth(records, '2026-03-01', dataset.settings).health).toBeCloseTo(71.67, 2);
    expect(result.trendDelta).toBeCloseTo(-0.79, 2);
    expect(result.trend).toBe('steady');
  });

  it('raises exactly the IMBALANCE and PERCEPTION_GAP warnings', () => {
    expect(result.alerts.map((a) => [a.code, a.severity]).sort()).toEqual([
      ['IMBALANCE', 'warning'],
      ['PERCEPTION_GAP', 'warning'],
    ]);
  });

  it('lists the records behind each dimension', () => {
    expect(result.dimensions.trust.pulseIds).toEqual(['q1', 'q2', 'q3']);
    expect(result.dimensions.communication.interactionIds).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect(result.dimensions.reciprocity.contributionIds).toEqual(['c1', 'c2']);
    expect(result.dimensions.reciprocity.perceived!.pulseIds).toEqual(['q3']);
    expect(result.dimensions.friction.open.map((f) => f.frictionId)).toEqual(['f1']);
  });

  it('evaluates a whole portfolio with the data set settings', () => {
    const [only] = evaluatePortfolio(dataset, T);
    expect(only!.health).toBe(result.health);
    const heavyTrust = {
      ...dataset,
      settings: settingsWith({ weights: { ...S.weights, trust: 10 } }),
    };
    expect(evaluatePortfolio(heavyTrust, T)[0]!.health).toBeLessThan(result.health!);
  });
});

describe('trust', () => {
  const start = '2025-06-01';
  const trustOf = (pulses: ReturnType<typeof pulse>[], settings = S, partyIds = ['A', 'B']) =>
    evaluateHealth(
      makeRecords({ partnership: { startDate: start, partyIds }, pulses }),
      T,
      settings,
    ).dimensions.trust;

  it('includes T and T − W + 1, excludes T − W and T + 1', () => {
    const trust = trustOf([
      trustPulse('out-early', addDays(T, -90), 'A', 1),
      trustPulse('first', addDays(T, -89), 'A', 5),
      trustPulse('last', T, 'A', 3),
      trustPulse('out-late', addDays(T, 1), 'A', 1),
    ]);
    expect(trust.pulseIds).toEqual(['first', 'last']);
    expect(trust.score).toBe(75);
  });

  it('counts a party with many respondents once', () => {
    const trust = trustOf([
      trustPulse('a1', T, 'A', 5),
      trustPulse('a2', T, 'A', 5),
      trustPulse('a3', T, 'A', 5),
      trustPulse('b1', T, 'B', 1),
    ]);
    expect(trust.score).toBe(50);
    expect(trust.perceptionGap).toBe(100);
  });

  it('ignores pulses from an organization outside the partnership', () => {
    const trust = trustOf([trustPulse('a', T, 'A', 5), trustPulse('x', T, 'X', 1)]);
    expect(trust.pulseIds).toEqual(['a']);
    expect(trust.score).toBe(100);
  });

  it('averages the present items and ignores pulses without trust items', () => {
    const trust = trustOf([
      pulse('half', T, 'A', { reliability: 4, openness: null, respect: 2 }),
      pulse('none', T, 'B', { fairness: 1, benefit: 1 }),
    ]);
    expect(trust.pulseIds).toEqual(['half']);
    expect(trust.score).toBe(50);
    expect(trust.perceptionGap).toBeNull();
  });

  it('is null with no trust pulse in the window', () => {
    const trust = trustOf([pulse('none', T, 'A', { benefit: 5 })]);
    expect(trust.score).toBeNull();
    expect(trust.nullReason).toBe('no-data');
  });

  it('honours lookbackDays', () => {
    const pulses = [trustPulse('old', addDays(T, -40), 'A', 1), trustPulse('new', T, 'A', 5)];
    expect(trustOf(pulses).score).toBe(50);
    expect(trustOf(pulses, settingsWith({ lookbackDays: 30 })).score).toBe(100);
  });

  it('handles three parties', () => {
    const trust = trustOf(
      [trustPulse('a', T, 'A', 5), trustPulse('b', T, 'B', 3), trustPulse('c', T, 'C', 1)],
      S,
      ['A', 'B', 'C'],
    );
    expect(trust.score).toBe(50);
    expect(trust.perceptionGap).toBe(100);
  });
});

describe('communication', () => {
  const comm = (
    date: string,
    interactions: ReturnType<typeof interaction>[],
    partyIds = ['A', 'B'],
  ) =>
    evaluateHealth(makeRecords({ partnership: { partyIds }, interactions }), date, S).dimensions
      .communication;

  it('is null too early to judge and 0 once a check-in was due and none happened', () => {
    const early = comm(addDays(START, 13), []);
    expect(early.score).toBeNull();
    expect(early.nullReason).toBe('too-early');
    const due = comm(addDays(START, 14), []);
    expect(due.score).toBe(0);
    expect(due.recency).toBe(0);
  });

  it('is scored before c days when there was already a check-in', () => {
    const result = comm(addDays(START, 9), [interaction('i', addDays(START, 4), 'A')]);
    const adherence = 1 / (90 / 14);
    expect(result.score).toBeCloseTo((100 * (0.4 * adherence + 0.3)) / 0.7, 9);
    expect(result.balance).toBeNull();
  });

  it.each([
    [14, 1],
    [21, 0.75],
    [28, 0.5],
    [41, 1 / 28],
    [42, 0],
    [60, 0],
  ])('recency after %i days with c = 14 is %f', (days, recency) => {
    const result = comm(T, [interaction('i', addDays(T, -days))]);
    expect(result.daysSinceLast).toBe(days);
    expect(result.recency).toBeCloseTo(recency, 12);
  });

  it('measures balance over every party, including those who initiated nothing', () => {
    const result = comm(
      T,
      [
        interaction('1', T, 'A'),
        interaction('2', T, 'A'),
        interaction('3', T, 'B'),
        interaction('4', T),
      ],
      ['A', 'B', 'C'],
    );
    expect(result.initiatedCount).toBe(3);
    expect(result.initiatorShares.map((s) => s.count)).toEqual([2, 1, 0]);
    expect(result.balance).toBeCloseTo(1 / 3, 12);
  });

  it('takes quality from rated interactions only', () => {
    const result = comm(T, [
      interaction('1', T, null, 5),
      interaction('2', T, null, 3),
      interaction('3', T),
    ]);
    expect(result.quality).toBe(0.75);
    expect(result.qualityRatedCount).toBe(2);
  });

  it('caps adherence at 1', () => {
    const many = Array.from({ length: 12 }, (_, i) => interaction(`i${i}`, addDays(T, -i * 5)));
    expect(comm(T, many).adherence).toBe(1);
  });
});

describe('goals', () => {
  const goalsAt = (
    date: string,
    goals: ReturnType<typeof goal>[],
    updates: ReturnType<typeof goalUpdate>[] = [],
  ) => evaluateHealth(makeRecords({ goals, goalUpdates: updates }), date, S).dimensions.goals;

  it('measures progress on a goal to decrease something', () => {
    const result = goalsAt(
      T,
      [goal('g', { baseline: 100, target: 50 })],
      [goalUpdate('u', 'g', T, 80)],
    );
    expect(result.goals[0]!.progress).toBeCloseTo(0.4, 12);
  });

  it('takes the latest update on or before T, the last in file order on a tie', () => {
    const result = goalsAt(
      T,
      [goal('g')],
      [
        goalUpdate('late', 'g', addDays(T, 1), 90),
        goalUpdate('first', 'g', T, 10),
        goalUpdate('second', 'g', T, 30),
        goalUpdate('older', 'g', addDays(T, -5), 60),
      ],
    );
    expect(result.goals[0]).toMatchObject({ value: 30, updateId: 'second' });
  });

  it('uses the baseline when there is no update and clamps progress', () => {
    expect(goalsAt(T, [goal('g', { baseline: 5 })]).goals[0]).toMatchObject({
      value: 5,
      progress: 0,
    });
    const over = goalsAt(T, [goal('g')], [goalUpdate('u', 'g', T, 150)]).goals[0]!;
    expect(over).toMatchObject({ progress: 1, status: 'achieved', score: 100 });
  });

  it('counts an achieved goal for W days after its status date, at full progress', () => {
    const achieved = (statusDate: string) =>
      goalsAt(T, [goal('g', { status: 'achieved', statusDate })]);
    expect(achieved(addDays(T, -90)).score).toBeNull();
    expect(achieved(addDays(T, -89)).goals[0]).toMatchObject({ progress: 1, status: 'achieved' });
    // Not yet achieved as of T: progress comes from the value.
    expect(achieved(addDays(T, 1)).goals[0]!.progress).toBe(0);
  });

  it('drops a goal from its status date on', () => {
    const dropped = (statusDate: string) =>
      goalsAt(T, [goal('g', { status: 'dropped', statusDate })]);
    expect(dropped(T).score).toBeNull();
    expect(dropped(addDays(T, 1)).goalIds).toEqual(['g']);
  });

  it('never yields NaN for a malformed goal (target = baseline, due on its start date)', () => {
    const result = goalsAt(T, [
      goal('flat', { baseline: 5, target: 5 }),
      goal('instant', { startDate: '2026-02-01', dueDate: '2026-02-01' }),
    ]);
    expect(result.goals.map((g) => [g.progress, g.expected])).toEqual([
      [1, 89 / 364],
      [0, 1],
    ]);
    expect(Number.isFinite(result.score)).toBe(true);
  });

  it('ignores goals that have not started', () => {
    const result = goalsAt(T, [goal('g', { startDate: addDays(T, 1), dueDate: '2026-12-31' })]);
    expect(result.score).toBeNull();
    expect(result.nullReason).toBe('no-data');
  });

  // A 100-day goal evaluated half way: expected 0.5.
  const halfWay = addDays(START, 50);
  const hundredDays = goal('g', { dueDate: addDays(START, 100) });
  it.each([
    [14, 'at-risk'],
    [16, 'behind'],
    [34, 'behind'],
    [36, 'on-track'],
    [50, 'on-track'],
  ])('at %i%% progress half way through, the goal is %s', (value, status) => {
    const result = goalsAt(halfWay, [hundredDays], [goalUpdate('u', 'g', halfWay, value)]);
    expect(result.goals[0]!.status).toBe(status);
  });

  it('is at risk once past its due date, whatever the gap', () => {
    const due = addDays(START, 100);
    const late = goalsAt(addDays(due, 1), [hundredDays], [goalUpdate('u', 'g', due, 99)]).goals[0]!;
    expect(late).toMatchObject({ status: 'at-risk', pastDue: true, expected: 1 });
    expect(late.score).toBeCloseTo(99, 9);
  });

  it('weights goals by their weight', () => {
    const result = goalsAt(
      halfWay,
      [
        goal('heavy', { weight: 3, dueDate: addDays(START, 100) }),
        goal('light', { dueDate: addDays(START, 100) }),
      ],
      [goalUpdate('u1', 'heavy', halfWay, 50), goalUpdate('u2', 'light', halfWay, 10)],
    );
    expect(result.score).toBeCloseTo((3 * 100 + 1 * 60) / 4, 9);
  });
});

describe('reciprocity', () => {
  const recip = (parts: Parameters<typeof makeRecords>[0]) =>
    evaluateHealth(makeRecords(parts), T, S).dimensions.reciprocity;

  it('leaves the ledger out with no contributions (or only zero values)', () => {
    const perceivedOnly = recip({
      pulses: [pulse('q', T, 'A', { fairness: 3, benefit: 4 })],
      contributions: [contribution('c', T, 'A', 0)],
    });
    expect(perceivedOnly.ledger).toBeNull();
    expect(perceivedOnly.score).toBeCloseTo(62.5, 12);
    expect(recip({}).score).toBeNull();
  });

  it('looks back twice the window for the ledger', () => {
    const result = recip({
      partnership: { startDate: '2025-01-01' },
      contributions: [
        contribution('out', addDays(T, -180), 'B', 100),
        contribution('in', addDays(T, -179), 'A', 10),
        contribution('today', T, 'B', 10),
      ],
    });
    expect(result.contributionIds).toEqual(['in', 'today']);
    expect(result.score).toBe(100);
  });

  it('compares with the agreed shares, normalised', () => {
    const result = recip({
      partnership: { partyShares: { A: 3, B: 1 } },
      contributions: [contribution('a', T, 'A', 30), contribution('b', T, 'B', 10)],
    });
    expect(result.ledger!.parties.map((p) => p.agreedShare)).toEqual([0.75, 0.25]);
    expect(result.score).toBeCloseTo(100, 9);
  });

  it('handles three parties with equal shares', () => {
    const result = recip({
      partnership: { partyIds: ['A', 'B', 'C'] },
      contributions: [contribution('a', T, 'A', 60), contribution('b', T, 'B', 30)],
    });
    expect(result.ledger!.totalVariation).toBeCloseTo(1 / 3, 12);
    expect(result.score).toBeCloseTo(50, 9);
  });
});

describe('friction', () => {
  const fric = (frictions: ReturnType<typeof friction>[]) =>
    evaluateHealth(makeRecords({ frictions }), T, S).dimensions.friction;

  it('counts a friction open from its opened date until the day before it is resolved', () => {
    const result = fric([
      friction('resolved-today', 'high', '2026-03-01', T),
      friction('resolved-tomorrow', 'low', '2026-03-01', addDays(T, 1)),
      friction('opened-today', 'medium', T),
      friction('opened-tomorrow', 'high', addDays(T, 1)),
    ]);
    expect(result.open.map((f) => f.frictionId)).toEqual(['resolved-tomorrow', 'opened-today']);
    expect(result.score).toBe(80);
  });

  it('costs 1.5 times as much after 30 days', () => {
    const result = fric([
      friction('30', 'high', addDays(T, -30)),
      friction('31', 'high', addDays(T, -31)),
    ]);
    expect(result.open.map((f) => f.cost)).toEqual([45, 30]);
    expect(result.score).toBe(25);
  });

  it('never goes below 0 and is 100 with nothing open', () => {
    expect(
      fric([
        friction('1', 'high', START),
        friction('2', 'high', START),
        friction('3', 'high', START),
      ]).score,
    ).toBe(0);
    expect(fric([]).score).toBe(100);
  });
});

describe('composite, band, trend, confidence', () => {
  it('is all null before the start date, whatever was recorded earlier', () => {
    const records = makeRecords({
      pulses: [trustPulse('q', '2025-12-01', 'A', 4)],
      interactions: [interaction('i', '2025-12-01', 'A')],
      contributions: [contribution('c', '2025-12-01', 'A', 5)],
      frictions: [friction('f', 'high', '2025-11-01')],
    });
    const result = evaluateHealth(records, addDays(START, -1), S);
    for (const name of DIMENSIONS) {
      expect(result.dimensions[name].score).toBeNull();
      expect(result.dimensions[name].nullReason).toBe('before-start');
    }
    expect(result).toMatchObject({
      health: null,
      band: null,
      trend: null,
      trendDelta: null,
      confidence: null,
      perceptionGap: null,
      goals: [],
      alerts: [],
    });
  });

  it('is null when only friction and reciprocity are present', () => {
    const records = makeRecords({ contributions: [contribution('c', START, 'A', 5)] });
    const result = evaluateHealth(records, addDays(START, 5), S);
    expect(result.dimensions.reciprocity.score).not.toBeNull();
    expect(result.dimensions.friction.score).toBe(100);
    expect(result.health).toBeNull();
  });

  it('honours the weights', () => {
    const records = makeRecords({ pulses: [trustPulse('q', T, 'A', 4)] });
    const trustOnly = settingsWith({
      weights: { trust: 1, communication: 0, goals: 0, reciprocity: 0, friction: 0 },
    });
    expect(evaluateHealth(records, T, trustOnly).health).toBe(75);
    // With default weights, communication (0, no contact) and friction (100) pull it.
    expect(evaluateHealth(records, T, S).health).toBeCloseTo((0.3 * 75 + 0.1 * 100) / 0.6, 9);
  });

  it.each([
    [70, 'healthy'],
    [69.999, 'watch'],
    [50, 'watch'],
    [49.999, 'at-risk'],
    [0, 'at-risk'],
  ])('bandOf(%f) is %s', (score, band) => {
    expect(bandOf(score, S)).toBe(band);
  });

  it('honours the band thresholds', () => {
    expect(bandOf(75, settingsWith({ bands: { healthy: 80, watch: 60 } }))).toBe('watch');
    expect(bandOf(null, S)).toBeNull();
  });

  const trustOnly = settingsWith({
    lookbackDays: 20,
    weights: { trust: 1, communication: 0, goals: 0, reciprocity: 0, friction: 0 },
  });
  it.each([
    [4, 'improving', 25],
    [3, 'steady', 0],
    [2, 'declining', -25],
  ] as const)('a trust pulse of %i after one of 3 gives a trend %s', (rating, trend, delta) => {
    const records = makeRecords({
      pulses: [trustPulse('before', addDays(T, -30), 'A', 3), trustPulse('now', T, 'A', rating)],
    });
    const result = evaluateHealth(records, T, trustOnly);
    expect(result.trendDelta).toBe(delta);
    expect(result.trend).toBe(trend);
  });

  it('honours trendDays', () => {
    const records = makeRecords({
      pulses: [trustPulse('before', addDays(T, -30), 'A', 3), trustPulse('now', T, 'A', 4)],
    });
    // 10 days back the only pulse (30 days back) is outside the 20-day window: no trend.
    const result = evaluateHealth(records, T, { ...trustOnly, trendDays: 10 });
    expect(result.trendDelta).toBeNull();
    const both = makeRecords({
      pulses: [trustPulse('older', addDays(T, -15), 'A', 3), trustPulse('now', T, 'A', 4)],
    });
    expect(evaluateHealth(both, T, { ...trustOnly, trendDays: 10 }).trendDelta).toBe(12.5);
  });

  it('has low confidence with fewer than 3 trust pulses or fewer than 3 dimensions', () => {
    const three = [
      trustPulse('1', T, 'A', 4),
      trustPulse('2', T, 'B', 4),
      trustPulse('3', T, 'A', 3),
    ];
    expect(evaluateHealth(makeRecords({ pulses: three.slice(0, 2) }), T, S).confidence).toBe('low');
    expect(evaluateHealth(makeRecords({ pulses: three }), T, S).confidence).toBe('normal');
    // Five days after the start: trust and friction only.
    const early = addDays(START, 5);
    const earlyPulses = three.map((p) => ({ ...p, date: early }));
    expect(evaluateHealth(makeRecords({ pulses: earlyPulses }), early, S).confidence).toBe('low');
    const withGoal = makeRecords({ pulses: earlyPulses, goals: [goal('g')] });
    expect(evaluateHealth(withGoal, early, S).confidence).toBe('normal');
  });
});

describe('trendOfDelta', () => {
  it('uses the health trend threshold of 5 points', () => {
    expect(trendOfDelta(null)).toBeNull();
    expect(trendOfDelta(5)).toBe('improving');
    expect(trendOfDelta(4.9)).toBe('steady');
    expect(trendOfDelta(-4.9)).toBe('steady');
    expect(trendOfDelta(-5)).toBe('declining');
  });
});
