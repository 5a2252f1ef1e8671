// The record-based sections of a partnership report for a period: communication, give and take,
// wins, frictions, actions, reviews, respondents' comments and the method appendix's inputs.

import { daysBetween } from '../domain/dates';
import type { HealthResult } from '../domain/health';
import type { PartnershipRecords } from '../domain/partnership-records';
import { agreedShares } from '../domain/reciprocity';
import type { ActionItem, IsoDate } from '../domain/types';
import { displayText, optionalText } from './display-text';
import type {
  ActionRow,
  CommunicationSummary,
  FrictionRow,
  GiveAndTakeRow,
  MethodAppendix,
  PartyRef,
  RespondentComment,
  ReportPeriod,
  ReviewNote,
  WinRow,
} from './report-model';

const inPeriod = (date: IsoDate, period: ReportPeriod) => date >= period.from && date <= period.to;

/** Check-ins in the period, who initiated them, adherence at the end and the last contact. */
export function communicationSummary(
  records: PartnershipRecords,
  parties: PartyRef[],
  period: ReportPeriod,
  result: HealthResult,
): CommunicationSummary {
  const cadence = records.partnership.checkInCadenceDays;
  const held = records.interactions.filter((i) => inPeriod(i.date, period));
  const initiated = held.filter((i) => parties.some((p) => p.id === i.initiatorPartyId));
  const communication = result.dimensions.communication;
  return {
    checkIns: held.length,
    expectedCheckIns: (daysBetween(period.from, period.to) + 1) / cadence,
    cadenceDays: cadence,
    adherence: communication.adherence,
    initiators: parties.map((party) => {
      const count = initiated.filter((i) => i.initiatorPartyId === party.id).length;
      return { party, count, share: initiated.length > 0 ? count / initiated.length : 0 };
    }),
    lastContact: communication.lastInteractionDate,
    daysSinceLastContact: communication.daysSinceLast,
  };
}

/** Each party's contributions in the period against its agreed share. */
export function giveAndTake(
  records: PartnershipRecords,
  parties: PartyRef[],
  period: ReportPeriod,
): GiveAndTakeRow[] {
  const agreed = agreedShares(
    parties.map((p) => p.id),
    records.partnership.partyShares,
  );
  const values = parties.map((party) =>
    records.contributions
      .filter((c) => c.partyId === party.id && inPeriod(c.date, period))
      .reduce((sum, c) => sum + c.value, 0),
  );
  const total = values.reduce((a, b) => a + b, 0);
  return parties.map((party, i) => ({
    party,
    value: values[i] ?? 0,
    share: total > 0 ? (values[i] ?? 0) / total : 0,
    agreedShare: agreed[i] ?? 0,
  }));
}

/** Milestones reached in the period, oldest first. */
export function wins(records: PartnershipRecords, period: ReportPeriod): WinRow[] {
  return records.milestones
    .filter((m) => inPeriod(m.date, period))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => ({
      date: m.date,
      title: displayText(m.title),
      description: optionalText(m.description),
      celebrated: m.celebrated,
    }));
}

/**
 * Frictions opened or resolved in the period, and those still open at its end. Notes are kept
 * only when `withNotes` (internal audience).
 */
export function frictionRows(
  records: PartnershipRecords,
  period: ReportPeriod,
  withNotes: boolean,
): FrictionRow[] {
  const rows: FrictionRow[] = [];
  for (const f of records.frictions) {
    if (f.openedDate > period.to) continue;
    const resolved = f.resolvedDate && f.resolvedDate <= period.to ? f.resolvedDate : null;
    if (resolved !== null && resolved < period.from) continue;
    const state = resolved !== null ? 'resolved' : f.openedDate >= period.from ? 'opened' : 'open';
    rows.push({
      title: displayText(f.title),
      category: f.category,
      severity: f.severity,
      openedDate: f.openedDate,
      resolvedDate: resolved,
      state,
      ageDays: daysBetween(f.openedDate, resolved ?? period.to),
      notes: withNotes ? optionalText(f.notes) : null,
    });
  }
  const order = { open: 0, opened: 1, resolved: 2 };
  return rows.sort(
    (a, b) => order[a.state] - order[b.state] || a.openedDate.localeCompare(b.openedDate),
  );
}

