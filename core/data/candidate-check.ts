// Checks a record a form is building as the repository will when it is saved: its own fields
// first, then (when those pass) its references among the few collections the form knows.

import type { CollectionName } from '../domain/types';
import { emptyCollections } from '../domain/types';
import { checkRecordInDataset } from './dataset-rules';
import type { DatasetRecords } from './dataset-rules';
import { validateRecord } from './record-schemas';
import type { ValidationIssue } from './validation-issue';

/**
 * Every rule `candidate` breaks as a record of `collection`: its schema's issues, or else the
 * cross-record issues against `known` (collections not given count as empty).
 */
export function checkCandidate(
  collection: CollectionName,
  candidate: unknown,
  known: Partial<DatasetRecords>,
): ValidationIssue[] {
  const checked = validateRecord(collection, candidate);
  if (!checked.ok) return checked.issues;
  return checkRecordInDataset(collection, checked.value, { ...emptyCollections(), ...known });
}
