// Whether a record is already stored, by content: two records of a collection match when every
// field but the generated id is the same. Absent, null and an empty list all mean "none",
// so a record read back from storage matches the same row imported again.

/** Fields that identify or track a record rather than say what it records. */
const NOT_CONTENT: ReadonlySet<string> = new Set(['id']);

function isNothing(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/** `value` with object keys sorted and "nothing" fields left out, ready to compare as JSON. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => !isNothing(field))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => [key, canonical(field)]);
    return Object.fromEntries(entries);
  }
  return value;
}

/** A text equal for two records exactly when their content is the same. */
export function contentKey(record: object): string {
  const content = Object.fromEntries(
    Object.entries(record).filter(([key]) => !NOT_CONTENT.has(key)),
  );
  return JSON.stringify(canonical(content));
}

/**
 * For each candidate (undefined: no record, never stored), whether it is already stored: each
 * stored copy of a content answers for one candidate with that content, in order. So a file
 * imported again adds nothing twice, while identical rows within a file (two anonymous pulses of
 * one party on one day) stay separate records: a store holding one copy takes the second row.
 */
export function findStored(
  candidates: readonly (object | undefined)[],
  stored: readonly object[],
): boolean[] {
  const copies = new Map<string, number>();
  for (const record of stored) {
    const key = contentKey(record);
    copies.set(key, (copies.get(key) ?? 0) + 1);
  }
  return candidates.map((candidate) => {
    if (candidate === undefined) return false;
    const key = contentKey(candidate);
    const left = copies.get(key) ?? 0;
    if (left === 0) return false;
    copies.set(key, left - 1);
    return true;
  });
}
