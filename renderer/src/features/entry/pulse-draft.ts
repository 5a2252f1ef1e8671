// The "Record pulse" form: its questions (our wording of the data model's eight items), its
// state, and conversions between that state and a pulse record.
import {
  PULSE_ITEMS,
  type IsoDate,
  type Pulse,
  type PulseItem,
  type Rating,
} from '../../../../core/domain/types';
import { optionalText, requiredText, textOf } from './draft-values';

/** Each item of the pulse, asked as a statement the respondent agrees or disagrees with. */
export const PULSE_QUESTIONS: Record<PulseItem, string> = {
  reliability: 'They follow through on what they commit to.',
  openness: 'They are open to discussion and honest feedback.',
  sharedMission: "We share the partnership's mission.",
  respect: 'They respect our culture, expertise and ways of working.',
  fairness: 'Both sides contribute their fair share.',
  benefit: 'Our organization benefits from this partnership.',
  communication: 'Communication is open, two-way and frequent enough.',
  flexibility: 'The partnership adapts well when plans change.',
};

/** The meaning of each point of the 1–5 agreement scale. */
export const AGREEMENT_LABELS: Record<Rating, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
};

export interface PulseDraft {
  date: string;
  partyId: string;
  respondent: string;
  /** null = skipped. */
  scores: Record<PulseItem, Rating | null>;
  comment: string;
}

function noScores(): Record<PulseItem, Rating | null> {
  return Object.fromEntries(PULSE_ITEMS.map((item) => [item, null])) as Record<
    PulseItem,
    Rating | null
  >;
}

/** A new pulse for today from `partyId` (the party used last), every item skipped. */
export function newPulseDraft(today: IsoDate, partyId: string): PulseDraft {
  return { date: today, partyId, respondent: '', scores: noScores(), comment: '' };
}

export function pulseDraftFromRecord(pulse: Pulse): PulseDraft {
  const scores = noScores();
  for (const item of PULSE_ITEMS) scores[item] = pulse.scores[item] ?? null;
  return {
    date: pulse.date,
    partyId: pulse.partyId,
    respondent: textOf(pulse.respondent),
    scores,
    comment: textOf(pulse.comment),
  };
}

/** The pulse the draft stands for; skipped items are left out of `scores`. */
export function pulseFromDraft(draft: PulseDraft, id: string, partnershipId: string): unknown {
  const scores: Partial<Record<PulseItem, Rating>> = {};
  for (const item of PULSE_ITEMS) {
    const rating = draft.scores[item];
    if (rating !== null) scores[item] = rating;
  }
  return {
    id,
    partnershipId,
    date: requiredText(draft.date),
    partyId: requiredText(draft.partyId),
    respondent: optionalText(draft.respondent),
    scores,
    comment: optionalText(draft.comment),
  };
}
