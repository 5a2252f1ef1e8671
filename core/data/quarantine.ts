// Splits records as found (in the database or a backup file) into those the app can use and
// those it must leave out: records that break a rule of the data model, and valid records that
// depend on one of those (held back with it). Nothing is changed or dropped from the source.

import type {
  CollectionName,
  CollectionRecords,
  Organization,
  Partnership,
  Settings,
} from '../domain/types';
import { COLLECTIONS, emptyCollections } from '../domain/types';
import { checkReferences, nameKey, type Lookup } from './dataset-rules';
import { validateRecord, validateSettings } from './record-schemas';
import { fieldRule, type ValidationIssue } from './validation-issue';

/** Where a record that is left out is: its collection (or the settings row) and its id. */
export interface RecordRef {
  collection: CollectionName | 'settings';
  /** The id as text, for people (a numeric id becomes its digits). */
  id: string;
}

/** One record left out of every screen and computation, kept as it was found. */
export interface QuarantinedRecord extends RecordRef {
  /** The record's key as found (whatever its type), so it can be deleted exactly. */
  key: unknown;
  /** The rules it breaks, `field: rule`, separated by "; ". */
  rule: string;
  /**
   * Set when the record itself is valid but depends on a record that could not be read: the
   * unreadable record at the root of the chain (a pulse of a partnership that names a broken
   * organization is held back with that organization).
   */
  heldBackWith?: RecordRef;
  /** The record exactly as found. */
  record: unknown;
}

/** Records as found, per collection (a collection that is absent counts as empty). */
export type FoundCollections = { readonly [K in CollectionName]?: readonly unknown[] };

export interface Partition {
  /** The valid records (normalised by their schema), in the order found. */
  records: ReturnType<typeof emptyCollections>;
  /** The records left out, parents before the records that depend on them. */
  quarantined: QuarantinedRecord[];
}

/** The collection each reference field points at, in the singular, for messages. */
const SINGULAR: Partial<Record<CollectionName, string>> = {
  organizations: 'organization',
  partnerships: 'partnership',
  goals: 'goal',
};

/** The id of a record as found, as text for people and for matching references. */
function idText(key: unknown): string {
  if (typeof key === 'string') return key;
  if (typeof key === 'number') return String(key);
  if (key === undefined || key === null) return '(no id)';
  return JSON.stringify(key) ?? String(key);
}

/** `field: rule; field: rule` for the issues of one record. */
function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map(fieldRule).join('; ');
}

function keyOf(record: unknown): unknown {
  return typeof record === 'object' && record !== null
    ? (record as { id?: unknown }).id
    : undefined;
}

/**
 * The state of one partition run: the records accepted (as the Lookup references resolve
 * against) and those left out, by id.
 */
class PartitionRun implements Lookup {
  readonly records = emptyCollections();
  readonly quarantined: QuarantinedRecord[] = [];
  /** Left-out ids per collection, each with the root record it is left out with. */
  private readonly leftOut = new Map<CollectionName, Map<string, RecordRef>>();
  readonly organizationIds = new Set<string>();
  readonly partnerships = new Map<string, Partnership>();
  readonly goalIds = new Set<string>();
  /** The first accepted name for each nameKey. */
  readonly organizationNames = new Map<string, string>();

  leaveOut(
    collection: CollectionName,
    record: unknown,
    rule: string,
    heldBackWith?: RecordRef,
  ): void {
    const key = keyOf(record);
    const id = idText(key);
    const entry: QuarantinedRecord = { collection, id, key, rule, record };
    if (heldBackWith) entry.heldBackWith = heldBackWith;
    this.quarantined.push(entry);
    let ids = this.leftOut.get(collection);
    if (ids === undefined) this.leftOut.set(collection, (ids = new Map()));
    // A record repeating an accepted id must not hide the accepted one's dependants.
    if (!this.isAccepted(collection, id)) ids.set(id, heldBackWith ?? { collection, id });
  }

  isAccepted(collection: CollectionName, id: string): boolean {
    if (collection === 'organizations') return this.organizationIds.has(id);
    if (collection === 'partnerships') return this.partnerships.has(id);
    if (collection === 'goals') return this.goalIds.has(id);
    return false;
  }

  /**
   * The first reference of `record` that misses because its target was left out: the field,
   * the target, and the root record it is left out with; null when none does.
   */
  leftOutReference<K extends CollectionName>(
    collection: K,
    record: CollectionRecords[K],
  ): { field: string; target: CollectionName; id: string; root: RecordRef } | null {
    const refs: [string, CollectionName, string][] =
      collection === 'partnerships'
        ? (record as Partnership).partyIds.map((id, i) => [`partyIds[${i}]`, 'organizations', id])
        : collection === 'goalUpdates'
          ? [['goalId', 'goals', (record as CollectionRecords['goalUpdates']).goalId]]
          : [
              [
                'partnershipId',
                'partnerships',
                (record as { partnershipId: string }).partnershipId,
              ],
            ];
    for (const [field, target, id] of refs) {
      if (this.isAccepted(target, id)) continue;
      const root = this.leftOut.get(target)?.get(id);
      return root === undefined ? null : { field, target, id, root };
    }
    return null;
  }
}

