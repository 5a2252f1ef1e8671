// The dashboard's filters, search and sort, kept in the address (?band=…&sort=…) so they are
// still there when the user comes back from a partnership.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PARTNERSHIP_STATUSES, type PartnershipStatus } from '../../../../core/domain/types';
import {
  type BandFilter,
  type RowFilters,
  type SortDirection,
  type SortKey,
} from './dashboard-rows';

const BAND_FILTERS: readonly BandFilter[] = ['healthy', 'watch', 'at-risk', 'none'];
const SORT_KEYS: readonly SortKey[] = ['health', 'name', 'trend', 'alerts'];

/** The order each column starts in when first chosen: the partnerships needing care on top. */
export const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  health: 'asc',
  name: 'asc',
  trend: 'asc',
  alerts: 'desc',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export interface DashboardView {
  filters: RowFilters;
  sort: SortKey;
  direction: SortDirection;
  setFilter: <K extends keyof RowFilters>(key: K, value: RowFilters[K]) => void;
  clearFilters: () => void;
  /** Sorts by `key`; choosing the current key again reverses the order. */
  sortBy: (key: SortKey) => void;
}

export function useDashboardView(): DashboardView {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<RowFilters>(
    () => ({
      band: oneOf(params.get('band'), BAND_FILTERS),
      status: oneOf<PartnershipStatus>(params.get('status'), PARTNERSHIP_STATUSES),
      tag: params.get('tag'),
      owner: params.get('owner'),
      search: params.get('q') ?? '',
    }),
    [params],
  );
  const sort = oneOf(params.get('sort'), SORT_KEYS) ?? 'health';
  const direction: SortDirection =
    oneOf<SortDirection>(params.get('dir'), ['asc', 'desc']) ?? FIRST_DIRECTION[sort];

  // react-router hands a functional update the params of the last render, so two changes made
  // before the next render (clear the search, then pick a band) would lose the first. Each change
  // starts from the one before it until a render has caught up.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [params]);
  const update = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(pending.current ?? params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      pending.current = next;
      setParams(next, { replace: true });
    },
    [params, setParams],
  );

  const setFilter = useCallback(
    <K extends keyof RowFilters>(key: K, value: RowFilters[K]) =>
      update({ [key === 'search' ? 'q' : key]: value }),
    [update],
  );
  const clearFilters = useCallback(
    () => update(Object.fromEntries(['band', 'status', 'tag', 'owner', 'q'].map((k) => [k, null]))),
    [update],
  );
  const sortBy = useCallback(
    (key: SortKey) => {
      const reversed: SortDirection = direction === 'asc' ? 'desc' : 'asc';
      update({ sort: key, dir: key === sort ? reversed : FIRST_DIRECTION[key] });
    },
    [sort, direction, update],
  );
  return { filters, sort, direction, setFilter, clearFilters, sortBy };
}
