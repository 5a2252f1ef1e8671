// The one shape every validation problem takes (records, settings, whole files), and its
// one-line wording for people: collection, record, field and the rule that was broken.

import type { CollectionName } from '../domain/types';

/** One broken rule, located precisely enough for a person to find and fix it. */
export interface ValidationIssue {
  /** Where the problem is: a collection, the settings object, or the file as a whole. */
  collection: CollectionName | 'settings' | 'file';
  /** The record's id, when the record has a readable one. */
  recordId?: string;
  /** The record's position in its collection (0-based), when known. */
  index?: number;
  /** Dotted path of the field inside the record (`scores.fairness`, `followUps[0].text`); '' for the whole record or file. */
  field: string;
  /** What is wrong, worded for a person, ending with what was found when that helps. */
  rule: string;
}

/**
 * One line naming collection, record (index and/or id), field and rule, e.g.
 * `pulses[3] (id "q7"): scores.fairness: must be an integer from 1 to 5, got 7`.
 */
export function formatIssue(issue: ValidationIssue): string {
  let where: string = issue.collection;
  if (issue.index !== undefined) where += `[${issue.index}]`;
  if (issue.recordId !== undefined) where += ` (id ${JSON.stringify(issue.recordId)})`;
  return `${where}: ${fieldRule(issue)}`;
}

/** `field: rule` (just the rule when it concerns the whole record or file). */
export function fieldRule(issue: Pick<ValidationIssue, 'field' | 'rule'>): string {
  return issue.field === '' ? issue.rule : `${issue.field}: ${issue.rule}`;
}

/** A short, safe description of a value for an error message (`got …`). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
