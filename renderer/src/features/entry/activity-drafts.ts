// The forms for check-ins, contributions, frictions, reviews and wins: their state, defaults
// and conversions to and from the records they stand for.
import type {
  ContributionKind,
  Contribution,
  Friction,
  FrictionCategory,
  FrictionSeverity,
  Interaction,
  InteractionKind,
  IsoDate,
  Milestone,
  Rating,
  Review,
} from '../../../../core/domain/types';
import {
  actionItemDrafts,
  actionItemsFromDrafts,
  numberValue,
  optionalText,
  requiredText,
  textOf,
  type ActionItemDraft,
  type NumberDraft,
} from './draft-values';

export interface CheckInDraft {
  date: string;
  kind: InteractionKind;
  initiatorPartyId: string;
  participants: string[];
  quality: Rating | null;
  summary: string;
  followUps: ActionItemDraft[];
}

export function newCheckInDraft(today: IsoDate, initiatorPartyId: string): CheckInDraft {
  return {
    date: today,
    kind: 'meeting',
    initiatorPartyId,
    participants: [],
    quality: null,
    summary: '',
    followUps: [],
  };
}

export function checkInDraftFromRecord(r: Interaction): CheckInDraft {
  return {
    date: r.date,
    kind: r.kind,
    initiatorPartyId: textOf(r.initiatorPartyId),
    participants: [...(r.participants ?? [])],
    quality: r.quality ?? null,
    summary: textOf(r.summary),
    followUps: actionItemDrafts(r.followUps),
  };
}

export function checkInFromDraft(d: CheckInDraft, id: string, partnershipId: string): unknown {
  const followUps = actionItemsFromDrafts(d.followUps);
  return {
    id,
    partnershipId,
    date: requiredText(d.date),
    kind: d.kind,
    initiatorPartyId: optionalText(d.initiatorPartyId),
    participants: d.participants.length > 0 ? d.participants : null,
    quality: d.quality,
    summary: optionalText(d.summary),
    followUps: followUps.length > 0 ? followUps : null,
  };
}

export interface ContributionDraft {
  date: string;
  partyId: string;
  kind: ContributionKind;
  value: NumberDraft;
  description: string;
}

export function newContributionDraft(today: IsoDate, partyId: string): ContributionDraft {
  return { date: today, partyId, kind: 'staff-time', value: '', description: '' };
}

export function contributionDraftFromRecord(r: Contribution): ContributionDraft {
  return {
    date: r.date,
    partyId: r.partyId,
    kind: r.kind,
    value: r.value,
    description: textOf(r.description),
  };
}

export function contributionFromDraft(
  d: ContributionDraft,
  id: string,
  partnershipId: string,
): unknown {
  return {
    id,
    partnershipId,
    date: requiredText(d.date),
    partyId: requiredText(d.partyId),
    kind: d.kind,
    value: numberValue(d.value),
    description: optionalText(d.description),
  };
}

export interface FrictionDraft {
  title: string;
  category: FrictionCategory;
  severity: FrictionSeverity;
  openedDate: string;
  /** '' while the friction is open. */
  resolvedDate: string;
  notes: string;
}

export function newFrictionDraft(today: IsoDate): FrictionDraft {
  return {
    title: '',
    category: 'process',
    severity: 'medium',
    openedDate: today,
    resolvedDate: '',
    notes: '',
  };
}

export function frictionDraftFromRecord(r: Friction): FrictionDraft {
  return {
    title: r.title,
    category: r.category,
    severity: r.severity,
    openedDate: r.openedDate,
    resolvedDate: textOf(r.resolvedDate),
    notes: textOf(r.notes),
  };
}

export function frictionFromDraft(d: FrictionDraft, id: string, partnershipId: string): unknown {
  return {
    id,
    partnershipId,
    title: requiredText(d.title),
    category: d.category,
    severity: d.severity,
    openedDate: requiredText(d.openedDate),
    resolvedDate: optionalText(d.resolvedDate),
    notes: optionalText(d.notes),
  };
}

export interface ReviewDraft {
  date: string;
  wentWell: string;
  toImprove: string;
  actions: ActionItemDraft[];
}

export function newReviewDraft(today: IsoDate): ReviewDraft {
  return { date: today, wentWell: '', toImprove: '', actions: [] };
}

export function reviewDraftFromRecord(r: Review): ReviewDraft {
  return {
    date: r.date,
    wentWell: textOf(r.wentWell),
    toImprove: textOf(r.toImprove),
    actions: actionItemDrafts(r.actions),
  };
}

export function reviewFromDraft(d: ReviewDraft, id: string, partnershipId: string): unknown {
  const actions = actionItemsFromDrafts(d.actions);
  return {
    id,
    partnershipId,
    date: requiredText(d.date),
    wentWell: optionalText(d.wentWell),
    toImprove: optionalText(d.toImprove),
    actions: actions.length > 0 ? actions : null,
  };
}

export interface WinDraft {
  date: string;
  title: string;
  description: string;
  celebrated: boolean;
}

export function newWinDraft(today: IsoDate): WinDraft {
  return { date: today, title: '', description: '', celebrated: false };
}

export function winDraftFromRecord(r: Milestone): WinDraft {
  return {
    date: r.date,
    title: r.title,
    description: textOf(r.description),
    celebrated: r.celebrated,
  };
}

export function winFromDraft(d: WinDraft, id: string, partnershipId: string): unknown {
  return {
    id,
    partnershipId,
    date: requiredText(d.date),
    title: requiredText(d.title),
    description: optionalText(d.description),
    celebrated: d.celebrated,
  };
}
