// Builds the report of one partnership over a period from the health engine: header, summary,
// scorecard, charts, goals, communication, give and take, wins, frictions, actions and method.

import { dayNumber } from '../domain/dates';
import { DIMENSION_LABELS, DIMENSIONS } from '../domain/dimension-names';
import { explainDimension } from '../domain/explain';
import { bandOf, evaluatePrepared, type HealthResult } from '../domain/health';
import { healthSeries } from '../domain/health-series';
import { groupByPartnership, type PartnershipRecords } from '../domain/partnership-records';
import { prepareRecords } from '../domain/prepared-records';
import type { Dataset, IsoDate, Organization, Settings } from '../domain/types';
import { displayText, optionalText } from './display-text';
import { nextReviewDate, summarySentences } from './executive-summary';
import { checkAudience, checkPeriod, chartStep, ReportInputError } from './report-input';
import type {
  Audience,
  GoalChart,
  GoalRow,
  MethodAppendix,
  PartnershipReport,
  PartyRef,
  ReportCharts,
  ReportPeriod,
  ScorecardRow,
} from './report-model';
import {
  communicationSummary,
  freshness,
  frictionRows,
  giveAndTake,
  latestDate,
  openActions,
  respondentComments,
  respondentCounts,
  reviewNotes,
  wins,
} from './report-sections';

export interface PartnershipReportOptions {
  partnershipId: string;
  from: IsoDate;
  to: IsoDate;
  audience: Audience;
  /** The date printed as "generated on" (the caller owns the clock). */
  generatedOn: IsoDate;
}

/**
 * The report of one partnership of `dataset` over [from, to], for `audience`. Throws a
 * ReportInputError for a reversed or malformed period, an unknown partnership id, or a
 * partnership with no data in the period.
 */
export function buildPartnershipReport(
  dataset: Dataset,
  options: PartnershipReportOptions,
): PartnershipReport {
  checkPeriod(options);
  checkAudience(options.audience);
  const records = groupByPartnership(dataset).get(options.partnershipId);
  if (!records) {
    throw new ReportInputError(
      'unknown-partnership',
      `There is no partnership with id "${options.partnershipId}" in this data. Check the id (the CLI's "score" command lists them).`,
    );
  }
  return reportFromRecords(records, dataset.organizations, dataset.settings, options);
}

/** buildPartnershipReport for records already grouped (the portfolio report reuses it). */
export function reportFromRecords(
  records: PartnershipRecords,
  organizations: readonly Organization[],
  settings: Settings,
  options: Omit<PartnershipReportOptions, 'partnershipId'>,
): PartnershipReport {
  const period: ReportPeriod = { from: options.from, to: options.to };
  const internal = options.audience === 'internal';
  const partnership = records.partnership;
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const parties: PartyRef[] = partnership.partyIds.map((id) => ({
    id,
    name: displayText(orgById.get(id)?.name ?? id),
  }));
  const nameOf = (id: string) => parties.find((p) => p.id === id)?.name ?? id;

  const prepared = prepareRecords(records);
  const end = evaluatePrepared(prepared, period.to, settings);
  checkHasData(records, period, end);
  const start = evaluatePrepared(prepared, period.from, settings);

  const scorecard: ScorecardRow[] = DIMENSIONS.map((name) => {
    const score = end.dimensions[name].score;
    const before = start.dimensions[name].score;
    return {
      dimension: name,
      label: DIMENSION_LABELS[name],
      score,
      band: bandOf(score, settings),
      change: score === null || before === null ? null : score - before,
      note: displayText(explainDimension(end.dimensions[name], nameOf)[0] ?? ''),
    };
  });
  const frictions = frictionRows(records, period, internal);
  const lastReview = latestDate(
    records.reviews.map((r) => r.date),
    period.to,
  );
  const nextReview = nextReviewDate(
    lastReview,
    partnership.startDate,
    partnership.reviewCadenceDays,
  );
  const step = chartStep(period.from, period.to);

  return {
    kind: 'partnership',
    header: {
      title: 'Partnership health report',
      partnershipId: partnership.id,
      partnershipName: displayText(partnership.name),
      purpose: optionalText(partnership.purpose),
      parties,
      period,
      preparedBy: optionalText(settings.organizationName),
      generatedOn: options.generatedOn,
      audience: options.audience,
      owner: internal ? optionalText(partnership.owner) : null,
    },
    summary: {
      health: end.health,
      band: end.band,
      trend: end.trend,
      trendDelta: end.trendDelta,
      confidence: end.confidence ?? 'low',
      nextReviewDate: nextReview,
      sentences: summarySentences({
        to: period.to,
        trendDays: settings.trendDays,
        end,
        scorecard,
        frictions,
        nextReviewDate: nextReview,
        lastReviewDate: lastReview,
      }),
    },
    scorecard,
    charts: charts(records, period, step, settings, end),
    goals: goalRows(records, end),
    communication: communicationSummary(records, parties, period, end),
    giveAndTake: giveAndTake(records, parties, period),
    wins: wins(records, period),
    frictions,
    actions: openActions(records, parties, period),
    reviews: reviewNotes(records, period),
    comments: internal ? respondentComments(records, parties, period) : [],
    partyNotes: internal
      ? parties.flatMap((party) => {
          const notes = optionalText(orgById.get(party.id)?.notes);
          return notes ? [{ party, notes }] : [];
        })
      : [],
    method: method(records, parties, period, settings, step, end),
  };
}

