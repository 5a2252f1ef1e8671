// The partnership form's state (what the user typed, kept as typed) and its conversion to a
// record, checked with the data model's own rules so the form and the repository agree.
import { checkCandidate } from '../../../../core/data/candidate-check';
import type { ValidationIssue } from '../../../../core/data/validation-issue';
import type {
  IsoDate,
  Organization,
  Partnership,
  PartnershipStatus,
} from '../../../../core/domain/types';

export interface PartnershipDraft {
  name: string;
  purpose: string;
  partyIds: string[];
  /** Agreed share per party as typed; '' means not given. */
  shares: Record<string, number | ''>;
  status: PartnershipStatus;
  startDate: string;
  endDate: string;
  owner: string;
  tags: string[];
  checkInCadenceDays: number | '';
  reviewCadenceDays: number | '';
}

export type DraftField = keyof PartnershipDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

/** The form's labels; error messages use them so the user recognises the field. */
export const FIELD_LABELS: Record<DraftField, string> = {
  name: 'Name',
  purpose: 'Purpose',
  partyIds: 'Parties',
  shares: 'Agreed shares',
  status: 'Status',
  startDate: 'Start date',
  endDate: 'End date',
  owner: 'Owner',
  tags: 'Tags',
  checkInCadenceDays: 'Check-in cadence (days)',
  reviewCadenceDays: 'Review cadence (days)',
};

const RECORD_FIELD_TO_DRAFT: Record<string, DraftField> = {
  name: 'name',
  purpose: 'purpose',
  partyIds: 'partyIds',
  partyShares: 'shares',
  status: 'status',
  startDate: 'startDate',
  endDate: 'endDate',
  owner: 'owner',
  tags: 'tags',
  checkInCadenceDays: 'checkInCadenceDays',
  reviewCadenceDays: 'reviewCadenceDays',
};

/** A new partnership's draft: starts today, with the parties used last time (when still there). */
export function newDraft(today: IsoDate, lastPartyIds: string[] = []): PartnershipDraft {
  return {
    name: '',
    purpose: '',
    partyIds: [...lastPartyIds],
    shares: {},
    status: 'forming',
    startDate: today,
    endDate: '',
    owner: '',
    tags: [],
    checkInCadenceDays: 14,
    reviewCadenceDays: 90,
  };
}

/** The draft of an existing partnership, for editing. */
export function draftFromPartnership(p: Partnership): PartnershipDraft {
  const shares: Record<string, number | ''> = {};
  for (const id of p.partyIds) shares[id] = p.partyShares?.[id] ?? '';
  return {
    name: p.name,
    purpose: p.purpose ?? '',
    partyIds: [...p.partyIds],
    shares,
    status: p.status,
    startDate: p.startDate,
    endDate: p.endDate ?? '',
    owner: p.owner ?? '',
    tags: [...p.tags],
    checkInCadenceDays: p.checkInCadenceDays,
    reviewCadenceDays: p.reviewCadenceDays,
  };
}

/** The record the draft stands for (timestamps are set by the repository). */
export function draftToPartnership(
  draft: PartnershipDraft,
  id: string,
): Omit<Partnership, 'createdAt' | 'updatedAt'> {
  const shares: Record<string, number> = {};
  for (const partyId of draft.partyIds) {
    const share = draft.shares[partyId];
    if (typeof share === 'number') shares[partyId] = share;
  }
  const blankToNull = (text: string) => (text.trim() === '' ? null : text);
  return {
    id,
    name: draft.name,
    purpose: blankToNull(draft.purpose),
    partyIds: draft.partyIds,
    partyShares: Object.keys(shares).length > 0 ? shares : null,
    status: draft.status,
    startDate: draft.startDate,
    endDate: blankToNull(draft.endDate),
    owner: blankToNull(draft.owner),
    tags: draft.tags,
    checkInCadenceDays: draft.checkInCadenceDays as number,
    reviewCadenceDays: draft.reviewCadenceDays as number,
  };
}

/** Rewrites a data-model rule in the form's words (field names become their labels). */
function wordRule(field: DraftField, issue: ValidationIssue): string {
  if (field === 'partyIds' && /at least 2/.test(issue.rule)) {
    return 'A partnership needs at least two different parties. Choose another organization or create one.';
  }
  if (field === 'partyIds' && issue.field.includes('[') && /repeats/.test(issue.rule)) {
    return 'Each party can be chosen only once: a partnership needs at least two different parties.';
  }
  let rule = issue.rule;
  for (const [recordField, draftField] of Object.entries(RECORD_FIELD_TO_DRAFT)) {
    rule = rule.replaceAll(
      new RegExp(`\\b${recordField}\\b`, 'g'),
      `the ${FIELD_LABELS[draftField].toLowerCase()}`,
    );
  }
  return `${FIELD_LABELS[field]} ${rule}.`;
}

/**
 * Every broken rule of the draft, one message per field, using the data model's validators.
 * `others` are the stored organizations and partnerships the record is checked against.
 */
export function draftErrors(
  draft: PartnershipDraft,
  id: string,
  others: { organizations: Organization[]; partnerships: Partnership[] },
): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.name.trim() === '') errors.name = 'Name is required: give the partnership a name.';
  for (const field of ['checkInCadenceDays', 'reviewCadenceDays'] as const) {
    if (draft[field] === '') errors[field] = `${FIELD_LABELS[field]} is required.`;
  }
  const stamp = '2000-01-01T00:00:00Z';
  const candidate = { ...draftToPartnership(draft, id), createdAt: stamp, updatedAt: stamp };
  for (const issue of checkCandidate('partnerships', candidate, others)) {
    const field = RECORD_FIELD_TO_DRAFT[issue.field.split(/[.[]/)[0] ?? ''];
    if (field && errors[field] === undefined) errors[field] = wordRule(field, issue);
  }
  return errors;
}
