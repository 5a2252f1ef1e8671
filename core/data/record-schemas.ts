// One schema per collection of the data model: checks an untrusted value field by field and
// returns the normalised record (defaults applied, unknown fields dropped) that gets stored.

import { daysBetween } from '../domain/dates';
import {
  CONTRIBUTION_KINDS,
  FRICTION_CATEGORIES,
  FRICTION_SEVERITIES,
  GOAL_CONFIDENCES,
  GOAL_STATUSES,
  INTERACTION_KINDS,
  ORGANIZATION_KINDS,
  PARTNERSHIP_STATUSES,
  PULSE_ITEMS,
} from '../domain/types';
import type {
  ActionItem,
  CollectionName,
  CollectionRecords,
  Contribution,
  Friction,
  Goal,
  GoalUpdate,
  Interaction,
  Milestone,
  Organization,
  Partnership,
  Pulse,
  PulseScores,
  Review,
} from '../domain/types';
import { FieldReader } from './field-reader';
import { compact } from './value-rules';
import type { ValidationIssue } from './validation-issue';

export { validateSettings } from './settings-schema';

/** Outcome of validating one value: the record to store, or every rule it breaks. */
export type RecordResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const NAME = { nonBlank: true, max: 200 };

function organization(r: FieldReader): Organization {
  return compact({
    id: r.id(),
    name: r.text('name', NAME),
    kind: r.oneOf('kind', ORGANIZATION_KINDS, 'other'),
    notes: r.optionalText('notes'),
  });
}

function partnership(r: FieldReader): Partnership {
  const partyIds = r.idList('partyIds', { unique: true, minItems: 2 });
  const startDate = r.date('startDate');
  const endDate = r.optionalDate('endDate');
  if (startDate && endDate && daysBetween(startDate, endDate) < 0) {
    r.fail('endDate', `must be on or after startDate (${startDate}), got ${endDate}`);
  }
  return compact({
    id: r.id(),
    name: r.text('name', NAME),
    purpose: r.optionalText('purpose'),
    partyIds,
    partyShares: partyShares(r, partyIds),
    status: r.oneOf('status', PARTNERSHIP_STATUSES),
    startDate,
    endDate,
    owner: r.optionalText('owner'),
    tags: r.textList('tags', {}, []),
    checkInCadenceDays: r.number('checkInCadenceDays', { integer: true, min: 1, max: 365 }, 14),
    reviewCadenceDays: r.number('reviewCadenceDays', { integer: true, min: 7, max: 730 }, 90),
    createdAt: r.timestamp('createdAt'),
    updatedAt: r.timestamp('updatedAt'),
  });
}

