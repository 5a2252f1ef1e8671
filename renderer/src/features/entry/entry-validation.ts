// Checks an entry form's record with the data model's own rules (the same ones the repository
// applies when saving), against the partnership, its parties and goals the form works in.
import { checkCandidate } from '../../../../core/data/candidate-check';
import type { ValidationIssue } from '../../../../core/data/validation-issue';
import type {
  CollectionName,
  Goal,
  Organization,
  Partnership,
} from '../../../../core/domain/types';

/** What a record of one partnership is checked against. */
export interface EntryScope {
  partnership: Partnership;
  parties: readonly Organization[];
  goals: readonly Goal[];
}

/**
 * Every rule `candidate` breaks as a record of `collection` in `scope`: first its own fields,
 * then (when those pass) its references to the partnership, its parties and goals.
 */
export function entryIssues(
  collection: CollectionName,
  candidate: unknown,
  scope: EntryScope,
): ValidationIssue[] {
  return checkCandidate(collection, candidate, {
    organizations: scope.parties,
    partnerships: [scope.partnership],
    goals: scope.goals,
  });
}
