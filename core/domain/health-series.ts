// Health over time: the model evaluated at the end of each week (Sunday) or month in a range,
// plus the range's last date. Records are prepared once and each date is found by binary search.

import { addDays, dayNumber, endOfMonth, endOfWeek, fromDayNumber } from './dates';
import { DIMENSIONS, type DimensionName } from './dimension-names';
import { snapshotAt, type Band } from './health-snapshot';
import type { PartnershipRecords } from './partnership-records';
import { prepareRecords } from './prepared-records';
import { trustByParty } from './trust';
import type { IsoDate, Settings } from './types';

export type SeriesStep = 'week' | 'month';

export interface HealthPoint {
  date: IsoDate;
  health: number | null;
  band: Band | null;
  dimensions: Record<DimensionName, number | null>;
  perceptionGap: number | null;
  /** Each party's trust score (0–100), null when it gave no trust pulse in the window. */
  trustByParty: Record<string, number | null>;
}

/**
 * The dates of a series over [from, to]: every week end (Sunday) or month end in the range,
 * then `to` itself when it is not one. Empty when from > to.
 */
export function seriesDates(from: IsoDate, to: IsoDate, step: SeriesStep): IsoDate[] {
  const dates: IsoDate[] = [];
  const last = dayNumber(to);
  if (dayNumber(from) > last) return dates;
  if (step === 'week') {
    for (let day = dayNumber(endOfWeek(from)); day <= last; day += 7)
      dates.push(fromDayNumber(day));
  } else {
    for (let date = endOfMonth(from); date <= to; date = endOfMonth(addDays(date, 1))) {
      dates.push(date);
    }
  }
  if (dates[dates.length - 1] !== to) dates.push(to);
  return dates;
}

/** The health of one partnership at each date of seriesDates(from, to, step). */
export function healthSeries(
  records: PartnershipRecords,
  range: { from: IsoDate; to: IsoDate; step: SeriesStep },
  settings: Settings,
): HealthPoint[] {
  const prepared = prepareRecords(records);
  const partyIds = records.partnership.partyIds;
  return seriesDates(range.from, range.to, range.step).map((date) => {
    const day = dayNumber(date);
    const snapshot = snapshotAt(prepared, day, settings);
    const dimensions = {} as Record<DimensionName, number | null>;
    for (const name of DIMENSIONS) dimensions[name] = snapshot.dimensions[name].score;
    return {
      date,
      health: snapshot.health,
      band: snapshot.band,
      dimensions,
      perceptionGap: snapshot.perceptionGap,
      trustByParty: trustByParty(partyIds, snapshot.dimensions.trust),
    };
  });
}
