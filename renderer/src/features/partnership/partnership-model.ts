// Everything the partnership page shows, computed from one partnership's live records: the
// engine's health today, its series over the chosen period, and names for the parties.
import type { HealthResult } from '../../../../core/domain/health';
import type { HealthPoint, SeriesStep } from '../../../../core/domain/health-series';
import type { PartnershipRecords } from '../../../../core/domain/partnership-records';
import type { PreparedRecords } from '../../../../core/domain/prepared-records';
import type { IsoDate, Organization, Settings } from '../../../../core/domain/types';

export interface PartnershipModel {
  records: PartnershipRecords;
  /** The same records prepared once for the engine (sorted and indexed by day). */
  prepared: PreparedRecords;
  parties: Organization[];
  settings: Settings;
  today: IsoDate;
  from: IsoDate;
  to: IsoDate;
  step: SeriesStep;
  /** The engine's result as of today. */
  result: HealthResult;
  /** The engine's series over [from, to] by step. */
  series: HealthPoint[];
  /** An organization's name (its id when it is not one of the parties). */
  nameOf: (orgId: string) => string;
}

/** A party-name lookup over the partnership's parties. */
export function partyNamer(parties: readonly Organization[]): (orgId: string) => string {
  const names = new Map(parties.map((p) => [p.id, p.name]));
  return (orgId) => names.get(orgId) ?? orgId;
}

/** Records dated within [from, to]. */
export function inPeriod<T extends { date: IsoDate }>(
  records: readonly T[],
  from: IsoDate,
  to: IsoDate,
): T[] {
  return records.filter((r) => from <= r.date && r.date <= to);
}

/** Newest first (by date, then id, so the order is stable). */
export function newestFirst<T extends { date: IsoDate; id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : -1,
  );
}
