// Each alert's thresholds and severities, its message, who gets alerts, and the order of alerts.

import { describe, expect, it } from 'vitest';
import { compareAlerts, mostSeriousAlert, type Alert, type AlertCode } from './alerts';
import { addDays } from './dates';
import { evaluateHealth } from './health';
import type { PartnershipRecords } from './partnership-records';
import {
  contribution,
  friction,
  goal,
  goalUpdate,
  interaction,
  makeRecords,
  pulse,
  review,
  settingsWith,
  START,
  trustPulse,
} from './test-records';
import type { PartnershipStatus } from './types';

const T = '2026-06-30';
const S = settingsWith();

function alertsOf(records: PartnershipRecords, code: AlertCode, asOf = T): Alert[] {
  return evaluateHealth(records, asOf, S).alerts.filter((a) => a.code === code);
}

function severities(records: PartnershipRecords, code: AlertCode, asOf = T) {
  return alertsOf(records, code, asOf).map((a) => a.severity);
}

describe('CHECKIN_OVERDUE (c = 14)', () => {
  it.each([
    [14, []],
    [15, ['warning']],
    [28, ['warning']],
    [29, ['critical']],
  ])('%i days after the latest interaction → %j', (days, expected) => {
    const records = makeRecords({ interactions: [interaction('i', addDays(T, -days))] });
    expect(severities(records, 'CHECKIN_OVERDUE')).toEqual(expected);
  });

  it('names the figures', () => {
    const records = makeRecords({ interactions: [interaction('i', addDays(T, -23))] });
    expect(alertsOf(records, 'CHECKIN_OVERDUE')[0]!.message).toBe(
      'No check-in for 23 days; the agreed cadence is 14 days.',
    );
  });

  it('counts from the start date when there is no interaction', () => {
    const records = makeRecords();
    expect(severities(records, 'CHECKIN_OVERDUE', addDays(START, 14))).toEqual([]);
    const [alert] = alertsOf(records, 'CHECKIN_OVERDUE', addDays(START, 15));
    expect(alert!.severity).toBe('warning');
    expect(alert!.message).toContain('15 days');
  });
});

describe('TRUST_DROP (Trust now against 90 days earlier)', () => {
  const then = addDays(T, -90);
  it.each([
    [[4, 4, 3], []], // 75 → 66.7
    [[4, 3], ['warning']], // 75 → 62.5
    [[3], ['critical']], // 75 → 50
  ] as const)('trust pulses %j after one of 4 → %j', (ratings, expected) => {
    const records = makeRecords({
      pulses: [
        trustPulse('then', then, 'A', 4),
        ...ratings.map((r, i) => trustPulse(`now${i}`, T, 'A', r)),
      ],
    });
    expect(severities(records, 'TRUST_DROP')).toEqual(expected);
  });

  it('needs a trust score on both dates', () => {
    const records = makeRecords({ pulses: [trustPulse('now', T, 'A', 1)] });
    expect(severities(records, 'TRUST_DROP')).toEqual([]);
  });
});

describe('PERCEPTION_GAP', () => {
  const gapCase = (a: number[], b: number[]) =>
    makeRecords({
      pulses: [
        ...a.map((r, i) => pulse(`a${i}`, T, 'A', { reliability: r as 1 })),
        ...b.map((r, i) => pulse(`b${i}`, T, 'B', { reliability: r as 1 })),
      ],
    });
  it('is silent under 20 points', () => {
    expect(severities(gapCase([4, 4, 4, 3], [3]), 'PERCEPTION_GAP')).toEqual([]); // 18.75
  });
  it('warns from 20 points', () => {
    const records = gapCase([4], [3]); // 25
    expect(severities(records, 'PERCEPTION_GAP')).toEqual(['warning']);
    expect(alertsOf(records, 'PERCEPTION_GAP')[0]!.message).toBe(
      "The parties' trust ratings are 25 points apart (lowest 3.0/5, highest 4.0/5).",
    );
  });
  it('is critical from 35 points', () => {
    expect(severities(gapCase([4], [3, 2]), 'PERCEPTION_GAP')).toEqual(['critical']); // 37.5
  });
});

describe('GOAL_AT_RISK', () => {
  const due = '2026-07-31';
  it('warns for each at-risk goal and is critical once past due', () => {
    const records = makeRecords({
      goals: [
        goal('fine', { dueDate: due }),
        goal('slow', { dueDate: due }),
        goal('late', { dueDate: addDays(T, -1) }),
      ],
      goalUpdates: [
        goalUpdate('u1', 'fine', T, 90),
        goalUpdate('u2', 'slow', T, 10),
        goalUpdate('u3', 'late', T, 99),
      ],
    });
    const alerts = alertsOf(records, 'GOAL_AT_RISK');
    expect(alerts.map((a) => [a.goalId, a.severity])).toEqual([
      ['late', 'critical'],
      ['slow', 'warning'],
    ]);
    expect(alerts[1]!.message).toBe(
      'Goal "Goal slow" is at 10% progress where 85% was expected by now.',
    );
  });
});

