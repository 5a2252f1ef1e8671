// Rules that span records: unique ids and organization names, and every reference resolving
// (organizations, partnerships and their parties, goals). Used on whole files and on single edits.

import type {
  ActionItem,
  CollectionName,
  CollectionRecords,
  Goal,
  Organization,
  Partnership,
} from '../domain/types';
import { COLLECTIONS } from '../domain/types';
import type { ValidationIssue } from './validation-issue';

/** The record collections of a data set (a `Dataset` fits; settings are not needed here). */
export type DatasetRecords = { readonly [K in CollectionName]: readonly CollectionRecords[K][] };

type AnyRecord = CollectionRecords[CollectionName];
export type Report = (field: string, rule: string) => void;

/** What references resolve against: usable organizations, partnerships and goals by id. */
export interface Lookup {
  organizationIds: ReadonlySet<string>;
  partnerships: ReadonlyMap<string, Partnership>;
  goalIds: ReadonlySet<string>;
}

function reporter(
  issues: ValidationIssue[],
  collection: CollectionName,
  record: AnyRecord,
  index?: number,
): Report {
  return (field, rule) => {
    const issue: ValidationIssue = { collection, recordId: record.id, field, rule };
    if (index !== undefined) issue.index = index;
    issues.push(issue);
  };
}

/** Lower-cased, trimmed name: organization names must differ beyond case and outer spaces. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Checks one record's outgoing references against `lookup`, reporting each that misses. */
export function checkReferences(
  collection: CollectionName,
  record: AnyRecord,
  lookup: Lookup,
  report: Report,
): void {
  if (collection === 'organizations') return;
  if (collection === 'partnerships') {
    (record as Partnership).partyIds.forEach((orgId, i) => {
      if (!lookup.organizationIds.has(orgId)) {
        report(`partyIds[${i}]`, `${JSON.stringify(orgId)} does not match any organization`);
      }
    });
    return;
  }
  if (collection === 'goalUpdates') {
    const { goalId } = record as CollectionRecords['goalUpdates'];
    if (!lookup.goalIds.has(goalId))
      report('goalId', `${JSON.stringify(goalId)} does not match any goal`);
    return;
  }
  const { partnershipId } = record as { partnershipId: string };
  const partnership = lookup.partnerships.get(partnershipId);
  if (partnership === undefined) {
    report('partnershipId', `${JSON.stringify(partnershipId)} does not match any partnership`);
    return;
  }
  for (const [field, partyId] of partyReferences(collection, record)) {
    if (!partnership.partyIds.includes(partyId)) {
      report(
        field,
        `${JSON.stringify(partyId)} is not one of the parties of partnership ${JSON.stringify(partnershipId)} (${partnership.partyIds.join(', ')})`,
      );
    }
  }
}

/** Every [field path, organization id] a partnership child record names as one of the parties. */
export function partyReferences(collection: CollectionName, record: AnyRecord): [string, string][] {
  const refs: [string, string][] = [];
  const actions = (field: string, items: ActionItem[] | null | undefined) =>
    items?.forEach((item, i) => {
      if (item.ownerPartyId) refs.push([`${field}[${i}].ownerPartyId`, item.ownerPartyId]);
    });
  if (collection === 'pulses' || collection === 'contributions') {
    refs.push(['partyId', (record as { partyId: string }).partyId]);
  } else if (collection === 'interactions') {
    const interaction = record as CollectionRecords['interactions'];
    if (interaction.initiatorPartyId) refs.push(['initiatorPartyId', interaction.initiatorPartyId]);
    actions('followUps', interaction.followUps);
  } else if (collection === 'reviews') {
    actions('actions', (record as CollectionRecords['reviews']).actions);
  } else if (collection === 'goals') {
    (record as Goal).ownerPartyIds.forEach((id, i) => refs.push([`ownerPartyIds[${i}]`, id]));
  }
  return refs;
}

function buildLookup(dataset: DatasetRecords): Lookup {
  return {
    organizationIds: new Set(dataset.organizations.map((o) => o.id)),
    partnerships: new Map(dataset.partnerships.map((p) => [p.id, p])),
    goalIds: new Set(dataset.goals.map((g) => g.id)),
  };
}

