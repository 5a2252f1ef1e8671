// Whether a record repeats one already kept, by content: two records of a collection match when
// every field but the generated id is the same. Absent, null and an empty list all mean "none",
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

/** What a candidate repeats: a stored record, or the earlier candidate at this index. */
export type Repeat = { of: 'stored' } | { of: 'candidate'; index: number };

/**
 * For each candidate (undefined: no record, skipped), what it repeats, or null when it is new.
 * A candidate repeats a stored record with the same content, or else the first earlier
 * candidate with the same content; so importing all the new ones adds nothing twice.
 */
export function findRepeats(
  candidates: readonly (object | undefined)[],
  stored: readonly object[],
): (Repeat | null)[] {
  const storedKeys = new Set(stored.map(contentKey));
  const firstIndex = new Map<string, number>();
  return candidates.map((candidate, index) => {
    if (candidate === undefined) return null;
    const key = contentKey(candidate);
    if (storedKeys.has(key)) return { of: 'stored' };
    const earlier = firstIndex.get(key);
    if (earlier !== undefined) return { of: 'candidate', index: earlier };
    firstIndex.set(key, index);
    return null;
  });
}
