// Recognises "the disk is full" however IndexedDB and Dexie report it (directly, or wrapped in an
// AbortError, an OpenFailedError or a BulkError), so the user gets one clear message about it.

/** What the user reads when a save failed because the disk (or the browser's quota) is full. */
export const QUOTA_MESSAGE =
  "Your disk is full, so nothing was saved: free some space, then try again. Your data is intact; 'Back up data' still works.";

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// Legacy DOMException code of QuotaExceededError, still set by browsers.
const QUOTA_CODE = 22;
// Wrapped errors are followed this deep at most (a cycle of inner errors must not hang the app).
const MAX_DEPTH = 8;

function nestedErrors(error: object): unknown[] {
  const record = error as Record<string, unknown>;
  const nested: unknown[] = [record.inner, record.cause];
  // Dexie's BulkError keeps the failure of each record it could not write.
  if (Array.isArray(record.failures)) nested.push(...(record.failures as unknown[]));
  const byPosition = record.failuresByPos;
  if (byPosition && typeof byPosition === 'object') nested.push(...Object.values(byPosition));
  return nested;
}

function isQuotaAt(error: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  if (code === QUOTA_CODE && name !== undefined) return true;
  return nestedErrors(error).some((inner) => isQuotaAt(inner, depth + 1));
}

/**
 * True when `error` means the storage quota is exhausted: a QuotaExceededError itself, or any
 * error that carries one as its `inner`, `cause` or bulk `failures` (Dexie's AbortError does).
 * @example isQuotaError(new DOMException('full', 'QuotaExceededError')) === true
 */
export function isQuotaError(error: unknown): boolean {
  return isQuotaAt(error, 0);
}
