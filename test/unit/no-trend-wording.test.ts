// "No trend" reads the same in the CLI's score table, a report's summary and the trend word the
// screens and PDFs use: every one says NO_TREND when the score of trendDays earlier is missing.
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../cli/run-cli.test-support';
import { NO_TREND, trendWord } from '../../core/report/format';
import { buildPartnershipReport } from '../../core/report/partnership-report';
import { reportFixture } from '../../core/report/report-fixture';
import { WORKED_EXAMPLE_PATH } from '../fixtures/worked-example';

// The worked example starts on 2026-01-01: on 01-20 there is a score but none 30 days earlier.
const EARLY = '2026-01-20';

describe('the "no trend" phrase', () => {
  it('is the trend word of a missing trend', () => {
    expect(NO_TREND).toBe('No trend yet');
    expect(trendWord(null)).toBe(NO_TREND);
  });

  it('is what the CLI score table prints when there is no trend', async () => {
    const early = await runCaptured(
      ['score', '--data', WORKED_EXAMPLE_PATH, '--as-of', EARLY],
      EARLY,
    );
    expect(early.code).toBe(0);
    expect(early.stdout).toContain(NO_TREND);
    const later = await runCaptured(
      ['score', '--data', WORKED_EXAMPLE_PATH, '--as-of', '2026-03-31'],
      '2026-03-31',
    );
    expect(later.stdout).toContain('→ Steady');
    expect(later.stdout).not.toContain(NO_TREND);
  });

  it('is what a report summary says when there is no trend', () => {
    const report = buildPartnershipReport(reportFixture(), {
      partnershipId: 'p1',
      from: '2026-01-01',
      to: EARLY,
      audience: 'internal',
      generatedOn: '2026-11-28',
    });
    expect(report.summary.health).not.toBeNull();
    expect(report.summary.trend).toBeNull();
    expect(report.summary.sentences[0]).toContain(NO_TREND.toLowerCase());
  });
});
