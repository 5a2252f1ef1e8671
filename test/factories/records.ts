// Deterministic factories of valid records and data sets for unit and end-to-end tests.
import { emptyDataset } from '../../core/data/backup-file';
import {
  type Dataset,
  type Goal,
  type GoalUpdate,
  type Organization,
  type Partnership,
  type Pulse,
} from '../../core/domain/types';

/** An organization; `n` picks a distinct id and name. */
export function makeOrganization(n: number, overrides: Partial<Organization> = {}): Organization {
  return { id: `org-${n}`, name: `Organization ${n}`, kind: 'company', ...overrides };
}

/** A partnership between the given organizations (two by default). */
export function makePartnership(
  n: number,
  partyIds: string[] = ['org-1', 'org-2'],
  overrides: Partial<Partnership> = {},
): Partnership {
  return {
    id: `p-${n}`,
    name: `Partnership ${n}`,
    partyIds,
    status: 'active',
    startDate: '2026-01-01',
    tags: [],
    checkInCadenceDays: 14,
    reviewCadenceDays: 90,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A pulse of `partnershipId` answered by `partyId`. */
export function makePulse(n: number, partnershipId: string, partyId: string): Pulse {
  return {
    id: `pulse-${n}`,
    partnershipId,
    partyId,
    date: '2026-02-01',
    scores: { reliability: 4 },
  };
}

/** A goal of `partnershipId`. */
export function makeGoal(n: number, partnershipId: string): Goal {
  return {
    id: `goal-${n}`,
    partnershipId,
    title: `Goal ${n}`,
    baseline: 0,
    target: 100,
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    weight: 1,
    ownerPartyIds: [],
    status: 'active',
  };
}

/** A goal update of `goalId`. */
export function makeGoalUpdate(n: number, goalId: string): GoalUpdate {
  return { id: `gu-${n}`, goalId, date: '2026-03-01', value: n };
}

/** An empty data set with default settings, as the app starts with. */
export { emptyDataset };

/** Two organizations, one partnership between them, a pulse, a goal and a goal update. */
export function smallDataset(): Dataset {
  return {
    ...emptyDataset(),
    organizations: [makeOrganization(1), makeOrganization(2)],
    partnerships: [makePartnership(1)],
    pulses: [makePulse(1, 'p-1', 'org-1')],
    goals: [makeGoal(1, 'p-1')],
    goalUpdates: [makeGoalUpdate(1, 'goal-1')],
  };
}