/** A report needs the partnership to have started by the period's end and something to say about it. */
function checkHasData(records: PartnershipRecords, period: ReportPeriod, end: HealthResult): void {
  const name = records.partnership.name;
  if (period.to < records.partnership.startDate) {
    throw new ReportInputError(
      'no-data-in-period',
      `Partnership "${name}" starts on ${records.partnership.startDate}, after the report period ends (${period.to}). Choose a period that ends on or after its start.`,
    );
  }
  const dated = [
    ...records.pulses.map((r) => r.date),
    ...records.interactions.map((r) => r.date),
    ...records.goalUpdates.map((r) => r.date),
    ...records.contributions.map((r) => r.date),
    ...records.reviews.map((r) => r.date),
    ...records.milestones.map((r) => r.date),
    ...records.frictions.map((r) => r.openedDate),
  ];
  const inPeriod = dated.some((d) => d >= period.from && d <= period.to);
  if (!inPeriod && end.health === null) {
    throw new ReportInputError(
      'no-data-in-period',
      `Partnership "${name}" has no records between ${period.from} and ${period.to} and no health score at the end of that period. Choose a period in which something was recorded.`,
    );
  }
}

function charts(
  records: PartnershipRecords,
  period: ReportPeriod,
  step: ReportCharts['step'],
  settings: Settings,
  end: HealthResult,
): ReportCharts {
  const series = healthSeries(records, { ...period, step }, settings);
  return {
    step,
    bands: { ...settings.bands },
    health: series.map((p) => ({ date: p.date, health: p.health })),
    dimensions: series.map((p) => ({ date: p.date, scores: { ...p.dimensions } })),
    goals: end.goals.map((g): GoalChart => {
      const goal = records.goals.find((r) => r.id === g.goalId);
      const startDate = goal?.startDate ?? period.from;
      const updates = records.goalUpdates
        .filter((u) => u.goalId === g.goalId && u.date <= period.to)
        .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
      return {
        goalId: g.goalId,
        title: displayText(g.title),
        unit: optionalText(goal?.unit),
        actual: [
          { date: startDate, value: g.baseline },
          ...updates.map((u) => ({ date: u.date, value: u.value })),
        ],
        expected: [
          { date: startDate, value: g.baseline },
          { date: g.dueDate, value: g.target },
        ],
      };
    }),
  };
}

function goalRows(records: PartnershipRecords, end: HealthResult): GoalRow[] {
  return end.goals.map((g) => ({
    goalId: g.goalId,
    title: displayText(g.title),
    unit: optionalText(records.goals.find((r) => r.id === g.goalId)?.unit),
    baseline: g.baseline,
    target: g.target,
    current: g.value,
    progress: g.progress,
    expected: g.expected,
    status: g.status,
    dueDate: g.dueDate,
  }));
}

function method(
  records: PartnershipRecords,
  parties: PartyRef[],
  period: ReportPeriod,
  settings: Settings,
  step: ReportCharts['step'],
  end: HealthResult,
): MethodAppendix {
  const trust = end.dimensions.trust;
  const present = DIMENSIONS.filter((name) => end.dimensions[name].score !== null).length;
  const confidence = end.confidence ?? 'low';
  const reasons: string[] = [];
  if (trust.pulseCount < 3)
    reasons.push(
      `only ${trust.pulseCount} pulse${trust.pulseCount === 1 ? '' : 's'} with trust answers in the last ${settings.lookbackDays} days (3 are needed)`,
    );
  if (present < 3) reasons.push(`only ${present} of 5 dimensions have data (3 are needed)`);
  return {
    lookbackDays: settings.lookbackDays,
    trendDays: settings.trendDays,
    weights: { ...settings.weights },
    bands: { ...settings.bands },
    step,
    respondents: respondentCounts(records, parties, period),
    freshness: freshness(records, period.to),
    confidence,
    confidenceReason:
      reasons.length > 0
        ? `Confidence is low: ${reasons.join(', and ')}.`
        : `Confidence is normal: ${trust.pulseCount} pulses with trust answers in the last ${settings.lookbackDays} days and ${present} of 5 dimensions with data.`,
  };
}
