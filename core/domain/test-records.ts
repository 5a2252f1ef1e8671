// Builders of small, explicit record sets for the health model's tests (not used by the app).
// Every builder takes the few fields a test cares about and fills the rest with plain values.

import type { PartnershipRecords } from './partnership-records';
import {
  DEFAULT_SETTINGS,
  type Contribution,
  type Friction,
  type FrictionSeverity,
  type Goal,
  type GoalUpdate,
  type Interaction,
  type Partnership,
  type Pulse,
  type PulseScores,
  type Rating,
  type Review,
  type Settings,
} from './types';

export const START = '2026-01-01';

/** Default settings with some fields replaced. */
export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    weights: { ...DEFAULT_SETTINGS.weights },
    bands: { ...DEFAULT_SETTINGS.bands },
    ...overrides,
  };
}

/** A two-party active partnership starting on START, with some fields replaced. */
export function makePartnership(overrides: Partial<Partnership> = {}): Partnership {
  return {
    id: 'p1',
    name: 'Test partnership',
    partyIds: ['A', 'B'],
    status: 'active',
    startDate: START,
    tags: [],
    checkInCadenceDays: 14,
    reviewCadenceDays: 90,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** Records of one partnership; collections not given are empty. */
export function makeRecords(
  parts: Partial<Omit<PartnershipRecords, 'partnership'>> & {
    partnership?: Partial<Partnership>;
  } = {},
): PartnershipRecords {
  return {
    pulses: [],
    interactions: [],
    goals: [],
    goalUpdates: [],
    contributions: [],
    frictions: [],
    reviews: [],
    milestones: [],
    ...parts,
    partnership: makePartnership(parts.partnership),
  };
}

/** A pulse whose every trust item is `rating` (plus any extra scores). */
export function trustPulse(
  id: string,
  date: string,
  partyId: string,
  rating: Rating,
  extra: PulseScores = {},
): Pulse {
  return pulse(id, date, partyId, {
    reliability: rating,
    openness: rating,
    sharedMission: rating,
    respect: rating,
    ...extra,
  });
}

export function pulse(id: string, date: string, partyId: string, scores: PulseScores): Pulse {
  return { id, partnershipId: 'p1', date, partyId, scores };
}

export function interaction(
  id: string,
  date: string,
  initiatorPartyId: string | null = null,
  quality: Rating | null = null,
): Interaction {
  return { id, partnershipId: 'p1', date, kind: 'meeting', initiatorPartyId, quality };
}

export function goal(id: string, overrides: Partial<Goal> = {}): Goal {
  return {
    id,
    partnershipId: 'p1',
    title: `Goal ${id}`,
    baseline: 0,
    target: 100,
    startDate: START,
    dueDate: '2026-12-31',
    weight: 1,
    ownerPartyIds: ['A'],
    status: 'active',
    ...overrides,
  };
}

export function goalUpdate(id: string, goalId: string, date: string, value: number): GoalUpdate {
  return { id, goalId, date, value };
}

export function contribution(
  id: string,
  date: string,
  partyId: string,
  value: number,
): Contribution {
  return { id, partnershipId: 'p1', date, partyId, kind: 'staff-time', value };
}

export function friction(
  id: string,
  severity: FrictionSeverity,
  openedDate: string,
  resolvedDate: string | null = null,
): Friction {
  return {
    id,
    partnershipId: 'p1',
    title: `Friction ${id}`,
    category: 'process',
    severity,
    openedDate,
    resolvedDate,
  };
}

export function review(id: string, date: string): Review {
  return { id, partnershipId: 'p1', date };
}