/** Agreed shares: keys among the parties, values > 0; an empty object means equal shares. */
function partyShares(r: FieldReader, partyIds: string[]): Record<string, number> | undefined {
  const shares = r.child('partyShares');
  if (shares === undefined) return undefined;
  const entries: [string, number][] = [];
  for (const key of shares.keys()) {
    if (!partyIds.includes(key)) {
      shares.fail(key, `must be one of the partnership's partyIds (${partyIds.join(', ')})`);
    }
    const value = shares.optionalNumber(key, { above: 0 }, true);
    if (value !== undefined) entries.push([key, value]);
  }
  // Keys are party ids, which never take a reserved name (see RESERVED_KEYS).
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

function pulse(r: FieldReader): Pulse {
  const scoresReader = r.child('scores', true);
  const scores: PulseScores = {};
  if (scoresReader) {
    for (const item of PULSE_ITEMS) {
      const rating = scoresReader.rating(item);
      if (rating !== undefined) scores[item] = rating;
    }
  }
  return compact({
    id: r.id(),
    partnershipId: r.id('partnershipId'),
    date: r.date('date'),
    partyId: r.id('partyId'),
    respondent: r.optionalText('respondent'),
    scores,
    comment: r.optionalText('comment'),
  });
}

/** A list of action items (follow-ups of an interaction, actions of a review). */
function actionItems(r: FieldReader, field: string): ActionItem[] | undefined {
  const items = r.optionalList(field);
  if (items === undefined) return undefined;
  const out: ActionItem[] = [];
  items.forEach((item, i) => {
    const a = FieldReader.of(item, (path, rule) => r.fail(path, rule), `${field}[${i}]`);
    if (a === null) return;
    out.push(
      compact({
        text: a.text('text', { nonBlank: true }),
        ownerPartyId: a.optionalId('ownerPartyId'),
        dueDate: a.optionalDate('dueDate'),
        done: a.boolean('done'),
      }),
    );
  });
  return out;
}

function interaction(r: FieldReader): Interaction {
  return compact({
    id: r.id(),
    partnershipId: r.id('partnershipId'),
    date: r.date('date'),
    kind: r.oneOf('kind', INTERACTION_KINDS),
    initiatorPartyId: r.optionalId('initiatorPartyId'),
    participants: r.optionalTextList('participants'),
    quality: r.rating('quality'),
    summary: r.optionalText('summary'),
    followUps: actionItems(r, 'followUps'),
  });
}

function goal(r: FieldReader): Goal {
  const baseline = r.number('baseline');
  const target = r.number('target');
  if (r.raw('baseline') === r.raw('target') && typeof r.raw('target') === 'number') {
    r.fail('target', `must differ from baseline (both are ${target})`);
  }
  const startDate = r.date('startDate');
  const dueDate = r.date('dueDate');
  if (startDate && dueDate && daysBetween(startDate, dueDate) <= 0) {
    r.fail('dueDate', `must be after startDate (${startDate}), got ${dueDate}`);
  }
  const status = r.oneOf('status', GOAL_STATUSES);
  const statusDate = r.optionalDate('statusDate');
  if (statusDate === undefined && r.raw('statusDate') === undefined && status !== 'active') {
    r.fail('statusDate', `is required when status is ${status} (the date it was ${status})`);
  }
  return compact({
    id: r.id(),
    partnershipId: r.id('partnershipId'),
    title: r.text('title', { nonBlank: true, max: 300 }),
    description: r.optionalText('description'),
    unit: r.optionalText('unit'),
    baseline,
    target,
    startDate,
    dueDate,
    weight: r.number('weight', { above: 0 }, 1),
    ownerPartyIds: r.idList('ownerPartyIds', { unique: true }),
    status,
    statusDate,
  });
}

function goalUpdate(r: FieldReader): GoalUpdate {
  return compact({
    id: r.id(),
    goalId: r.id('goalId'),
    date: r.date('date'),
    value: r.number('value'),
    confidence: r.optionalOneOf('confidence', GOAL_CONFIDENCES),
    note: r.optionalText('note'),
  });
}

function contribution(r: FieldReader): Contribution {
  return compact({
    id: r.id(),
    partnershipId: r.id('partnershipId'),
    date: r.date('date'),
    partyId: r.id('partyId'),
    kind: r.oneOf('kind', CONTRIBUTION_KINDS),
    value: r.number('value', { min: 0 }),
    description: r.optionalText('description'),
  });
}

function friction(r: FieldReader): Friction {
  const openedDate = r.date('openedDate');
  const resolvedDate = r.optionalDate('resolvedDate');
  if (openedDate && resolvedDate && daysBetween(openedDate, resolvedDate) < 0) {
    r.fail('resolvedDate', `must be on or after openedDate (${openedDate}), got ${resolvedDate}`);
  }
  return compact({
    id: r.id(),
    partnershipId: r.id('partnershipId'),
    title: r.text('title', { nonBlank: true }),
    category: r.oneOf('category', FRICTION_CATEGORIES),
    severity: r.oneOf('severity', FRICTION_SEVERITIES),
    openedDate,
    resolvedDate,
    notes: r.optionalText('notes'),
  });
}

function review(r: FieldReader): Review {
  return compact({
    id: r.id(),
    partnershipId: r.id('partnershipId'),
    date: r.date('date'),
    wentWell: r.optionalText('wentWell'),
    toImprove: r.optionalText('toImprove'),
    actions: actionItems(r, 'actions'),
  });
}

function milestone(r: FieldReader): Milestone {
  return compact({
    id: r.id(),
    partnershipId: r.id('partnershipId'),
    date: r.date('date'),
    title: r.text('title', { nonBlank: true }),
    description: r.optionalText('description'),
    celebrated: r.boolean('celebrated'),
  });
}

const SCHEMAS: { [K in CollectionName]: (r: FieldReader) => CollectionRecords[K] } = {
  organizations: organization,
  partnerships: partnership,
  pulses: pulse,
  interactions: interaction,
  goals: goal,
  goalUpdates: goalUpdate,
  contributions: contribution,
  frictions: friction,
  reviews: review,
  milestones: milestone,
};

/**
 * Validates one record of `collection`. On success returns the normalised record to store
 * (defaults applied, null optionals and unknown fields dropped); otherwise every broken rule,
 * each naming the record by `index` (when given) and id.
 */
export function validateRecord<K extends CollectionName>(
  collection: K,
  value: unknown,
  index?: number,
): RecordResult<CollectionRecords[K]> {
  const issues: ValidationIssue[] = [];
  const id =
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : undefined;
  const report = (field: string, rule: string) => {
    const issue: ValidationIssue = { collection, field, rule };
    if (index !== undefined) issue.index = index;
    if (id !== undefined) issue.recordId = id;
    issues.push(issue);
  };
  const reader = FieldReader.of(value, report);
  if (reader === null) return { ok: false, issues };
  const record = SCHEMAS[collection](reader);
  return issues.length === 0 ? { ok: true, value: record } : { ok: false, issues };
}
