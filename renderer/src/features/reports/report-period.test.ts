// Report period presets and custom dates: each preset's dates counted back from today, the
// previous calendar quarter, and custom periods refused when reversed or incomplete.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../../../../core/domain/dates';
import { previousQuarter, REPORT_PERIOD_PRESETS, reportPeriod } from './report-period';

const choice = (
  preset: (typeof REPORT_PERIOD_PRESETS)[number],
  customFrom = '',
  customTo = '',
) => ({
  preset,
  customFrom,
  customTo,
});

/** Any day from 1990 to 2100. */
const anyDay = fc
  .integer({ min: dayNumber('1990-01-01'), max: dayNumber('2100-12-31') })
  .map(fromDayNumber);

describe('reportPeriod presets', () => {
  it('count back from today', () => {
    const today = '2026-11-28';
    expect(reportPeriod(choice('last-90-days'), today)).toEqual({
      ok: true,
      from: '2026-08-30',
      to: today,
    });
    expect(reportPeriod(choice('last-6-months'), today)).toEqual({
      ok: true,
      from: '2026-05-28',
      to: today,
    });
    expect(reportPeriod(choice('last-12-months'), today)).toEqual({
      ok: true,
      from: '2025-11-28',
      to: today,
    });
    expect(reportPeriod(choice('this-year'), today)).toEqual({
      ok: true,
      from: '2026-01-01',
      to: today,
    });
  });

  it('clamp month arithmetic to the month end', () => {
    expect(reportPeriod(choice('last-6-months'), '2026-08-31')).toMatchObject({
      from: '2026-02-28',
    });
  });

  it('ignore the custom dates typed before', () => {
    const result = reportPeriod(choice('last-90-days', '2030-01-01', '2020-01-01'), '2026-03-31');
    expect(result.ok).toBe(true);
  });

  it('always give a period from ≤ to that ends no later than today', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.constantFrom(...REPORT_PERIOD_PRESETS.slice(0, 5)),
        (today, preset) => {
          const result = reportPeriod(choice(preset), today);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.from <= result.to).toBe(true);
          expect(result.to <= today).toBe(true);
        },
      ),
    );
  });
});

describe('previousQuarter', () => {
  it('is the whole calendar quarter before this one', () => {
    expect(previousQuarter('2026-11-28')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(previousQuarter('2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousQuarter('2026-03-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('starts on the 1st of Jan/Apr/Jul/Oct, ends the day before the current quarter starts', () => {
    fc.assert(
      fc.property(anyDay, (today) => {
        const { from, to } = previousQuarter(today);
        expect(from.slice(5)).toMatch(/^(01|04|07|10)-01$/);
        const next = fromDayNumber(dayNumber(to) + 1);
        expect(next.slice(5)).toMatch(/^(01|04|07|10)-01$/);
        expect(next <= today).toBe(true);
        // today is inside the quarter that starts the day after `to`.
        const days = dayNumber(today) - dayNumber(next);
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThan(92);
        expect(dayNumber(to) - dayNumber(from)).toBeGreaterThanOrEqual(89);
        expect(dayNumber(to) - dayNumber(from)).toBeLessThanOrEqual(91);
      }),
    );
  });
});

describe('custom periods', () => {
  it('accept an end on or after the start', () => {
    expect(reportPeriod(choice('custom', '2026-01-01', '2026-03-31'), '2026-11-28')).toEqual({
      ok: true,
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(reportPeriod(choice('custom', '2026-01-01', '2026-01-01'), '2026-11-28').ok).toBe(true);
  });

  it('refuse an end before the start, saying the rule in words', () => {
    const result = reportPeriod(choice('custom', '2026-03-31', '2026-01-01'), '2026-11-28');
    expect(result).toEqual({
      ok: false,
      problems: { to: expect.stringMatching(/cannot end before it starts/) },
    });
  });

  it('ask for missing or impossible dates', () => {
    const result = reportPeriod(choice('custom', '', '2026-02-30'), '2026-11-28');
    expect(result).toEqual({
      ok: false,
      problems: { from: expect.stringMatching(/first day/), to: expect.stringMatching(/last day/) },
    });
  });

  it('are accepted exactly when the end is not before the start', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (from, to) => {
        const result = reportPeriod(choice('custom', from, to), '2026-11-28');
        expect(result.ok).toBe(dayNumber(to) >= dayNumber(from));
      }),
    );
  });
});
