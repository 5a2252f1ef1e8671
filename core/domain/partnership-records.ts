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
import { emptyCollections, PARTNERSHIP_RECORD_COLLECTIONS } from './types';

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
  for (const collection of PARTNERSHIP_RECORD_COLLECTIONS) {
    for (const record of dataset[collection]) {
      const group = groups.get(record.partnershipId);
      // TypeScript cannot tie `record` to `collection` across the loop; they match by construction.
      if (group) (group[collection] as (typeof record)[]).push(record);
    }
  }
  const goalOwner = new Map<string, string>();
  for (const goal of dataset.goals) goalOwner.set(goal.id, goal.partnershipId);
  for (const update of dataset.goalUpdates) {
    groups.get(goalOwner.get(update.goalId) ?? '')?.goalUpdates.push(update);
  }
  return groups;
}
