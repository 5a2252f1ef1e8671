// Table tests of every collection schema: a valid record passes (with defaults applied and
// unknown fields dropped), and each rule, broken alone, is reported on the right field.

import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../domain/types';
import { validateRecord } from './record-schemas';
import { formatIssue } from './validation-issue';

const VALID: Record<CollectionName, Record<string, unknown>> = {
  organizations: { id: 'o1', name: 'Alpha Logistics', kind: 'company', notes: 'Main carrier' },
  partnerships: {
    id: 'p1',
    name: 'Food Rescue',
    purpose: 'Less waste',
    partyIds: ['o1', 'o2', 'o3'],
    partyShares: { o1: 2, o2: 1 },
    status: 'active',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    owner: 'Dana',
    tags: ['food'],
    checkInCadenceDays: 7,
    reviewCadenceDays: 60,
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-03-31T09:00:00.123+02:00',
  },
  pulses: {
    id: 'q1',
    partnershipId: 'p1',
    date: '2026-03-01',
    partyId: 'o1',
    respondent: '',
    scores: { reliability: 4, fairness: 1, flexibility: 5 },
    comment: 'Good month',
  },
  interactions: {
    id: 'i1',
    partnershipId: 'p1',
    date: '2026-01-20',
    kind: 'meeting',
    initiatorPartyId: 'o1',
    participants: ['Dana', 'Lee'],
    quality: 3,
    summary: 'Kick-off',
    followUps: [{ text: 'Send plan', ownerPartyId: 'o2', dueDate: '2026-02-01', done: false }],
  },
  goals: {
    id: 'g1',
    partnershipId: 'p1',
    title: 'Meals rescued per month',
    unit: 'meals',
    baseline: 0,
    target: 100,
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    weight: 2,
    ownerPartyIds: ['o1'],
    status: 'active',
  },
  goalUpdates: { id: 'u1', goalId: 'g1', date: '2026-02-01', value: -3.5, confidence: 'at-risk' },
  contributions: {
    id: 'c1',
    partnershipId: 'p1',
    date: '2026-01-15',
    partyId: 'o1',
    kind: 'staff-time',
    value: 0,
  },
  frictions: {
    id: 'f1',
    partnershipId: 'p1',
    title: 'Pick-up windows clash',
    category: 'process',
    severity: 'high',
    openedDate: '2026-03-10',
    resolvedDate: '2026-03-10',
  },
  reviews: {
    id: 'r1',
    partnershipId: 'p1',
    date: '2026-03-30',
    wentWell: 'Volumes',
    toImprove: 'Timing',
    actions: [{ text: 'Shift pick-ups', done: true }],
  },
  milestones: {
    id: 'm1',
    partnershipId: 'p1',
    date: '2026-03-15',
    title: '1,000 meals',
    celebrated: true,
  },
};

type Case = [description: string, patch: Record<string, unknown>, field: string, rule: RegExp];

const SHARED: Case[] = [
  ['missing id', { id: undefined }, 'id', /is required/],
  ['empty id', { id: '' }, 'id', /must not be empty|characters/],
  ['numeric id', { id: 7 }, 'id', /must be text, got 7/],
];

