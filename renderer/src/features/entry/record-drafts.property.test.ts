// Editing without changes saves the same record: for every valid record of each kind, the
// form's draft converted back is the record again (property test over the schemas' arbitraries).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  VALID_RECORD_ARBITRARIES,
  withoutUndefined,
} from '../../../../core/data/record-arbitraries.test-support';
import { validateRecord } from '../../../../core/data/record-schemas';
import type { CollectionName, CollectionRecords } from '../../../../core/domain/types';
import {
  checkInDraftFromRecord,
  checkInFromDraft,
  contributionDraftFromRecord,
  contributionFromDraft,
  frictionDraftFromRecord,
  frictionFromDraft,
  reviewDraftFromRecord,
  reviewFromDraft,
  winDraftFromRecord,
  winFromDraft,
} from './activity-drafts';
import {
  goalDraftFromRecord,
  goalFromDraft,
  goalUpdateDraftFromRecord,
  goalUpdateFromDraft,
} from './goal-drafts';
import { pulseDraftFromRecord, pulseFromDraft } from './pulse-draft';

type RoundTrip = (record: never) => unknown;

const ROUND_TRIPS: Partial<Record<CollectionName, RoundTrip>> = {
  pulses: (r: CollectionRecords['pulses']) =>
    pulseFromDraft(pulseDraftFromRecord(r), r.id, r.partnershipId),
  interactions: (r: CollectionRecords['interactions']) =>
    checkInFromDraft(checkInDraftFromRecord(r), r.id, r.partnershipId),
  goals: (r: CollectionRecords['goals']) =>
    goalFromDraft(goalDraftFromRecord(r), r.id, r.partnershipId),
  goalUpdates: (r: CollectionRecords['goalUpdates']) =>
    goalUpdateFromDraft(goalUpdateDraftFromRecord(r), r.id),
  contributions: (r: CollectionRecords['contributions']) =>
    contributionFromDraft(contributionDraftFromRecord(r), r.id, r.partnershipId),
  frictions: (r: CollectionRecords['frictions']) =>
    frictionFromDraft(frictionDraftFromRecord(r), r.id, r.partnershipId),
  reviews: (r: CollectionRecords['reviews']) =>
    reviewFromDraft(reviewDraftFromRecord(r), r.id, r.partnershipId),
  milestones: (r: CollectionRecords['milestones']) =>
    winFromDraft(winDraftFromRecord(r), r.id, r.partnershipId),
};

/**
 * The normalisations the forms make on purpose: empty text and an empty list are the same as
 * none, and an active goal has no status date (the form asks for it once it is achieved or dropped).
 */
function comparable(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === '') continue;
    if (Array.isArray(value) && value.length === 0 && key !== 'ownerPartyIds') continue;
    if (key === 'statusDate' && record.status === 'active') continue;
    out[key] = value;
  }
  return out;
}

describe('record → draft → record', () => {
  for (const [collection, roundTrip] of Object.entries(ROUND_TRIPS) as [
    CollectionName,
    RoundTrip,
  ][]) {
    it(`gives back every valid ${collection} record`, () => {
      fc.assert(
        fc.property(VALID_RECORD_ARBITRARIES[collection], (raw) => {
          const first = validateRecord(collection, withoutUndefined(raw));
          if (!first.ok) throw new Error(JSON.stringify(first.issues));
          const again = validateRecord(collection, roundTrip(first.value as never));
          if (!again.ok) throw new Error(JSON.stringify(again.issues));
          expect(comparable(again.value as never)).toEqual(comparable(first.value as never));
        }),
        { numRuns: 150 },
      );
    });
  }
});
