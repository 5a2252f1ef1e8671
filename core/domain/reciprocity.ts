// Reciprocity (give and take): whether each party's share of the contribution ledger matches
// its agreed share, and how fair and beneficial the parties say the partnership feels.

import type { NullReason } from './dimension-names';
import { clamp, weightedMean } from './math';
import { slice, type PreparedRecords } from './prepared-records';

/** Weights of the reciprocity parts (a weighted mean over the parts present). */
export const RECIPROCITY_WEIGHTS = { ledger: 0.6, perceived: 0.4 };

export interface LedgerShare {
  partyId: string;
  /** Total value this party contributed in the ledger window. */
  value: number;
  /** s_k: the party's share of the total. */
  share: number;
  /** a_k: the party's agreed share. */
  agreedShare: number;
}

export interface LedgerPart {
  parties: LedgerShare[];
  totalValue: number;
  /** TV = Σ |s_k − a_k| / 2. */
  totalVariation: number;
  /** 1 − TV / (1 − min a_k), clamped to 0–1. */
  score: number;
}

export interface PerceivedPart {
  /** Pulses in the window with a fairness or benefit rating. */
  pulseIds: string[];
  /** Mean of the pulses' reciprocity ratings, 1–5. */
  meanRating: number;
  /** (rating − 1) / 4, 0–1. */
  score: number;
}

export interface ReciprocityResult {
  dimension: 'reciprocity';
  score: number | null;
  nullReason: NullReason | null;
  /** The ledger looks back twice the window. */
  ledgerDays: number;
  windowDays: number;
  /** Contributions in the ledger window, in date order. */
  contributionIds: string[];
  ledger: LedgerPart | null;
  perceived: PerceivedPart | null;
}

/** The agreed share of each party: partyShares normalised, equal shares when absent. */
export function agreedShares(
  partyIds: readonly string[],
  partyShares: Record<string, number> | null | undefined,
): number[] {
  const raw = partyIds.map((id) => {
    const share = partyShares?.[id];
    return typeof share === 'number' && share > 0 ? share : 0;
  });
  const total = raw.reduce((a, b) => a + b, 0);
  return total > 0 ? raw.map((s) => s / total) : partyIds.map(() => 1 / partyIds.length);
}

/** Reciprocity as of `day`: ledger over 2 × `windowDays`, perceived over `windowDays`. */
export function scoreReciprocity(
  prepared: PreparedRecords,
  day: number,
  windowDays: number,
): ReciprocityResult {
  const result: ReciprocityResult = {
    dimension: 'reciprocity',
    score: null,
    nullReason: null,
    ledgerDays: 2 * windowDays,
    windowDays,
    contributionIds: [],
    ledger: null,
    perceived: null,
  };
  if (day < prepared.startDay) return { ...result, nullReason: 'before-start' };
  result.ledger = ledgerPart(prepared, day, 2 * windowDays, result.contributionIds);
  result.perceived = perceivedPart(prepared, day, windowDays);
  const mean = weightedMean([
    [result.ledger ? result.ledger.score : null, RECIPROCITY_WEIGHTS.ledger],
    [result.perceived ? result.perceived.score : null, RECIPROCITY_WEIGHTS.perceived],
  ]);
  if (mean === null) return { ...result, nullReason: 'no-data' };
  result.score = 100 * mean;
  return result;
}

function ledgerPart(
  prepared: PreparedRecords,
  day: number,
  ledgerDays: number,
  contributionIds: string[],
): LedgerPart | null {
  const { partyIds, partyShares } = prepared.partnership;
  const values = partyIds.map(() => 0);
  let totalValue = 0;
  const [from, to] = slice(prepared.contributions, day - ledgerDays, day);
  for (let i = from; i < to; i += 1) {
    const contribution = prepared.contributions.items[i]!;
    contributionIds.push(contribution.id);
    const k = partyIds.indexOf(contribution.partyId);
    if (k < 0) continue;
    values[k]! += contribution.value;
    totalValue += contribution.value;
  }
  if (!(totalValue > 0)) return null;
  const agreed = agreedShares(partyIds, partyShares);
  let variation = 0;
  let minAgreed = Infinity;
  const parties = partyIds.map((partyId, k) => {
    const value = values[k]!;
    const share = value / totalValue;
    const agreedShare = agreed[k]!;
    variation += Math.abs(share - agreedShare);
    if (agreedShare < minAgreed) minAgreed = agreedShare;
    return { partyId, value, share, agreedShare };
  });
  const totalVariation = variation / 2;
  return {
    parties,
    totalValue,
    totalVariation,
    score: clamp(1 - totalVariation / (1 - minAgreed), 0, 1),
  };
}

function perceivedPart(
  prepared: PreparedRecords,
  day: number,
  windowDays: number,
): PerceivedPart | null {
  const pulseIds: string[] = [];
  let sum = 0;
  const [from, to] = slice(prepared.pulses, day - windowDays, day);
  for (let i = from; i < to; i += 1) {
    const { pulse, reciprocityRating } = prepared.pulses.items[i]!;
    if (reciprocityRating === null) continue;
    pulseIds.push(pulse.id);
    sum += reciprocityRating;
  }
  if (pulseIds.length === 0) return null;
  const meanRating = sum / pulseIds.length;
  return { pulseIds, meanRating, score: (meanRating - 1) / 4 };
}
