// One record as a line of JSON, whatever IndexedDB held: a record that JSON cannot carry as it
// is (a BigInt, a cycle, a Date, Map, Set, Blob or binary data) is written as a stand-in that
// describes it, so one odd stored value never stops a backup or an export.

/** The field of a stand-in that says why the record itself is not there. */
export const STAND_IN_FIELD = 'notWrittenAsJson';

/** Thrown by the replacer: JSON would drop or change this value. */
class NotJson extends Error {}

/** What JSON cannot carry faithfully, in words, or null when it can. */
function unsupported(value: unknown): string | null {
  if (typeof value === 'bigint') return `a BigInt (${String(value)}n)`;
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  if (typeof value !== 'object' || value === null) return null;
  if (value instanceof Date) return 'a Date';
  if (value instanceof Map) return 'a Map';
  if (value instanceof Set) return 'a Set';
  if (typeof Blob !== 'undefined' && value instanceof Blob) return 'a Blob or File';
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return 'binary data';
  if (value instanceof RegExp) return 'a regular expression';
  return null;
}

function replacer(this: unknown, key: string, value: unknown): unknown {
  // `this[key]` is the value before toJSON ran (a Date arrives here already as text).
  const original = (this as Record<string, unknown>)[key];
  const found = unsupported(original) ?? unsupported(value);
  if (found !== null) {
    throw new NotJson(key === '' ? `it is ${found}` : `field "${key}" holds ${found}`);
  }
  return value;
}

/** The id of a record as found, kept in a stand-in when it is plain text or a number. */
function plainId(record: unknown): string | number | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/**
 * `record` as one line of JSON; `standIn` is true when it could not be written as it is and a
 * stand-in `{ id, notWrittenAsJson }` describing why took its place (the record stays in the
 * app's database, untouched).
 */
export function recordJson(record: unknown): { json: string; standIn: boolean } {
  try {
    // A record holding undefined somewhere still writes; JSON has no undefined.
    return { json: JSON.stringify(record, replacer) ?? 'null', standIn: false };
  } catch (error) {
    const why =
      error instanceof NotJson
        ? error.message
        : `it refers to itself or is too deep (${error instanceof Error ? error.message : String(error)})`;
    const standIn = {
      id: plainId(record),
      [STAND_IN_FIELD]: `This record could not be written as JSON: ${why}. It is still in the app's database, as it was.`,
    };
    return { json: JSON.stringify(standIn), standIn: true };
  }
}

/** The note a file carries when `count` records were replaced by stand-ins (see recordJson). */
export function standInNote(count: number): string {
  return `${count} ${count === 1 ? 'record' : 'records'} could not be written as JSON; each is described in its place by a "${STAND_IN_FIELD}" field.`;
}
