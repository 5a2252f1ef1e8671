// Test data for the report tests: the worked example (docs/health-model.md) plus
// private material (comments, respondent names, notes) and hostile text in names and titles.

import { DEFAULT_SETTINGS, type Dataset } from '../domain/types';

export const HOSTILE_NAME = 'Food Rescue <img src=x onerror=alert(1)>';
export const BELL_PURPOSE = 'Rescue\u0007 surplus food; שלום עולם together';
export const GREEK_PARTY = 'Ἀλφα Λογιστική';
export const CYRILLIC_PARTY = 'Бета Общество';
export const PRIVATE_STRINGS = [
  'Zed Respondentname',
  'Yara Privatename',
  'Secret comment about the budget',
  'Another private remark',
  'Private friction note',
  'Internal organization note',
  'Olga Ownerperson',
];

/** The worked example (p1 as of 2026-03-31: health 70.88, healthy) with the extras above. */
export function reportFixture(): Dataset {
  const ts = '2026-01-01T09:00:00Z';
  return {
    settings: { ...DEFAULT_SETTINGS, organizationName: 'Civic Partnerships Office' },
    organizations: [
      { id: 'org-a', name: GREEK_PARTY, kind: 'company', notes: 'Internal organization note' },
      { id: 'org-b', name: CYRILLIC_PARTY, kind: 'nonprofit' },
    ],
    partnerships: [
      {
        id: 'p1',
        name: HOSTILE_NAME,
        purpose: BELL_PURPOSE,
        partyIds: ['org-a', 'org-b'],
        status: 'active',
        startDate: '2026-01-01',
        owner: 'Olga Ownerperson',
        tags: [],
        checkInCadenceDays: 14,
        reviewCadenceDays: 90,
        createdAt: ts,
        updatedAt: ts,
      },
    ],
    pulses: [
      {
        id: 'q1',
        partnershipId: 'p1',
        date: '2026-03-01',
        partyId: 'org-a',
        respondent: 'Zed Respondentname',
        scores: { reliability: 4, openness: 4, sharedMission: 5, respect: 3 },
        comment: 'Secret comment about the budget',
      },
      {
        id: 'q2',
        partnershipId: 'p1',
        date: '2026-03-05',
        partyId: 'org-b',
        scores: { reliability: 3, openness: 2 },
      },
      {
        id: 'q3',
        partnershipId: 'p1',
        date: '2026-03-20',
        partyId: 'org-b',
        respondent: 'Yara Privatename',
        scores: { reliability: 3, openness: 3, fairness: 2 },
        comment: 'Another private remark',
      },
    ],
    interactions: [
      {
        id: 'i1',
        partnershipId: 'p1',
        date: '2026-01-20',
        kind: 'meeting',
        initiatorPartyId: 'org-a',
      },
      {
        id: 'i2',
        partnershipId: 'p1',
        date: '2026-02-10',
        kind: 'call',
        initiatorPartyId: 'org-a',
      },
      {
        id: 'i3',
        partnershipId: 'p1',
        date: '2026-03-02',
        kind: 'meeting',
        initiatorPartyId: 'org-b',
      },
      {
        id: 'i4',
        partnershipId: 'p1',
        date: '2026-03-25',
        kind: 'workshop',
        initiatorPartyId: 'org-a',
        followUps: [
          {
            text: 'Send the volunteer roster',
            ownerPartyId: 'org-a',
            dueDate: '2026-03-20',
            done: false,
          },
          { text: 'Already done item', ownerPartyId: 'org-b', done: true },
        ],
      },
    ],
    goals: [
      {
        id: 'g1',
        partnershipId: 'p1',
        title: 'Meals rescued per month',
        unit: 'meals',
        baseline: 0,
        target: 100,
        startDate: '2026-01-01',
        dueDate: '2026-12-31',
        weight: 1,
        ownerPartyIds: ['org-a', 'org-b'],
        status: 'active',
      },
    ],
    goalUpdates: [
      { id: 'u1', goalId: 'g1', date: '2026-02-01', value: 8 },
      { id: 'u2', goalId: 'g1', date: '2026-03-15', value: 20 },
    ],
    contributions: [
      {
        id: 'c1',
        partnershipId: 'p1',
        date: '2026-01-15',
        partyId: 'org-a',
        kind: 'staff-time',
        value: 30,
      },
      {
        id: 'c2',
        partnershipId: 'p1',
        date: '2026-02-15',
        partyId: 'org-b',
        kind: 'expertise',
        value: 10,
      },
    ],
    frictions: [
      {
        id: 'f1',
        partnershipId: 'p1',
        title: 'Pick-up windows clash with volunteer shifts',
        category: 'process',
        severity: 'medium',
        openedDate: '2026-03-10',
        notes: 'Private friction note',
      },
    ],
    reviews: [
      {
        id: 'r1',
        partnershipId: 'p1',
        date: '2026-03-28',
        wentWell: 'The joint workshop',
        toImprove: 'Faster pick-up planning',
        actions: [
          {
            text: 'Draft a shared pick-up schedule',
            ownerPartyId: 'org-b',
            dueDate: '2026-04-15',
            done: false,
          },
        ],
      },
    ],
    milestones: [
      {
        id: 'm1',
        partnershipId: 'p1',
        date: '2026-02-20',
        title: 'First 1,000 meals rescued',
        celebrated: true,
      },
    ],
  };
}
