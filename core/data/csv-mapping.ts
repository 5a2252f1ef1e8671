// The fields a CSV import fills for each importable collection, and the first guess of which
// column holds which field, from header names and a small table of synonyms and survey wording.

import { PULSE_ITEMS } from '../domain/types';
import type { PulseItem } from '../domain/types';

/** The collections that can be imported from CSV (interactions are the app's check-ins). */
export type ImportKind = 'pulses' | 'interactions' | 'goalUpdates';
export const IMPORT_KINDS: readonly ImportKind[] = ['pulses', 'interactions', 'goalUpdates'];

export interface ImportFieldSpec {
  field: string;
  /** Whether every row needs it (partnership may instead be given for the whole file). */
  required: boolean;
  /** Normalised header names that mean this field, in order of preference. */
  names: readonly string[];
  /** Normalised fragments of survey questions that mean this field. */
  phrases?: readonly string[];
}

const PARTNERSHIP: ImportFieldSpec = {
  field: 'partnership',
  required: true,
  names: ['partnershipid', 'partnership', 'partnershipname'],
};

const RATING_WORDING: Record<PulseItem, { names: string[]; phrases: string[] }> = {
  reliability: { names: ['reliability'], phrases: ['followsthrough', 'commitsto'] },
  openness: { names: ['openness'], phrases: ['opentodiscussion', 'honestfeedback'] },
  sharedMission: { names: ['sharedmission', 'mission'], phrases: ['mission'] },
  respect: { names: ['respect'], phrases: ['respects'] },
  fairness: { names: ['fairness'], phrases: ['fairshare'] },
  benefit: { names: ['benefit'], phrases: ['benefitsfrom'] },
  communication: { names: ['communication'], phrases: ['twoway', 'communicationis'] },
  flexibility: { names: ['flexibility', 'adaptability'], phrases: ['adapts', 'planschange'] },
};

/** The target fields of each importable collection, in the order a mapping screen shows them. */
export const IMPORT_FIELDS: { readonly [K in ImportKind]: readonly ImportFieldSpec[] } = {
  pulses: [
    PARTNERSHIP,
    {
      field: 'party',
      required: true,
      names: ['partyid', 'party', 'organization', 'organisation', 'org', 'organizationname'],
      phrases: ['yourorganization', 'yourorganisation'],
    },
    { field: 'date', required: true, names: ['date', 'timestamp', 'submittedat', 'responsedate'] },
    { field: 'respondent', required: false, names: ['respondent', 'respondentname', 'yourname'] },
    ...PULSE_ITEMS.map((item) => ({ field: item, required: false, ...RATING_WORDING[item] })),
    {
      field: 'comment',
      required: false,
      names: ['comment', 'comments', 'remarks', 'feedback', 'notes'],
      phrases: ['anythingelse'],
    },
  ],
  interactions: [
    PARTNERSHIP,
    { field: 'date', required: true, names: ['date', 'timestamp', 'meetingdate'] },
    { field: 'kind', required: true, names: ['kind', 'type', 'channel'] },
    {
      field: 'initiator',
      required: false,
      names: ['initiatorpartyid', 'initiator', 'initiatedby', 'initiatorparty'],
    },
    { field: 'participants', required: false, names: ['participants', 'attendees', 'people'] },
    { field: 'quality', required: false, names: ['quality', 'rating'] },
    { field: 'summary', required: false, names: ['summary', 'notes', 'minutes', 'outcome'] },
  ],
  goalUpdates: [
    { ...PARTNERSHIP, required: false },
    { field: 'goal', required: true, names: ['goalid', 'goal', 'goaltitle', 'objective'] },
    { field: 'date', required: true, names: ['date', 'timestamp', 'measuredon'] },
    { field: 'value', required: true, names: ['value', 'measuredvalue', 'actual', 'result'] },
    { field: 'confidence', required: false, names: ['confidence'] },
    { field: 'note', required: false, names: ['note', 'notes', 'comment', 'comments'] },
  ],
};

/** Which column (0-based index into the header) fills each field; null or absent = not imported. */
export type CsvMapping = Record<string, number | null | undefined>;

/** A header name reduced to lower-case letters and digits, accents removed: "Organisation ID" → "organisationid". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Guesses the mapping of `kind`'s fields to the columns of `header`: exact names and synonyms
 * first, then survey question wording ("…follows through…" → reliability). Each column is used
 * at most once; fields without a match are null. The caller lets the user correct the result.
 */
export function suggestMapping(kind: ImportKind, header: readonly string[]): CsvMapping {
  const keys = header.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: CsvMapping = {};
  const take = (field: string, match: (key: string) => boolean) => {
    const index = keys.findIndex((key, i) => !used.has(i) && key !== '' && match(key));
    if (index < 0) return false;
    used.add(index);
    mapping[field] = index;
    return true;
  };
  const specs = IMPORT_FIELDS[kind];
  for (const spec of specs) {
    mapping[spec.field] = null;
    for (const name of spec.names) if (take(spec.field, (key) => key === name)) break;
  }
  for (const spec of specs) {
    if (mapping[spec.field] !== null) continue;
    for (const phrase of spec.phrases ?? []) {
      if (take(spec.field, (key) => key.includes(phrase))) break;
    }
  }
  return mapping;
}
