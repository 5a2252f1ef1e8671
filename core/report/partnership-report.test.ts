// Tests of the partnership report model: figures from the engine, audiences, sections, bad input.

import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../domain/dates';
import { DIMENSIONS } from '../domain/dimension-names';
import { evaluateHealth } from '../domain/health';
import { groupByPartnership } from '../domain/partnership-records';
import { buildPartnershipReport, type PartnershipReportOptions } from './partnership-report';
import { ReportInputError } from './report-input';
import { PRIVATE_STRINGS, reportFixture } from './report-fixture';

const base: PartnershipReportOptions = {
  partnershipId: 'p1',
  from: '2026-01-01',
  to: '2026-03-31',
  audience: 'internal',
  generatedOn: '2026-11-28',
};

function engineAt(asOf: string) {
  const dataset = reportFixture();
  return evaluateHealth(groupByPartnership(dataset).get('p1')!, asOf, dataset.settings);
}

describe('buildPartnershipReport', () => {
  it('reports the engine’s figures at the period’s end (the spec’s worked example)', () => {
    const report = buildPartnershipReport(reportFixture(), base);
    const end = engineAt('2026-03-31');
    expect(report.summary.health).toBe(end.health);
    expect(report.summary.health).toBeCloseTo(70.88, 2);
    expect(report.summary.band).toBe('healthy');
    expect(report.summary.trend).toBe(end.trend);
    for (const name of DIMENSIONS) {
      const row = report.scorecard.find((r) => r.dimension === name)!;
      expect(row.score).toBe(end.dimensions[name].score);
    }
    expect(report.goals.map((g) => g.status)).toEqual(end.goals.map((g) => g.status));
  });

  it('names the last contact on or before the period’s end and the days since', () => {
    const dataset = reportFixture();
    const { communication } = buildPartnershipReport(dataset, { ...base, to: '2026-03-20' });
    const last = dataset.interactions
      .filter((i) => i.partnershipId === 'p1' && i.date <= '2026-03-20')
      .map((i) => i.date)
      .sort()
      .at(-1)!;
    expect(communication.lastContact).toBe(last);
    expect(communication.daysSinceLastContact).toBe(daysBetween(last, '2026-03-20'));
    expect(communication.daysSinceLastContact).toBeGreaterThan(0);
  });

  it('measures each dimension’s change from the period’s start to its end', () => {
    const report = buildPartnershipReport(reportFixture(), { ...base, from: '2026-03-01' });
    const start = engineAt('2026-03-01');
    const end = engineAt('2026-03-31');
    const friction = report.scorecard.find((r) => r.dimension === 'friction')!;
    expect(friction.change).toBe(end.dimensions.friction.score! - start.dimensions.friction.score!);
    expect(friction.change).toBe(-15);
  });

  it('writes the summary from the data: health, what fell, open frictions and the next review', () => {
    const { summary } = buildPartnershipReport(reportFixture(), base);
    expect(summary.sentences.length).toBeGreaterThanOrEqual(3);
    expect(summary.sentences.length).toBeLessThanOrEqual(5);
    const text = summary.sentences.join(' ');
    expect(text).toContain('Health stood at 71 (Healthy) on 31 Mar 2026');
    expect(text).toMatch(/Friction \(−15 to 85\).* fell/);
    expect(text).toContain('1 friction point is open, the oldest for 21 days');
    // Last review 2026-03-28 + 90 days.
    expect(summary.nextReviewDate).toBe(addDays('2026-03-28', 90));
  });

  it('uses weekly chart points up to six months and monthly points beyond', () => {
    const short = buildPartnershipReport(reportFixture(), base);
    expect(short.charts.step).toBe('week');
    expect(short.charts.health.at(-1)?.date).toBe('2026-03-31');
    const long = buildPartnershipReport(reportFixture(), { ...base, to: '2026-09-30' });
    expect(long.charts.step).toBe('month');
    expect(long.charts.health.map((p) => p.date)).toContain('2026-06-30');
  });

  it('lists the sections’ records for the period', () => {
    const report = buildPartnershipReport(reportFixture(), base);
    expect(report.communication.checkIns).toBe(4);
    expect(report.communication.initiators.map((i) => i.share)).toEqual([0.75, 0.25]);
    expect(report.giveAndTake.map((g) => [g.value, g.agreedShare])).toEqual([
      [30, 0.5],
      [10, 0.5],
    ]);
    expect(report.wins.map((w) => w.title)).toEqual(['First 1,000 meals rescued']);
    expect(report.frictions).toMatchObject([{ state: 'opened', ageDays: 21 }]);
    // The done follow-up is left out; the overdue one comes first.
    expect(report.actions.map((a) => [a.text, a.owner?.id, a.overdue])).toEqual([
      ['Send the volunteer roster', 'org-a', true],
      ['Draft a shared pick-up schedule', 'org-b', false],
    ]);
    expect(report.method.freshness.latestPulse).toBe('2026-03-20');
    expect(report.method.respondents.map((r) => r.pulses)).toEqual([1, 2]);
  });

  it('keeps comments, respondent names, notes and the owner for the internal audience', () => {
    const json = JSON.stringify(buildPartnershipReport(reportFixture(), base));
    for (const secret of PRIVATE_STRINGS) expect(json).toContain(secret);
  });

  it('leaves every private string out of the partners’ model itself', () => {
    const report = buildPartnershipReport(reportFixture(), { ...base, audience: 'partners' });
    const json = JSON.stringify(report);
    for (const secret of PRIVATE_STRINGS) expect(json).not.toContain(secret);
    expect(report.comments).toEqual([]);
    expect(report.partyNotes).toEqual([]);
    expect(report.header.owner).toBeNull();
    expect(report.frictions.every((f) => f.notes === null)).toBe(true);
    // Shared review reflections stay.
    expect(report.reviews).toHaveLength(1);
  });

  it('rejects a period that ends before it starts', () => {
    const make = () =>
      buildPartnershipReport(reportFixture(), { ...base, from: '2026-04-01', to: '2026-03-01' });
    expect(make).toThrow(ReportInputError);
    expect(make).toThrow(/ends \(2026-03-01\) before it starts \(2026-04-01\)/);
  });

  it('rejects a malformed date, an unknown partnership and an unknown audience', () => {
    expect(() => buildPartnershipReport(reportFixture(), { ...base, to: '2026-02-30' })).toThrow(
      /not a calendar date/,
    );
    expect(() =>
      buildPartnershipReport(reportFixture(), { ...base, partnershipId: 'nope' }),
    ).toThrow(/no partnership with id "nope"/);
    expect(() =>
      buildPartnershipReport(reportFixture(), { ...base, audience: 'everyone' as 'internal' }),
    ).toThrow(ReportInputError);
  });

  it('rejects a period with no data for the partnership', () => {
    const before = () =>
      buildPartnershipReport(reportFixture(), { ...base, from: '2025-01-01', to: '2025-06-30' });
    expect(before).toThrow(ReportInputError);
    expect(before).toThrow(/starts on 2026-01-01, after the report period ends/);
    try {
      before();
    } catch (error) {
      expect((error as ReportInputError).problem).toBe('no-data-in-period');
    }
  });
});
