// Errors the repositories throw when a write is refused, carrying words the user can act on.
import { formatIssue, type ValidationIssue } from '../../../core/data/validation-issue';

/** A record broke the data model's rules; nothing was written. */
export class RecordValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(`Not saved: ${issues.map(formatIssue).join('; ')}`);
    this.name = 'RecordValidationError';
    this.issues = issues;
  }
}

/** A write was refused because of other records (e.g. deleting an organization still in use). */
export class WriteRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefusedError';
  }
}
