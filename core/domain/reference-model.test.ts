// An independent, deliberately naive transcription of health-model.md (filter every record at
// every date, no sorting, no index) checked against the engine on random partnerships.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDate, randomRecords, randomSettings, type Pick } from './arbitrary-records';
import { dayNumber } from './dates';
import { DIMENSIONS, evaluateHealth } from './health';
import type { PartnershipRecords } from './partnership-records';
import { TRUST_ITEMS, type PulseScores, type Settings } from './types';

const COST = { low: 5, medium: 15, high: 30 };

function itemMean(scores: PulseScores, items: readonly (keyof PulseScores)[]): number | null {
  const values = items.map((i) => scores[i]).filter((v): v is NonNullable<typeof v> => v != null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

function wmean(parts: [number | null, number][]): number | null {
  const present = parts.filter(([v]) => v !== null) as [number, number][];
  const w = present.reduce((a, [, x]) => a + x, 0);
  return present.length && w > 0 ? present.reduce((a, [v, x]) => a + v * x, 0) / w : null;
}

/** The model at day T, straight from the spec's words. */
function modelAt(r: PartnershipRecords, T: number, s: Settings) {
  const W = s.lookbackDays;
  const p = r.partnership;
  const c = p.checkInCadenceDays;
  const start = dayNumber(p.startDate);
  const inWindow = (date: string, w = W) => T - w < dayNumber(date) && dayNumber(date) <= T;
  if (T < start) return null;

  const trustPulses = r.pulses.filter(
    (q) =>
      inWindow(q.date) &&
      itemMean(q.scores, TRUST_ITEMS) !== null &&
      p.partyIds.includes(q.partyId),
  );
  const P = p.partyIds
    .map((k) =>
      trustPulses.filter((q) => q.partyId === k).map((q) => itemMean(q.scores, TRUST_ITEMS)!),
    )
    .filter((rs) => rs.length > 0)
    .map((rs) => rs.reduce((a, b) => a + b, 0) / rs.length);
  const trust = P.length ? P.map((x) => 25 * (x - 1)).reduce((a, b) => a + b, 0) / P.length : null;
  const gap = P.length >= 2 ? 25 * (Math.max(...P) - Math.min(...P)) : null;

  const upToT = r.interactions.filter((i) => dayNumber(i.date) <= T);
  const windowed = r.interactions.filter((i) => inWindow(i.date));
  let communication: number | null = null;
  const latest = upToT.length ? Math.max(...upToT.map((i) => dayNumber(i.date))) : null;
  if (latest !== null || T - start >= c) {
    const adherence = Math.min(1, windowed.length / (W / c));
    const d = latest === null ? null : T - latest;
    const recency = d === null ? 0 : d <= c ? 1 : d >= 3 * c ? 0 : (3 * c - d) / (2 * c);
    const named = windowed.filter(
      (i) => i.initiatorPartyId && p.partyIds.includes(i.initiatorPartyId),
    );
    const shares = p.partyIds.map(
      (k) => named.filter((i) => i.initiatorPartyId === k).length / named.length,
    );
    const balance = named.length >= 2 ? 1 - (Math.max(...shares) - Math.min(...shares)) : null;
    const rated = windowed.filter((i) => i.quality != null);
    const quality = rated.length
      ? rated.reduce((a, i) => a + (i.quality! - 1) / 4, 0) / rated.length
      : null;
    communication =
      100 *
      wmean([
        [adherence, 0.4],
        [recency, 0.3],
        [balance, 0.15],
        [quality, 0.15],
      ])!;
  }

  const goals = r.goals
    .filter((g) => dayNumber(g.startDate) <= T)
    .filter((g) => !(g.status === 'dropped' && g.statusDate && dayNumber(g.statusDate) <= T))
    .filter((g) => !(g.status === 'achieved' && g.statusDate && dayNumber(g.statusDate) <= T - W))
    .map((g) => {
      let v = g.baseline;
      let best = -Infinity;
      for (const u of r.goalUpdates) {
        if (u.goalId === g.id && dayNumber(u.date) <= T && dayNumber(u.date) >= best) {
          best = dayNumber(u.date);
          v = u.value;
        }
      }
      const achieved = g.status === 'achieved' && g.statusDate && dayNumber(g.statusDate) <= T;
      const prog = achieved
        ? 1
        : Math.min(1, Math.max(0, (v - g.baseline) / (g.target - g.baseline)));
      const span = dayNumber(g.dueDate) - dayNumber(g.startDate);
      const e = Math.min(1, Math.max(0, (T - dayNumber(g.startDate)) / span));
      const gp = Math.max(0, e - prog);
      const late = T > dayNumber(g.dueDate);
      const status =
        prog === 1
          ? 'achieved'
          : gp >= 0.35 || late
            ? 'at-risk'
            : gp >= 0.15
              ? 'behind'
              : 'on-track';
      return { id: g.id, weight: g.weight, g: 100 * (1 - gp), status, late };
    });
  const goalsScore = goals.length
    ? goals.reduce((a, g) => a + g.weight * g.g, 0) / goals.reduce((a, g) => a + g.weight, 0)
    : null;

  const ledgerRecords = r.contributions.filter((k) => inWindow(k.date, 2 * W));
  const values = p.partyIds.map((k) =>
    ledgerRecords.filter((x) => x.partyId === k).reduce((a, x) => a + x.value, 0),
  );
  const total = values.reduce((a, b) => a + b, 0);
  const raw = p.partyIds.map((k) => Math.max(0, p.partyShares?.[k] ?? 0));
  const rawTotal = raw.reduce((a, b) => a + b, 0);
  const agreed =
    rawTotal > 0 ? raw.map((x) => x / rawTotal) : p.partyIds.map(() => 1 / p.partyIds.length);
  const tv = values.reduce((a, v, k) => a + Math.abs(v / total - agreed[k]!), 0) / 2;
  const ledger = total > 0 ? Math.min(1, Math.max(0, 1 - tv / (1 - Math.min(...agreed)))) : null;
  const felt = r.pulses
    .filter((q) => inWindow(q.date))
    .map((q) => itemMean(q.scores, ['fairness', 'benefit']))
    .filter((x): x is number => x !== null);
  const perceived = felt.length ? (felt.reduce((a, b) => a + b, 0) / felt.length - 1) / 4 : null;
  const recip = wmean([
    [ledger, 0.6],
    [perceived, 0.4],
  ]);
  const reciprocity = recip === null ? null : 100 * recip;

  const open = r.frictions.filter(
    (f) => dayNumber(f.openedDate) <= T && (!f.resolvedDate || dayNumber(f.resolvedDate) > T),
  );
  const cost = open.reduce(
    (a, f) => a + COST[f.severity] * (T - dayNumber(f.openedDate) > 30 ? 1.5 : 1),
    0,
  );
  const dims = {
    trust,
    communication,
    goals: goalsScore,
    reciprocity,
    friction: Math.max(0, 100 - cost),
  };
  const health =
    trust === null && communication === null && goalsScore === null
      ? null
      : wmean(DIMENSIONS.map((n) => [dims[n], s.weights[n]]));
  const present = DIMENSIONS.filter((n) => dims[n] !== null).length;
  const confidence = trustPulses.length < 3 || present < 3 ? 'low' : 'normal';
  return { dims, health, gap, confidence, goals, open, latest };
}

function referenceAlerts(r: PartnershipRecords, T: number, s: Settings): string[] {
  const p = r.partnership;
  const now = modelAt(r, T, s);
  if (!now || (p.status !== 'forming' && p.status !== 'active')) return [];
  const start = dayNumber(p.startDate);
  const out: string[] = [];
  const sev = (critical: boolean) => (critical ? 'critical' : 'warning');
  const sinceCheckIn = T - (now.latest ?? start);
  if (sinceCheckIn > p.checkInCadenceDays)
    out.push(`CHECKIN_OVERDUE ${sev(sinceCheckIn > 2 * p.checkInCadenceDays)}`);
  const before = modelAt(r, T - 90, s)?.dims.trust ?? null;
  if (now.dims.trust !== null && before !== null && now.dims.trust - before <= -10)
    out.push(`TRUST_DROP ${sev(now.dims.trust - before <= -20)}`);
  if (now.gap !== null && now.gap >= 20) out.push(`PERCEPTION_GAP ${sev(now.gap >= 35)}`);
  for (const g of now.goals)
    if (g.status === 'at-risk') out.push(`GOAL_AT_RISK ${sev(g.late)} ${g.id}`);
  for (const f of now.open) {
    const age = T - dayNumber(f.openedDate);
    if (f.severity === 'high' && age > 14) out.push(`FRICTION_STALE ${sev(age > 60)} ${f.id}`);
  }
  const reviews = r.reviews.map((x) => dayNumber(x.date)).filter((d) => d <= T);
  const sinceReview = T - (reviews.length ? Math.max(...reviews) : start);
  if (sinceReview > p.reviewCadenceDays)
    out.push(`REVIEW_DUE ${sev(sinceReview > 2 * p.reviewCadenceDays)}`);
  const rec = now.dims.reciprocity;
  if (rec !== null && rec < 50) out.push(`IMBALANCE ${sev(rec < 30)}`);
  return out.sort();
}

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;

describe('engine against a naive transcription of the spec', () => {
  it('agrees on every score, band, trend, confidence, goal status and alert', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const pick: Pick = (n) => g(fc.integer, { min: 0, max: n - 1 });
        const records = randomRecords(pick);
        const settings = randomSettings(pick);
        const asOf = randomDate(pick);
        const T = dayNumber(asOf);
        const got = evaluateHealth(records, asOf, settings);
        const want = modelAt(records, T, settings);
        for (const name of DIMENSIONS) {
          expect(close(got.dimensions[name].score, want ? want.dims[name] : null), name).toBe(true);
        }
        expect(close(got.health, want?.health ?? null)).toBe(true);
        expect(close(got.perceptionGap, want?.gap ?? null)).toBe(true);
        expect(got.confidence).toBe(want?.confidence ?? null);
        expect(got.goals.map((x) => [x.goalId, x.status])).toEqual(
          (want?.goals ?? []).map((x) => [x.id, x.status]),
        );
        const earlier = modelAt(records, T - settings.trendDays, settings)?.health ?? null;
        const delta = want?.health != null && earlier !== null ? want.health - earlier : null;
        expect(close(got.trendDelta, delta)).toBe(true);
        const alerts = got.alerts.map((a) =>
          [a.code, a.severity, a.goalId ?? a.frictionId].filter(Boolean).join(' '),
        );
        expect(alerts.sort()).toEqual(referenceAlerts(records, T, settings));
      }),
      { numRuns: 300 },
    );
  });
});
