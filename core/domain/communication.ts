// Communication: whether the parties meet as often as agreed, recently, on both sides' initiative,
// and productively — from the interaction log.

import type { NullReason } from './dimension-names';
import { weightedMean } from './math';
import { slice, type PreparedRecords } from './prepared-records';
import type { IsoDate } from './types';

/** Weights of the communication parts (a weighted mean over the parts present). */
export const COMMUNICATION_WEIGHTS = { adherence: 0.4, recency: 0.3, balance: 0.15, quality: 0.15 };

export interface InitiatorShare {
  partyId: string;
  count: number;
  share: number;
}

export interface CommunicationResult {
  dimension: 'communication';
  score: number | null;
  nullReason: NullReason | null;
  windowDays: number;
  /** c: the agreed days between check-ins. */
  cadenceDays: number;
  /** Interactions in the window, in date order. */
  interactionIds: string[];
  interactionCount: number;
  /** W / c: how many check-ins the cadence asks for in the window. */
  expectedCount: number;
  adherence: number | null;
  lastInteractionId: string | null;
  lastInteractionDate: IsoDate | null;
  /** Days from the latest interaction on or before the date; null when there is none. */
  daysSinceLast: number | null;
  recency: number | null;
  /** Interactions in the window that name an initiator of the partnership. */
  initiatedCount: number;
  /** Share of the initiated interactions per party, in party order (empty when balance is absent). */
  initiatorShares: InitiatorShare[];
  balance: number | null;
  qualityRatedCount: number;
  /** Mean (quality − 1) / 4 over rated interactions, 0–1. */
  quality: number | null;
}

/** Communication as of `day` over a window of `windowDays`. */
export function scoreCommunication(
  prepared: PreparedRecords,
  day: number,
  windowDays: number,
): CommunicationResult {
  const cadence = prepared.partnership.checkInCadenceDays;
  const result: CommunicationResult = {
    dimension: 'communication',
    score: null,
    nullReason: null,
    windowDays,
    cadenceDays: cadence,
    interactionIds: [],
    interactionCount: 0,
    expectedCount: windowDays / cadence,
    adherence: null,
    lastInteractionId: null,
    lastInteractionDate: null,
    daysSinceLast: null,
    recency: null,
    initiatedCount: 0,
    initiatorShares: [],
    balance: null,
    qualityRatedCount: 0,
    quality: null,
  };
  if (day < prepared.startDay) return { ...result, nullReason: 'before-start' };
  const { items, days } = prepared.interactions;
  const [from, to] = slice(prepared.interactions, day - windowDays, day);
  if (to === 0 && day - prepared.startDay < cadence) return { ...result, nullReason: 'too-early' };

  const partyIds = prepared.partnership.partyIds;
  const initiated = partyIds.map(() => 0);
  let qualitySum = 0;
  for (let i = from; i < to; i += 1) {
    const interaction = items[i]!;
    result.interactionIds.push(interaction.id);
    const k = interaction.initiatorPartyId ? partyIds.indexOf(interaction.initiatorPartyId) : -1;
    if (k >= 0) {
      initiated[k]! += 1;
      result.initiatedCount += 1;
    }
    if (typeof interaction.quality === 'number') {
      qualitySum += (interaction.quality - 1) / 4;
      result.qualityRatedCount += 1;
    }
  }
  result.interactionCount = to - from;
  result.adherence = Math.min(1, result.interactionCount / result.expectedCount);

  if (to > 0) {
    const last = items[to - 1]!;
    const since = day - days[to - 1]!;
    result.lastInteractionId = last.id;
    result.lastInteractionDate = last.date;
    result.daysSinceLast = since;
    result.recency =
      since <= cadence ? 1 : since >= 3 * cadence ? 0 : (3 * cadence - since) / (2 * cadence);
  } else {
    result.recency = 0;
  }

  if (result.initiatedCount >= 2) {
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < partyIds.length; k += 1) {
      const count = initiated[k]!;
      const share = count / result.initiatedCount;
      result.initiatorShares.push({ partyId: partyIds[k]!, count, share });
      if (share < min) min = share;
      if (share > max) max = share;
    }
    result.balance = 1 - (max - min);
  }
  if (result.qualityRatedCount > 0) result.quality = qualitySum / result.qualityRatedCount;

  const mean = weightedMean([
    [result.adherence, COMMUNICATION_WEIGHTS.adherence],
    [result.recency, COMMUNICATION_WEIGHTS.recency],
    [result.balance, COMMUNICATION_WEIGHTS.balance],
    [result.quality, COMMUNICATION_WEIGHTS.quality],
  ]);
  result.score = mean === null ? null : 100 * mean;
  return result;
}
