// Version 1 of the IndexedDB schema. FROZEN: a released version is never edited; a change to
// the stores is a new version file with its own upgrade function and a test from a fixture.

/** Dexie store definitions of schema version 1 (primary key first, then indexes). */
export const SCHEMA_V1: Readonly<Record<string, string>> = Object.freeze({
  organizations: 'id, name',
  partnerships: 'id, status, startDate, *partyIds, updatedAt',
  pulses: 'id, partnershipId, [partnershipId+date], date, partyId',
  interactions: 'id, partnershipId, [partnershipId+date], date',
  goals: 'id, partnershipId, dueDate',
  goalUpdates: 'id, goalId, [goalId+date], date',
  contributions: 'id, partnershipId, [partnershipId+date], date, partyId',
  frictions: 'id, partnershipId, openedDate',
  reviews: 'id, partnershipId, [partnershipId+date], date',
  milestones: 'id, partnershipId, [partnershipId+date], date',
  settings: 'key',
  meta: 'key',
});