const INVALID: Record<CollectionName, Case[]> = {
  organizations: [
    ['empty name', { name: '' }, 'name', /1 to 200 characters/],
    ['blank name', { name: '   ' }, 'name', /must not be empty/],
    ['201-char name', { name: 'x'.repeat(201) }, 'name', /1 to 200 characters long, got 201/],
    ['unknown kind', { kind: 'club' }, 'kind', /must be one of internal-team, company/],
    ['lone surrogate in notes', { notes: 'a\uD800b' }, 'notes', /valid Unicode/],
  ],
  partnerships: [
    ['one party', { partyIds: ['o1'], partyShares: undefined }, 'partyIds', /at least 2/],
    ['repeated party', { partyIds: ['o1', 'o2', 'o1'] }, 'partyIds[2]', /repeats "o1"/],
    ['share for a stranger', { partyShares: { o9: 1 } }, 'partyShares.o9', /partyIds/],
    ['zero share', { partyShares: { o1: 0 } }, 'partyShares.o1', /greater than 0/],
    ['text share', { partyShares: { o1: '1' } }, 'partyShares.o1', /must be a number/],
    ['unknown status', { status: 'done' }, 'status', /forming, active, paused, closed/],
    ['impossible date', { startDate: '2026-02-30' }, 'startDate', /real calendar date/],
    ['date with time', { startDate: '2026-02-03T00:00:00Z' }, 'startDate', /YYYY-MM-DD/],
    ['end before start', { endDate: '2025-12-31' }, 'endDate', /on or after startDate/],
    ['check-in 0 days', { checkInCadenceDays: 0 }, 'checkInCadenceDays', /from 1 to 365/],
    ['check-in 1.5 days', { checkInCadenceDays: 1.5 }, 'checkInCadenceDays', /integer/],
    ['review 6 days', { reviewCadenceDays: 6 }, 'reviewCadenceDays', /from 7 to 730/],
    ['review 731 days', { reviewCadenceDays: 731 }, 'reviewCadenceDays', /from 7 to 730/],
    ['timestamp without zone', { createdAt: '2026-01-01T09:00:00' }, 'createdAt', /with a zone/],
    ['missing updatedAt', { updatedAt: null }, 'updatedAt', /is required/],
    ['tags not a list', { tags: 'food' }, 'tags', /must be a list/],
  ],
  pulses: [
    ['rating 7', { scores: { fairness: 7 } }, 'scores.fairness', /integer from 1 to 5, got 7/],
    ['rating 0', { scores: { respect: 0 } }, 'scores.respect', /from 1 to 5/],
    ['rating 2.5', { scores: { benefit: 2.5 } }, 'scores.benefit', /integer/],
    ['rating "4"', { scores: { openness: '4' } }, 'scores.openness', /must be a number/],
    ['rating "NaN"', { scores: { openness: 'NaN' } }, 'scores.openness', /must be a number/],
    ['missing scores', { scores: undefined }, 'scores', /is required/],
    ['scores a list', { scores: [4] }, 'scores', /must be an object/],
    ['missing partyId', { partyId: undefined }, 'partyId', /is required/],
  ],
  interactions: [
    ['unknown kind', { kind: 'lunch' }, 'kind', /must be one of meeting/],
    ['quality 6', { quality: 6 }, 'quality', /from 1 to 5/],
    ['follow-up without text', { followUps: [{ done: false }] }, 'followUps[0].text', /required/],
    [
      'follow-up done "yes"',
      { followUps: [{ text: 'x', done: 'yes' }] },
      'followUps[0].done',
      /true or false/,
    ],
    [
      'follow-up bad due date',
      { followUps: [{ text: 'x', done: true, dueDate: '2026-13-01' }] },
      'followUps[0].dueDate',
      /calendar date/,
    ],
    ['participant a number', { participants: ['Dana', 3] }, 'participants[1]', /must be text/],
  ],
  goals: [
    ['target equals baseline', { target: 0 }, 'target', /must differ from baseline/],
    ['Infinity target', { target: Infinity }, 'target', /finite/],
    ['NaN baseline', { baseline: NaN }, 'baseline', /finite/],
    ['"NaN" baseline', { baseline: 'NaN' }, 'baseline', /must be a number, got the text "NaN"/],
    ['due on start', { dueDate: '2026-01-01' }, 'dueDate', /after startDate/],
    ['weight 0', { weight: 0 }, 'weight', /greater than 0/],
    ['301-char title', { title: 't'.repeat(301) }, 'title', /1 to 300/],
    [
      'achieved without date',
      { status: 'achieved' },
      'statusDate',
      /required when status is achieved/,
    ],
    ['dropped without date', { status: 'dropped', statusDate: null }, 'statusDate', /required/],
    ['owner list repeats', { ownerPartyIds: ['o1', 'o1'] }, 'ownerPartyIds[1]', /repeats/],
    ['missing owners', { ownerPartyIds: undefined }, 'ownerPartyIds', /is required/],
  ],
  goalUpdates: [
    ['missing value', { value: undefined }, 'value', /is required/],
    ['Infinity value', { value: -Infinity }, 'value', /finite/],
    ['unknown confidence', { confidence: 'fine' }, 'confidence', /on-track, at-risk, off-track/],
    ['missing goalId', { goalId: undefined }, 'goalId', /is required/],
  ],
  contributions: [
    ['negative value', { value: -1 }, 'value', /at least 0/],
    ['unknown kind', { kind: 'gifts' }, 'kind', /funding, staff-time/],
  ],
  frictions: [
    [
      'resolved before opened',
      { resolvedDate: '2026-03-09' },
      'resolvedDate',
      /on or after openedDate/,
    ],
    ['unknown severity', { severity: 'critical' }, 'severity', /low, medium, high/],
    ['unknown category', { category: 'money' }, 'category', /culture, priorities/],
    ['empty title', { title: '' }, 'title', /must not be empty/],
  ],
  reviews: [
    ['actions not a list', { actions: {} }, 'actions', /must be a list/],
    ['action not an object', { actions: ['Shift'] }, 'actions[0]', /must be an object/],
  ],
  milestones: [
    ['celebrated missing', { celebrated: undefined }, 'celebrated', /is required/],
    ['celebrated 1', { celebrated: 1 }, 'celebrated', /true or false/],
  ],
};