/** Open follow-ups of check-ins and open review actions up to the period's end, by due date. */
export function openActions(
  records: PartnershipRecords,
  parties: PartyRef[],
  period: ReportPeriod,
): ActionRow[] {
  const rows: ActionRow[] = [];
  const add = (
    items: ActionItem[] | null | undefined,
    source: ActionRow['source'],
    date: IsoDate,
  ) => {
    for (const item of items ?? []) {
      if (item.done) continue;
      const due = item.dueDate ?? null;
      rows.push({
        text: displayText(item.text),
        source,
        sourceDate: date,
        owner: parties.find((p) => p.id === item.ownerPartyId) ?? null,
        dueDate: due,
        overdue: due !== null && due < period.to,
      });
    }
  };
  for (const i of records.interactions)
    if (i.date <= period.to) add(i.followUps, 'check-in', i.date);
  for (const r of records.reviews) if (r.date <= period.to) add(r.actions, 'review', r.date);
  return rows.sort(
    (a, b) =>
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.sourceDate.localeCompare(b.sourceDate),
  );
}

/** Review reflections in the period (shared with partners: they were written together). */
export function reviewNotes(records: PartnershipRecords, period: ReportPeriod): ReviewNote[] {
  return records.reviews
    .filter((r) => inPeriod(r.date, period))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((r) => ({
      date: r.date,
      wentWell: optionalText(r.wentWell),
      toImprove: optionalText(r.toImprove),
    }))
    .filter((r) => r.wentWell !== null || r.toImprove !== null);
}

/** Pulse comments in the period with who wrote them (internal audience only). */
export function respondentComments(
  records: PartnershipRecords,
  parties: PartyRef[],
  period: ReportPeriod,
): RespondentComment[] {
  const out: RespondentComment[] = [];
  for (const pulse of records.pulses) {
    const comment = optionalText(pulse.comment);
    const party = parties.find((p) => p.id === pulse.partyId);
    if (comment === null || !party || !inPeriod(pulse.date, period)) continue;
    out.push({ date: pulse.date, party, respondent: optionalText(pulse.respondent), comment });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** Who answered pulses in the period per party: pulse count and distinct respondents (anonymous answers count one each). */
export function respondentCounts(
  records: PartnershipRecords,
  parties: PartyRef[],
  period: ReportPeriod,
): MethodAppendix['respondents'] {
  return parties.map((party) => {
    const pulses = records.pulses.filter((p) => p.partyId === party.id && inPeriod(p.date, period));
    const named = new Set(pulses.map((p) => p.respondent?.trim()).filter((n): n is string => !!n));
    const anonymous = pulses.filter((p) => !p.respondent?.trim()).length;
    return { party, pulses: pulses.length, respondents: named.size + anonymous };
  });
}

/** The latest date of each input on or before the period's end. */
export function freshness(records: PartnershipRecords, to: IsoDate): MethodAppendix['freshness'] {
  return {
    latestPulse: latestDate(
      records.pulses.map((p) => p.date),
      to,
    ),
    latestCheckIn: latestDate(
      records.interactions.map((i) => i.date),
      to,
    ),
    latestGoalUpdate: latestDate(
      records.goalUpdates.map((u) => u.date),
      to,
    ),
    latestContribution: latestDate(
      records.contributions.map((c) => c.date),
      to,
    ),
  };
}

/** The latest of `dates` on or before `to`, or null. */
export function latestDate(dates: IsoDate[], to: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const d of dates) if (d <= to && (latest === null || d > latest)) latest = d;
  return latest;
}