describe('FRICTION_STALE (high frictions only)', () => {
  it.each([
    [14, []],
    [15, ['warning']],
    [60, ['warning']],
    [61, ['critical']],
  ])('a high friction open %i days → %j', (days, expected) => {
    const records = makeRecords({ frictions: [friction('f', 'high', addDays(T, -days))] });
    expect(severities(records, 'FRICTION_STALE')).toEqual(expected);
    if (expected.length) expect(alertsOf(records, 'FRICTION_STALE')[0]!.frictionId).toBe('f');
  });

  it('ignores medium frictions and resolved ones', () => {
    const records = makeRecords({
      frictions: [
        friction('m', 'medium', addDays(T, -100)),
        friction('r', 'high', addDays(T, -100), T),
      ],
    });
    expect(severities(records, 'FRICTION_STALE')).toEqual([]);
  });
});

describe('REVIEW_DUE (review cadence 90)', () => {
  it.each([
    [90, []],
    [91, ['warning']],
    [180, ['warning']],
    [181, ['critical']],
  ])('%i days after the latest review → %j', (days, expected) => {
    const records = makeRecords({ reviews: [review('r', addDays(T, -days))] });
    expect(severities(records, 'REVIEW_DUE')).toEqual(expected);
  });

  it('counts from the start date when there is no review', () => {
    expect(severities(makeRecords(), 'REVIEW_DUE', addDays(START, 90))).toEqual([]);
    expect(severities(makeRecords(), 'REVIEW_DUE', addDays(START, 91))).toEqual(['warning']);
  });
});

describe('IMBALANCE', () => {
  const felt = (fairness: number, benefit: number) =>
    makeRecords({
      pulses: [pulse('q', T, 'A', { fairness: fairness as 1, benefit: benefit as 1 })],
    });
  it.each([
    [3, 3, []], // 50
    [2, 3, ['warning']], // 37.5
    [2, 2, ['critical']], // 25
  ])('fairness %i, benefit %i → %j', (fairness, benefit, expected) => {
    expect(severities(felt(fairness, benefit), 'IMBALANCE')).toEqual(expected);
  });

  it('names the contribution split', () => {
    const records = makeRecords({
      contributions: [contribution('a', T, 'A', 80), contribution('b', T, 'B', 20)],
    });
    expect(alertsOf(records, 'IMBALANCE')[0]!.message).toBe(
      'Give and take scores 40, below 50: contributions split 80% / 20% against an agreed 50% / 50%.',
    );
  });
});

describe('who gets alerts', () => {
  const neglected = (status: PartnershipStatus) =>
    makeRecords({ partnership: { status }, frictions: [friction('f', 'high', START)] });
  it.each(['forming', 'active'] as const)('a %s partnership does', (status) => {
    expect(evaluateHealth(neglected(status), T, S).alerts.length).toBeGreaterThan(0);
  });
  it.each(['paused', 'closed'] as const)('a %s partnership does not', (status) => {
    expect(evaluateHealth(neglected(status), T, S).alerts).toEqual([]);
  });
});

describe('order', () => {
  const alert = (code: AlertCode, severity: Alert['severity']): Alert => ({
    code,
    severity,
    partnershipId: 'p1',
    message: code,
  });

  it('puts critical before warning, then follows the code order', () => {
    const alerts = [
      alert('IMBALANCE', 'warning'),
      alert('REVIEW_DUE', 'critical'),
      alert('CHECKIN_OVERDUE', 'warning'),
      alert('TRUST_DROP', 'critical'),
    ];
    expect([...alerts].sort(compareAlerts).map((a) => a.code)).toEqual([
      'TRUST_DROP',
      'REVIEW_DUE',
      'CHECKIN_OVERDUE',
      'IMBALANCE',
    ]);
    expect(mostSeriousAlert(alerts)!.code).toBe('TRUST_DROP');
    expect(mostSeriousAlert([])).toBeNull();
  });

  it('sorts the alerts evaluateHealth returns', () => {
    const records = makeRecords({ frictions: [friction('f', 'high', START)] });
    const alerts = evaluateHealth(records, T, S).alerts;
    expect(alerts).toEqual([...alerts].sort(compareAlerts));
    expect(alerts[0]!.severity).toBe('critical');
  });
});
