// The dashboard's row list: which partnerships pass the filters and the search, and their order.

import type { Band } from '../../../../core/domain/health';
import type { PartnershipStatus } from '../../../../core/domain/types';
import type { PartnershipSummary } from './portfolio-overview';

export type SortKey = 'health' | 'name' | 'trend' | 'alerts';
export type SortDirection = 'asc' | 'desc';

/** 'none' selects the partnerships without a score. */
export type BandFilter = Band | 'none';

export interface RowFilters {
  band: BandFilter | null;
  status: PartnershipStatus | null;
  tag: string | null;
  owner: string | null;
  /** Part of the name, any case and accents as typed. */
  search: string;
}

export const NO_FILTERS: RowFilters = {
  band: null,
  status: null,
  tag: null,
  owner: null,
  search: '',
};

/** True when the row passes every filter that is set and its name contains the search text. */
export function matchesFilters(row: PartnershipSummary, filters: RowFilters): boolean {
  if (filters.band !== null && (row.band ?? 'none') !== filters.band) return false;
  if (filters.status !== null && row.status !== filters.status) return false;
  if (filters.tag !== null && !row.tags.includes(filters.tag)) return false;
  if (filters.owner !== null && row.owner !== filters.owner) return false;
  const search = filters.search.trim().toLocaleLowerCase();
  return search === '' || row.name.toLocaleLowerCase().includes(search);
}

/** How serious a row's alerts are: critical count first, then the number of alerts. */
function alertWeight(row: PartnershipSummary): number {
  return row.criticalCount * 1000 + row.alertCount;
}

const byName = (a: PartnershipSummary, b: PartnershipSummary) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** Compares two numbers that may be missing; missing values always sort last. */
function compareMissingLast(
  a: number | null,
  b: number | null,
  direction: SortDirection,
): number | null {
  if (a === null && b === null) return null;
  if (a === null) return 1;
  if (b === null) return -1;
  return direction === 'asc' ? a - b : b - a;
}

/**
 * The rows sorted by `key` in `direction`; rows without the value (no score, no trend) go last
 * either way, and ties are broken by name.
 */
export function sortRows(
  rows: readonly PartnershipSummary[],
  key: SortKey,
  direction: SortDirection,
): PartnershipSummary[] {
  const value: Record<Exclude<SortKey, 'name'>, (row: PartnershipSummary) => number | null> = {
    health: (row) => row.health,
    trend: (row) => row.trendDelta,
    alerts: alertWeight,
  };
  return [...rows].sort((a, b) => {
    if (key === 'name') return direction === 'asc' ? byName(a, b) : byName(b, a);
    return compareMissingLast(value[key](a), value[key](b), direction) || byName(a, b);
  });
}

/** The rows that pass the filters, in the chosen order. */
export function visibleRows(
  rows: readonly PartnershipSummary[],
  filters: RowFilters,
  key: SortKey,
  direction: SortDirection,
): PartnershipSummary[] {
  return sortRows(
    rows.filter((row) => matchesFilters(row, filters)),
    key,
    direction,
  );
}

/** The distinct values of a text field over the rows, sorted, for a filter's choices. */
export function distinctValues(
  rows: readonly PartnershipSummary[],
  pick: (row: PartnershipSummary) => readonly (string | null)[],
): string[] {
  const values = new Set<string>();
  for (const row of rows) for (const value of pick(row)) if (value) values.add(value);
  return [...values].sort((a, b) => a.localeCompare(b));
}