function patched(base: Record<string, unknown>, patch: Record<string, unknown>) {
  const out = { ...base, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete out[key];
  return out;
}

describe.each(Object.keys(VALID) as CollectionName[])('%s schema', (collection) => {
  it('accepts the valid record unchanged', () => {
    const result = validateRecord(collection, VALID[collection]);
    expect(result).toEqual({ ok: true, value: VALID[collection] });
  });

  it('drops unknown fields and treats null optionals as not given', () => {
    const result = validateRecord(collection, {
      ...VALID[collection],
      extra: 1,
      description: null,
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).not.toHaveProperty('extra');
      expect(result.value).not.toHaveProperty('description');
    }
  });

  it.each([...SHARED, ...INVALID[collection]])('refuses %s', (_, patch, field, rule) => {
    const result = validateRecord(collection, patched(VALID[collection], patch), 4);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    expect(issue!.rule).toMatch(rule);
    expect(issue).toMatchObject({ collection, index: 4 });
    expect(formatIssue(issue!)).toContain(`${collection}[4]`);
  });

  it('refuses a value that is not an object', () => {
    for (const value of [null, 'text', 3, [VALID[collection]]]) {
      const result = validateRecord(collection, value);
      expect(result.ok).toBe(false);
    }
  });
});

describe('defaults', () => {
  it('fills organization kind, cadences, tags and goal weight', () => {
    const org = validateRecord('organizations', { id: 'o', name: 'N' });
    expect(org).toEqual({ ok: true, value: { id: 'o', name: 'N', kind: 'other' } });
    const { checkInCadenceDays: _c, reviewCadenceDays: _r, tags: _t, ...bare } = VALID.partnerships;
    const partnership = validateRecord('partnerships', bare);
    expect(partnership.ok && partnership.value).toMatchObject({
      checkInCadenceDays: 14,
      reviewCadenceDays: 90,
      tags: [],
    });
    const goal = validateRecord('goals', { ...VALID.goals, weight: null });
    expect(goal.ok && goal.value.weight).toBe(1);
  });

  it('accepts a decreasing goal and a closed goal with its date', () => {
    const goal = validateRecord('goals', {
      ...VALID.goals,
      baseline: 50,
      target: 10,
      status: 'dropped',
      statusDate: '2026-05-01',
    });
    expect(goal.ok).toBe(true);
  });

  it('drops empty partyShares (equal shares) and keeps unlisted pulse items out', () => {
    const p = validateRecord('partnerships', { ...VALID.partnerships, partyShares: {} });
    expect(p.ok && p.value).not.toHaveProperty('partyShares');
    const q = validateRecord('pulses', { ...VALID.pulses, scores: { trust: 3, respect: null } });
    expect(q.ok && q.value.scores).toEqual({});
  });
});

describe('hostile keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as a party id', (id) => {
    const value = JSON.parse(
      `{"id":"p","name":"N","partyIds":["${id}","o2"],"partyShares":{"${id}":2},"status":"active","startDate":"2026-01-01","createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}`,
    ) as unknown;
    const result = validateRecord('partnerships', value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.field, i.rule])).toContainEqual([
      'partyIds[0]',
      `must not be "${id}", a name the program reserves; give the record another id`,
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as a record id', (id) => {
    const result = validateRecord('organizations', { id, name: 'Acme', kind: 'other' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toEqual(['id']);
  });
});

describe('issue location', () => {
  it('names collection, index, id, field and rule in one line', () => {
    const result = validateRecord(
      'pulses',
      { ...VALID.pulses, id: 'q7', scores: { fairness: 7 } },
      3,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual([
      'pulses[3] (id "q7"): scores.fairness: must be an integer from 1 to 5, got 7',
    ]);
  });

  it('reports every broken rule, not only the first', () => {
    const result = validateRecord('frictions', { id: 'f', severity: 'huge' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field).sort()).toEqual(
      ['category', 'openedDate', 'partnershipId', 'severity', 'title'].sort(),
    );
  });
});
