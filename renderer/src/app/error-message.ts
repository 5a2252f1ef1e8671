// Turns a thrown value into a sentence for the user.
import { isQuotaError, QUOTA_MESSAGE } from '../db/quota-errors';

/**
 * The sentence for a failed action: the disk-full message when storage ran out (however deeply
 * the quota error is wrapped), else the Error's message, else a generic sentence saying what to do.
 */
export function errorMessage(error: unknown): string {
  if (isQuotaError(error)) return QUOTA_MESSAGE;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong and nothing was saved. Try again; if it keeps happening, export a backup.';
}
