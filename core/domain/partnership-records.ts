// Groups a data set's records by the partnership they belong to, keeping file order,
// so the health model can work on one partnership at a time.

import type {
  Contribution,
  Dataset,
  Friction,
  Goal,
  GoalUpdate,
  Interaction,
  Milestone,
  Partnership,
  Pulse,
  Review,
} from './types';
import { emptyCollections } from './types';

/** Every record of one partnership, each collection in file order. */
export interface PartnershipRecords {
  partnership: Partnership;
  pulses: Pulse[];
  interactions: Interaction[];
  goals: Goal[];
  goalUpdates: GoalUpdate[];
  contributions: Contribution[];
  frictions: Friction[];
  reviews: Review[];
  milestones: Milestone[];
}

/** An empty record set for `partnership`. */
export function emptyRecords(partnership: Partnership): PartnershipRecords {
  // Every collection but the two a partnership's records point at.
  const {
    organizations: _organizations,
    partnerships: _partnerships,
    ...records
  } = emptyCollections();
  return { partnership, ...records };
}

/**
 * The records of each partnership, keyed by partnership id, in the data set's partnership order.
 * Goal updates follow their goal; records pointing at an unknown partnership or goal are left out.
 */
export function groupByPartnership(dataset: Dataset): Map<string, PartnershipRecords> {
  const groups = new Map<string, PartnershipRecords>();
  for (const partnership of dataset.partnerships)
    groups.set(partnership.id, emptyRecords(partnership));
  const add = <T>(
    list: readonly T[],
    partnershipOf: (r: T) => string,
    pick: (g: PartnershipRecords) => T[],
  ) => {
    for (const record of list) {
      const group = groups.get(partnershipOf(record));
      if (group) pick(group).push(record);
    }
  };
  add(
    dataset.pulses,
    (r) => r.partnershipId,
    (g) => g.pulses,
  );
  add(
    dataset.interactions,
    (r) => r.partnershipId,
    (g) => g.interactions,
  );
  add(
    dataset.goals,
    (r) => r.partnershipId,
    (g) => g.goals,
  );
  add(
    dataset.contributions,
    (r) => r.partnershipId,
    (g) => g.contributions,
  );
  add(
    dataset.frictions,
    (r) => r.partnershipId,
    (g) => g.frictions,
  );
  add(
    dataset.reviews,
    (r) => r.partnershipId,
    (g) => g.reviews,
  );
  add(
    dataset.milestones,
    (r) => r.partnershipId,
    (g) => g.milestones,
  );
  const goalOwner = new Map<string, string>();
  for (const goal of dataset.goals) goalOwner.set(goal.id, goal.partnershipId);
  add(
    dataset.goalUpdates,
    (r) => goalOwner.get(r.goalId) ?? '',
    (g) => g.goalUpdates,
  );
  return groups;
}
