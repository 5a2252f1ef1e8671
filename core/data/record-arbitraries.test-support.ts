// fast-check arbitraries of valid records, one per collection, with Unicode-rich text, for the
// property tests of the schemas and the backup round trip.

import fc from 'fast-check';
import { fromDayNumber } from '../domain/dates';
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
import type { CollectionName } from '../domain/types';
import { characterCount, RESERVED_KEYS } from './value-rules';

/** Texts that must survive unchanged: emoji (with ZWJ and flags), right-to-left, combining marks. */
export const TRICKY_TEXTS = [
  'Ünïcødé 👩🏽‍💻 team 🇪🇺',
  'شراكة الغذاء',
  'שותפות',
  'e\u0301 a\u0308 ñ',
  '\u202Emixed\u202C ltr',
  '<img src=x onerror=alert(1)>',
  '=SUM(A1)',
  'line one\nline two\ttab',
];

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Any well-formed text: graphemes (multi-code-point too), raw code points, and the tricky set. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...TRICKY_TEXTS),
);

const nonBlank = (arb: fc.Arbitrary<string>) => arb.filter((s) => s.trim() !== '');
export const nameArb = nonBlank(textArb).filter((s) => characterCount(s) <= 200);
// Valid ids never take a reserved name: the schema refuses them (see reservedIdRule), and the
// schema tests cover that refusal.
export const idArb = nonBlank(
  fc.oneof(fc.uuid(), fc.string({ unit: 'binary', minLength: 1, maxLength: 12 })),
).filter((s) => !RESERVED_KEYS.has(s));
const dayArb = fc.integer({ min: 0, max: 40_000 });
export const dateArb = dayArb.map(fromDayNumber);
const timestampArb = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2090-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const ratingArb = fc.constantFrom(1, 2, 3, 4, 5);
/** Finite doubles without -0 (JSON writes -0 as 0). */
const finiteArb = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x || 0);
const positiveArb = fc.double({ min: 1e-9, max: 1e12, noNaN: true });

const actionArb = fc.record(
  { text: nameArb, ownerPartyId: opt(idArb), dueDate: opt(dateArb), done: fc.boolean() },
  { requiredKeys: ['text', 'done'] },
);

const partnershipArb = fc
  .record({
    id: idArb,
    name: nameArb,
    purpose: opt(textArb),
    partyIds: fc.uniqueArray(idArb, { minLength: 2, maxLength: 5 }),
    shareValues: fc.array(positiveArb, { minLength: 1, maxLength: 5 }),
    withShares: fc.boolean(),
    status: fc.constantFrom(...PARTNERSHIP_STATUSES),
    start: dayArb,
    length: opt(fc.integer({ min: 0, max: 3000 })),
    owner: opt(textArb),
    tags: fc.array(nameArb, { maxLength: 4 }),
    checkInCadenceDays: fc.integer({ min: 1, max: 365 }),
    reviewCadenceDays: fc.integer({ min: 7, max: 730 }),
    createdAt: timestampArb,
    updatedAt: timestampArb,
  })
  .map(({ shareValues, withShares, start, length, ...p }) => ({
    ...p,
    partyShares: withShares
      ? Object.fromEntries(
          p.partyIds.slice(0, shareValues.length).map((id, i) => [id, shareValues[i]!]),
        )
      : undefined,
    startDate: fromDayNumber(start),
    endDate: length === undefined ? undefined : fromDayNumber(start + length),
  }));

const goalArb = fc
  .record({
    id: idArb,
    partnershipId: idArb,
    title: nameArb,
    description: opt(textArb),
    unit: opt(textArb),
    baseline: finiteArb,
    target: finiteArb,
    start: dayArb,
    length: fc.integer({ min: 1, max: 3000 }),
    weight: positiveArb,
    ownerPartyIds: fc.uniqueArray(idArb, { maxLength: 3 }),
    status: fc.constantFrom(...GOAL_STATUSES),
    statusDate: dateArb,
  })
  .filter((g) => g.baseline !== g.target)
  .map(({ start, length, statusDate, ...g }) => ({
    ...g,
    startDate: fromDayNumber(start),
    dueDate: fromDayNumber(start + length),
    statusDate: g.status === 'active' ? undefined : statusDate,
  }));

const frictionArb = fc
  .record({
    id: idArb,
    partnershipId: idArb,
    title: nameArb,
    category: fc.constantFrom(...FRICTION_CATEGORIES),
    severity: fc.constantFrom(...FRICTION_SEVERITIES),
    opened: dayArb,
    resolvedAfter: opt(fc.integer({ min: 0, max: 1000 })),
    notes: opt(textArb),
  })
  .map(({ opened, resolvedAfter, ...f }) => ({
    ...f,
    openedDate: fromDayNumber(opened),
    resolvedDate: resolvedAfter === undefined ? undefined : fromDayNumber(opened + resolvedAfter),
  }));

/** One arbitrary of valid records per collection (optional fields absent or given). */
export const VALID_RECORD_ARBITRARIES: {
  [K in CollectionName]: fc.Arbitrary<Record<string, unknown>>;
} = {
  organizations: fc.record(
    { id: idArb, name: nameArb, kind: fc.constantFrom(...ORGANIZATION_KINDS), notes: opt(textArb) },
    { requiredKeys: ['id', 'name', 'kind'] },
  ),
  partnerships: partnershipArb,
  pulses: fc.record({
    id: idArb,
    partnershipId: idArb,
    date: dateArb,
    partyId: idArb,
    respondent: opt(textArb),
    scores: fc.record(Object.fromEntries(PULSE_ITEMS.map((item) => [item, ratingArb])), {
      requiredKeys: [],
    }),
    comment: opt(textArb),
  }),
  interactions: fc.record({
    id: idArb,
    partnershipId: idArb,
    date: dateArb,
    kind: fc.constantFrom(...INTERACTION_KINDS),
    initiatorPartyId: opt(idArb),
    participants: opt(fc.array(nameArb, { maxLength: 4 })),
    quality: opt(ratingArb),
    summary: opt(textArb),
    followUps: opt(fc.array(actionArb, { maxLength: 3 })),
  }),
  goals: goalArb,
  goalUpdates: fc.record({
    id: idArb,
    goalId: idArb,
    date: dateArb,
    value: finiteArb,
    confidence: opt(fc.constantFrom(...GOAL_CONFIDENCES)),
    note: opt(textArb),
  }),
  contributions: fc.record({
    id: idArb,
    partnershipId: idArb,
    date: dateArb,
    partyId: idArb,
    kind: fc.constantFrom(...CONTRIBUTION_KINDS),
    value: fc.double({ min: 0, max: 1e12, noNaN: true }).map((x) => x || 0),
    description: opt(textArb),
  }),
  frictions: frictionArb,
  reviews: fc.record({
    id: idArb,
    partnershipId: idArb,
    date: dateArb,
    wentWell: opt(textArb),
    toImprove: opt(textArb),
    actions: opt(fc.array(actionArb, { maxLength: 3 })),
  }),
  milestones: fc.record({
    id: idArb,
    partnershipId: idArb,
    date: dateArb,
    title: nameArb,
    description: opt(textArb),
    celebrated: fc.boolean(),
  }),
};

/** Drops the keys whose value is undefined, as JSON and the schemas do. */
export function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}
