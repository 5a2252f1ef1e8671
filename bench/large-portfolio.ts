// A deterministic large portfolio for the benchmark: many partnerships with years of pulses,
// check-ins, goals, contributions, frictions and reviews. Stands in until the sample generator
// (core/sample/generate-portfolio.ts) is available.

import { addDays, daysBetween } from '../core/domain/dates';
import {
  DEFAULT_SETTINGS,
  FRICTION_SEVERITIES,
  type Dataset,
  type IsoDate,
  type Rating,
} from '../core/domain/types';

/** mulberry32: a tiny seeded generator, so every run measures the same data. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

/** `partnerships` partnerships with `years` of history up to `today`. */
export function makeLargePortfolio(options: {
  today: IsoDate;
  partnerships: number;
  years: number;
  seed?: number;
}): Dataset {
  const random = seeded(options.seed ?? 1);
  const rating = (centre: number) =>
    Math.max(1, Math.min(5, Math.round(centre + random.next() * 2 - 1))) as Rating;
  const data: Dataset = {
    organizations: [],
    partnerships: [],
    pulses: [],
    interactions: [],
    goals: [],
    goalUpdates: [],
    contributions: [],
    frictions: [],
    reviews: [],
    milestones: [],
    settings: DEFAULT_SETTINGS,
  };
  const first = addDays(options.today, -Math.round(365.25 * options.years));
  for (let n = 0; n < options.partnerships; n += 1) {
    const id = `p${n}`;
    const parties = [`o${n}a`, `o${n}b`, ...(n % 4 === 0 ? [`o${n}c`] : [])];
    for (const party of parties) data.organizations.push({ id: party, name: party, kind: 'other' });
    const startDate = addDays(first, random.int(0, 60));
    const span = daysBetween(startDate, options.today);
    const mood = 2 + random.next() * 2.5;
    data.partnerships.push({
      id,
      name: `Partnership ${n}`,
      partyIds: parties,
      status: 'active',
      startDate,
      tags: [],
      checkInCadenceDays: 14,
      reviewCadenceDays: 90,
      createdAt: `${startDate}T09:00:00Z`,
      updatedAt: `${options.today}T09:00:00Z`,
    });
    const party = () => parties[random.int(0, parties.length - 1)]!;
    const on = (day: number) => addDays(startDate, Math.min(day, span));
    for (let day = random.int(0, 14); day <= span; day += random.int(10, 20)) {
      for (const partyId of parties) {
        data.pulses.push({
          id: `${id}-q${data.pulses.length}`,
          partnershipId: id,
          date: on(day + random.int(0, 3)),
          partyId,
          scores: {
            reliability: rating(mood),
            openness: rating(mood),
            sharedMission: rating(mood + 0.5),
            respect: rating(mood),
            fairness: rating(mood - 0.5),
            benefit: rating(mood),
          },
        });
      }
    }
    for (let day = random.int(0, 7); day <= span; day += random.int(4, 12)) {
      data.interactions.push({
        id: `${id}-i${data.interactions.length}`,
        partnershipId: id,
        date: on(day),
        kind: 'meeting',
        initiatorPartyId: party(),
        quality: random.next() < 0.6 ? rating(mood) : null,
      });
    }
    for (let g = 0; g < 8; g += 1) {
      const goalId = `${id}-g${g}`;
      const goalStart = random.int(0, Math.max(0, span - 200));
      const length = random.int(120, 540);
      data.goals.push({
        id: goalId,
        partnershipId: id,
        title: `Goal ${g}`,
        baseline: 0,
        target: 100,
        startDate: on(goalStart),
        dueDate: addDays(startDate, goalStart + length),
        weight: random.int(1, 3),
        ownerPartyIds: [party()],
        status: 'active',
      });
      for (let u = 1; u <= 12; u += 1) {
        data.goalUpdates.push({
          id: `${goalId}-u${u}`,
          goalId,
          date: on(goalStart + Math.round((u * length) / 12)),
          value: Math.round(u * 8 * (0.6 + random.next() * 0.6)),
        });
      }
    }
    for (let day = random.int(0, 20); day <= span; day += random.int(7, 25)) {
      data.contributions.push({
        id: `${id}-c${data.contributions.length}`,
        partnershipId: id,
        date: on(day),
        partyId: party(),
        kind: 'staff-time',
        value: random.int(1, 40),
      });
    }
    for (let day = random.int(0, 60); day <= span; day += random.int(40, 120)) {
      const resolvedAfter = random.int(3, 90);
      data.frictions.push({
        id: `${id}-f${data.frictions.length}`,
        partnershipId: id,
        title: 'Friction',
        category: 'process',
        severity: FRICTION_SEVERITIES[random.int(0, 2)]!,
        openedDate: on(day),
        resolvedDate: day + resolvedAfter <= span ? on(day + resolvedAfter) : null,
      });
    }
    for (let day = 80; day <= span; day += random.int(70, 110)) {
      data.reviews.push({ id: `${id}-r${data.reviews.length}`, partnershipId: id, date: on(day) });
    }
  }
  return data;
}