/** A broken dependency of a valid record: the field, why, and the left-out record it needs. */
interface DependencyProblem {
  field: string;
  rule: string;
  heldBackWith?: RecordRef;
}

/**
 * Why a valid `record` cannot be used with the records accepted so far, or null: the dataset
 * rules (checkReferences, nameKey), plus the root record when a reference misses because its
 * target was left out.
 */
function dependencyProblem<K extends CollectionName>(
  run: PartitionRun,
  collection: K,
  record: CollectionRecords[K],
): DependencyProblem | null {
  if (collection === 'organizations') {
    const first = run.organizationNames.get(nameKey((record as Organization).name));
    if (first === undefined) return null;
    return {
      field: 'name',
      rule: `repeats the name of organization ${JSON.stringify(first)}; names must be unique, ignoring case`,
    };
  }
  const problems: DependencyProblem[] = [];
  checkReferences(collection, record, run, (field, rule) => problems.push({ field, rule }));
  if (problems.length === 0) return null;
  const missing = run.leftOutReference(collection, record);
  if (missing === null) return problems[0]!;
  return {
    field: missing.field,
    rule: `the ${SINGULAR[missing.target]} ${JSON.stringify(missing.id)} could not be read`,
    heldBackWith: missing.root,
  };
}

function accept<K extends CollectionName>(
  run: PartitionRun,
  collection: K,
  record: CollectionRecords[K],
): void {
  (run.records[collection] as CollectionRecords[K][]).push(record);
  if (collection === 'organizations') {
    const org = record as Organization;
    run.organizationIds.add(org.id);
    run.organizationNames.set(nameKey(org.name), org.name);
  } else if (collection === 'partnerships') {
    run.partnerships.set(record.id, record as Partnership);
  } else if (collection === 'goals') {
    run.goalIds.add(record.id);
  }
}

function partitionCollection<K extends CollectionName>(
  run: PartitionRun,
  collection: K,
  found: readonly unknown[],
  refuse: (record: unknown) => string | null,
): void {
  const seen = new Set<string>();
  for (const value of found) {
    const refused = refuse(value);
    if (refused !== null) {
      run.leaveOut(collection, value, refused);
      continue;
    }
    const checked = validateRecord(collection, value);
    if (!checked.ok) {
      run.leaveOut(collection, value, describeIssues(checked.issues));
      continue;
    }
    const record = checked.value;
    if (seen.has(record.id)) {
      run.leaveOut(
        collection,
        value,
        'id: repeats the id of an earlier record; ids must be unique',
      );
      continue;
    }
    seen.add(record.id);
    const problem = dependencyProblem(run, collection, record);
    if (problem) {
      run.leaveOut(collection, value, fieldRule(problem), problem.heldBackWith);
      continue;
    }
    accept(run, collection, record);
  }
}

/**
 * Splits records as found into the valid ones (normalised) and those left out: each record is
 * checked against its schema, then against the records accepted before it (ids unique,
 * organization names unique ignoring case, references resolving). A valid record whose reference
 * points at a left-out record is held back with it, so what is kept always passes checkDataset.
 * `refuse` gives the rule a record breaks before its schema is even checked (a backup's reserved
 * keys), or null. Pure: the input is not changed.
 */
export function partitionRecords(
  found: FoundCollections,
  refuse: (record: unknown) => string | null = () => null,
): Partition {
  const run = new PartitionRun();
  // COLLECTIONS lists parents first, so each reference meets a finished collection.
  for (const collection of COLLECTIONS) {
    const list = found[collection];
    if (list !== undefined) partitionCollection(run, collection, list, refuse);
  }
  return { records: run.records, quarantined: run.quarantined };
}

/**
 * The settings in a stored row (or a backup's settings object), or the defaults when it breaks
 * the schema, with the row itself listed as left out. `row` may carry the row key (ignored).
 */
export function settingsOrDefaults(
  row: unknown,
  key: unknown = 'settings',
): { settings: Settings; quarantined: QuarantinedRecord | null } {
  const checked = validateSettings(row);
  if (checked.ok) return { settings: checked.value, quarantined: null };
  const defaults = validateSettings(undefined);
  if (!defaults.ok) throw new Error('The default settings break their own schema.');
  return {
    settings: defaults.value,
    quarantined: {
      collection: 'settings',
      id: idText(key),
      key,
      rule: describeIssues(checked.issues),
      record: row,
    },
  };
}

/** How many records are held back with each left-out record, keyed by `collection/id`. */
export function heldBackCounts(quarantined: readonly QuarantinedRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of quarantined) {
    if (entry.heldBackWith === undefined) continue;
    const root = refKey(entry.heldBackWith);
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  return counts;
}

/** The key of a record reference in heldBackCounts. */
export function refKey(ref: RecordRef): string {
  return `${ref.collection}/${ref.id}`;
}