/**
 * The cross-record rules of a whole data set of valid records: ids unique per collection,
 * organization names unique ignoring case, and every reference resolving. Returns all issues.
 */
export function checkDataset(dataset: DatasetRecords): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const lookup = buildLookup(dataset);
  for (const collection of COLLECTIONS) {
    const firstIndex = new Map<string, number>();
    dataset[collection].forEach((record: AnyRecord, index: number) => {
      const report = reporter(issues, collection, record, index);
      const seen = firstIndex.get(record.id);
      if (seen === undefined) firstIndex.set(record.id, index);
      else report('id', `repeats the id of ${collection}[${seen}]; ids must be unique`);
      checkReferences(collection, record, lookup, report);
    });
  }
  const names = new Map<string, number>();
  dataset.organizations.forEach((org, index) => {
    const seen = names.get(nameKey(org.name));
    if (seen === undefined) names.set(nameKey(org.name), index);
    else {
      reporter(
        issues,
        'organizations',
        org,
        index,
      )(
        'name',
        `repeats the name of organizations[${seen}] (${JSON.stringify(dataset.organizations[seen]!.name)}); names must be unique, ignoring case`,
      );
    }
  });
  return issues;
}

/** Checks one new or edited record against the data set a `recordChecker` was made for. */
export type RecordChecker = <K extends CollectionName>(
  collection: K,
  record: CollectionRecords[K],
) => ValidationIssue[];

/**
 * A check of new or edited (valid) records against `dataset` before they are stored; the
 * lookups of `dataset` are built once, so a loop over many records (an import) stays linear.
 * A record whose id already exists replaces that record, so ids are not checked for repeats.
 * Editing a partnership also checks that no existing record of it names a party it drops.
 */
export function recordChecker(dataset: DatasetRecords): RecordChecker {
  const lookup = buildLookup(dataset);
  return (collection, record) => {
    const issues: ValidationIssue[] = [];
    const report = reporter(issues, collection, record);
    checkReferences(collection, record, lookup, report);
    if (collection === 'organizations') {
      const org = record as Organization;
      const clash = dataset.organizations.find(
        (other) => other.id !== org.id && nameKey(other.name) === nameKey(org.name),
      );
      if (clash) {
        report(
          'name',
          `${JSON.stringify(clash.name)} already exists; names must be unique, ignoring case`,
        );
      }
    }
    if (collection === 'partnerships') checkDroppedParties(record as Partnership, dataset, report);
    return issues;
  };
}

/** Checks one new or edited (valid) record against `dataset`; see `recordChecker`. */
export function checkRecordInDataset<K extends CollectionName>(
  collection: K,
  record: CollectionRecords[K],
  dataset: DatasetRecords,
): ValidationIssue[] {
  return recordChecker(dataset)(collection, record);
}

const PARTNERSHIP_CHILDREN = [
  'pulses',
  'interactions',
  'goals',
  'contributions',
  'reviews',
] as const;

/** Refuses removing a party that records of the partnership still name. */
function checkDroppedParties(
  partnership: Partnership,
  dataset: DatasetRecords,
  report: Report,
): void {
  const uses = new Map<string, Map<string, number>>();
  for (const collection of PARTNERSHIP_CHILDREN) {
    for (const record of dataset[collection] as readonly AnyRecord[]) {
      if ((record as { partnershipId: string }).partnershipId !== partnership.id) continue;
      for (const [, partyId] of partyReferences(collection, record)) {
        if (partnership.partyIds.includes(partyId)) continue;
        const counts = uses.get(partyId) ?? new Map<string, number>();
        counts.set(collection, (counts.get(collection) ?? 0) + 1);
        uses.set(partyId, counts);
      }
    }
  }
  for (const [partyId, counts] of uses) {
    const list = [...counts].map(([collection, n]) => `${n} in ${collection}`).join(', ');
    report(
      'partyIds',
      `cannot leave out ${JSON.stringify(partyId)}: records of this partnership still name it (${list}); change or delete those first`,
    );
  }
}

/** The partnerships that name `orgId` among their parties (an organization in use cannot be deleted). */
export function usagesOfOrganization(
  orgId: string,
  dataset: Pick<DatasetRecords, 'partnerships'>,
): Partnership[] {
  return dataset.partnerships.filter((p) => p.partyIds.includes(orgId));
}
