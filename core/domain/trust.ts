// Trust: how the parties rate each other on the trust items of their pulses in the window,
// each party counting once however many of its people answered.

import type { NullReason } from './dimension-names';
import { slice, type PreparedRecords } from './prepared-records';

export interface PartyTrust {
  partyId: string;
  /** Ids of this party's pulses with a trust item in the window. */
  pulseIds: string[];
  /** P: mean of the pulses' trust ratings, 1–5. */
  meanRating: number;
  /** 25 × (P − 1), 0–100. */
  score: number;
}

export interface TrustResult {
  dimension: 'trust';
  score: number | null;
  nullReason: NullReason | null;
  windowDays: number;
  /** Pulses with at least one trust item in the window, in date order. */
  pulseIds: string[];
  pulseCount: number;
  /** One entry per party that answered, in the partnership's party order. */
  parties: PartyTrust[];
  /** 25 × (max P − min P); null when fewer than two parties answered. */
  perceptionGap: number | null;
}

/** Trust as of `day` (a day number) over a window of `windowDays`. */
export function scoreTrust(
  prepared: PreparedRecords,
  day: number,
  windowDays: number,
): TrustResult {
  const result: TrustResult = {
    dimension: 'trust',
    score: null,
    nullReason: null,
    windowDays,
    pulseIds: [],
    pulseCount: 0,
    parties: [],
    perceptionGap: null,
  };
  if (day < prepared.startDay) return { ...result, nullReason: 'before-start' };
  // Pulses from an organization outside the partnership (rejected on import) are ignored.
  const partyIds = prepared.partnership.partyIds;
  const sums = partyIds.map(() => 0);
  const pulseIds: string[][] = partyIds.map(() => []);
  const [from, to] = slice(prepared.pulses, day - windowDays, day);
  for (let i = from; i < to; i += 1) {
    const { pulse, trustRating } = prepared.pulses.items[i]!;
    const k = partyIds.indexOf(pulse.partyId);
    if (trustRating === null || k < 0) continue;
    sums[k]! += trustRating;
    pulseIds[k]!.push(pulse.id);
    result.pulseIds.push(pulse.id);
  }
  result.pulseCount = result.pulseIds.length;
  if (result.pulseCount === 0) return { ...result, nullReason: 'no-data' };
  let total = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < partyIds.length; k += 1) {
    const ids = pulseIds[k]!;
    if (ids.length === 0) continue;
    const meanRating = sums[k]! / ids.length;
    const score = 25 * (meanRating - 1);
    result.parties.push({ partyId: partyIds[k]!, pulseIds: ids, meanRating, score });
    total += score;
    if (meanRating < min) min = meanRating;
    if (meanRating > max) max = meanRating;
  }
  result.score = total / result.parties.length;
  result.perceptionGap = result.parties.length >= 2 ? 25 * (max - min) : null;
  return result;
}

/** Each party's trust score (0–100), null for parties with no trust pulse in the window. */
export function trustByParty(
  partyIds: readonly string[],
  trust: TrustResult,
): Record<string, number | null> {
  const byParty: Record<string, number | null> = {};
  for (const partyId of partyIds) byParty[partyId] = null;
  for (const party of trust.parties) byParty[party.partyId] = party.score;
  return byParty;
}
