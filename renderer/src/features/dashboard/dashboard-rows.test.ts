// Filtering, searching and sorting the dashboard's rows.
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../../../core/domain/health';
import {
  distinctValues,
  matchesFilters,
  NO_FILTERS,
  sortRows,
  visibleRows,
} from './dashboard-rows';
import type { DimensionCell, PartnershipSummary } from './portfolio-overview';

function row(overrides: Partial<PartnershipSummary> & { name: string }): PartnershipSummary {
  const empty: DimensionCell = { score: null, delta: null, trend: null };
  return {
    id: overrides.name.toLowerCase(),
    status: 'active',
    owner: null,
    tags: [],
    health: null,
    band: null,
    trend: null,
    trendDelta: null,
    confidence: null,
    dimensions: Object.fromEntries(
      DIMENSIONS.map((d) => [d, empty]),
    ) as PartnershipSummary['dimensions'],
    alertCount: 0,
    criticalCount: 0,
    topAlert: null,
    ...overrides,
  };
}

const rows = [
  row({
    name: 'École Verte',
    health: 72,
    band: 'healthy',
    trendDelta: 6,
    tags: ['education'],
    owner: 'Ana',
  }),
  row({
    name: 'apex',
    health: 41,
    band: 'at-risk',
    trendDelta: -9,
    alertCount: 3,
    criticalCount: 1,
    owner: 'Ben',
  }),
  row({
    name: 'Bridge',
    health: 55,
    band: 'watch',
    trendDelta: 0,
    alertCount: 4,
    status: 'paused',
    tags: ['health', 'education'],
  }),
  row({ name: 'New one', status: 'forming' }),
];
const names = (list: PartnershipSummary[]) => list.map((r) => r.name);

describe('sortRows', () => {
  it('sorts by health either way, rows without a score last', () => {
    expect(names(sortRows(rows, 'health', 'asc'))).toEqual([
      'apex',
      'Bridge',
      'École Verte',
      'New one',
    ]);
    expect(names(sortRows(rows, 'health', 'desc'))).toEqual([
      'École Verte',
      'Bridge',
      'apex',
      'New one',
    ]);
  });
  it('sorts by name ignoring case', () => {
    expect(names(sortRows(rows, 'name', 'asc'))).toEqual([
      'apex',
      'Bridge',
      'École Verte',
      'New one',
    ]);
    expect(names(sortRows(rows, 'name', 'desc'))).toEqual([
      'New one',
      'École Verte',
      'Bridge',
      'apex',
    ]);
  });
  it('sorts by trend change and puts critical alerts before many warnings', () => {
    expect(names(sortRows(rows, 'trend', 'asc'))).toEqual([
      'apex',
      'Bridge',
      'École Verte',
      'New one',
    ]);
    expect(names(sortRows(rows, 'alerts', 'desc'))).toEqual([
      'apex',
      'Bridge',
      'École Verte',
      'New one',
    ]);
  });
  it('leaves its input unchanged', () => {
    const before = names(rows);
    sortRows(rows, 'name', 'desc');
    expect(names(rows)).toEqual(before);
  });
});

describe('filters and search', () => {
  it('keeps everything with no filter', () => {
    expect(rows.every((r) => matchesFilters(r, NO_FILTERS))).toBe(true);
  });
  it('filters by band, including the rows without a score', () => {
    expect(names(visibleRows(rows, { ...NO_FILTERS, band: 'watch' }, 'name', 'asc'))).toEqual([
      'Bridge',
    ]);
    expect(names(visibleRows(rows, { ...NO_FILTERS, band: 'none' }, 'name', 'asc'))).toEqual([
      'New one',
    ]);
  });
  it('filters by status, tag and owner together', () => {
    const education = { ...NO_FILTERS, tag: 'education' };
    expect(names(visibleRows(rows, education, 'name', 'asc'))).toEqual(['Bridge', 'École Verte']);
    expect(names(visibleRows(rows, { ...education, status: 'active' }, 'name', 'asc'))).toEqual([
      'École Verte',
    ]);
    expect(names(visibleRows(rows, { ...NO_FILTERS, owner: 'Ben' }, 'name', 'asc'))).toEqual([
      'apex',
    ]);
  });
  it('searches names by any part, in any case', () => {
    expect(names(visibleRows(rows, { ...NO_FILTERS, search: ' VERT ' }, 'name', 'asc'))).toEqual([
      'École Verte',
    ]);
    expect(visibleRows(rows, { ...NO_FILTERS, search: 'zzz' }, 'name', 'asc')).toEqual([]);
  });
});

describe('distinctValues', () => {
  it('lists each tag and owner once, sorted, without blanks', () => {
    expect(distinctValues(rows, (r) => r.tags)).toEqual(['education', 'health']);
    expect(distinctValues(rows, (r) => [r.owner])).toEqual(['Ana', 'Ben']);
  });
});
