// The Reports form's choice → report request: the picker's "Whole portfolio" rule, sections only
// for portfolio reports, problems named per field, and the preselected partnership.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReportRequest,
  initialChoice,
  isPortfolioChoice,
  nextSelection,
  WHOLE_PORTFOLIO,
  type ReportChoice,
} from './report-choice';

const TODAY = '2026-11-28';

function choice(overrides: Partial<ReportChoice>): ReportChoice {
  return { ...initialChoice(null, []), ...overrides };
}

describe('nextSelection', () => {
  it('lets "Whole portfolio" replace the partnerships chosen so far', () => {
    expect(nextSelection(['p-1', 'p-2'], ['p-1', 'p-2', WHOLE_PORTFOLIO])).toEqual([
      WHOLE_PORTFOLIO,
    ]);
  });

  it('lets a partnership replace "Whole portfolio"', () => {
    expect(nextSelection([WHOLE_PORTFOLIO], [WHOLE_PORTFOLIO, 'p-3'])).toEqual(['p-3']);
  });

  it('keeps ordinary additions and removals', () => {
    expect(nextSelection(['p-1'], ['p-1', 'p-2'])).toEqual(['p-1', 'p-2']);
    expect(nextSelection(['p-1', 'p-2'], ['p-2'])).toEqual(['p-2']);
    expect(nextSelection([WHOLE_PORTFOLIO], [])).toEqual([]);
  });

  it('never holds the whole portfolio together with a partnership', () => {
    const ids = fc.constantFrom(WHOLE_PORTFOLIO, 'p-1', 'p-2', 'p-3');
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(ids)), (steps) => {
        let selection: string[] = [];
        for (const next of steps) {
          selection = nextSelection(selection, next);
          if (selection.includes(WHOLE_PORTFOLIO)) expect(selection).toEqual([WHOLE_PORTFOLIO]);
        }
      }),
    );
  });
});

describe('buildReportRequest', () => {
  it('asks for one partnership report without sections', () => {
    const result = buildReportRequest(
      choice({ selection: ['p-7'], sectionsPerPartnership: true }),
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      request: {
        partnerships: ['p-7'],
        from: '2026-08-30',
        to: TODAY,
        audience: 'internal',
        sections: false,
        generatedOn: TODAY,
      },
    });
  });

  it('asks for the whole portfolio as "all", with sections when switched on', () => {
    const result = buildReportRequest(
      choice({
        selection: [WHOLE_PORTFOLIO],
        sectionsPerPartnership: true,
        audience: 'partners',
        period: { preset: 'previous-quarter', customFrom: '', customTo: '' },
      }),
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      request: {
        partnerships: 'all',
        from: '2026-07-01',
        to: '2026-09-30',
        audience: 'partners',
        sections: true,
        generatedOn: TODAY,
      },
    });
  });

  it('keeps several chosen partnerships as a list', () => {
    const result = buildReportRequest(choice({ selection: ['p-2', 'p-1'] }), TODAY);
    expect(result.ok && result.request.partnerships).toEqual(['p-2', 'p-1']);
  });

  it('names each problem: nothing chosen, reversed custom period', () => {
    const result = buildReportRequest(
      choice({
        selection: [],
        period: { preset: 'custom', customFrom: '2026-05-01', customTo: '2026-04-30' },
      }),
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        selection: expect.stringMatching(/Choose a partnership/),
        to: expect.stringMatching(/cannot end before it starts/),
      },
    });
  });
});

describe('isPortfolioChoice and initialChoice', () => {
  it('tells a portfolio choice from a single partnership', () => {
    expect(isPortfolioChoice(['p-1'])).toBe(false);
    expect(isPortfolioChoice(['p-1', 'p-2'])).toBe(true);
    expect(isPortfolioChoice([WHOLE_PORTFOLIO])).toBe(true);
    expect(isPortfolioChoice([])).toBe(false);
  });

  it('preselects the partnership from the address only when it exists', () => {
    expect(initialChoice('p-2', ['p-1', 'p-2']).selection).toEqual(['p-2']);
    expect(initialChoice('p-9', ['p-1', 'p-2']).selection).toEqual([]);
    expect(initialChoice(null, ['p-1']).selection).toEqual([]);
  });
});
