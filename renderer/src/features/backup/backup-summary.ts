// What a restore preview tells before anything changes: counts per collection, the partnerships,
// the dates the records span, and when and by which app the backup was written.
import { countRecords } from '../../../../core/data/backup-file';
import type {
  BackupFile,
  CollectionName,
  Dataset,
  IsoDate,
  PartnershipStatus,
  Timestamp,
} from '../../../../core/domain/types';

export interface BackupSummary {
  exportedAt: Timestamp;
  appName: string;
  appVersion: string;
  counts: Record<CollectionName, number>;
  totalRecords: number;
  partnerships: { id: string; name: string; status: PartnershipStatus }[];
  /** Earliest and latest dated record (null when no record has a date). */
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
}

/** Every date that says when something happened (not due dates, which lie ahead). */
function recordDates(data: Dataset): IsoDate[] {
  const dates: IsoDate[] = [];
  for (const p of data.partnerships) dates.push(p.startDate);
  for (const list of [
    data.pulses,
    data.interactions,
    data.goalUpdates,
    data.contributions,
    data.reviews,
    data.milestones,
  ]) {
    for (const record of list) dates.push(record.date);
  }
  for (const g of data.goals) dates.push(g.startDate);
  for (const f of data.frictions) {
    dates.push(f.openedDate);
    if (f.resolvedDate) dates.push(f.resolvedDate);
  }
  return dates;
}

/**
 * The preview of a checked backup. Partnerships are listed by name (ignoring case); the date
 * range covers start, record, opened and resolved dates, not due dates.
 */
export function summariseBackup(backup: BackupFile): BackupSummary {
  const counts = countRecords(backup.data);
  let firstDate: IsoDate | null = null;
  let lastDate: IsoDate | null = null;
  // ISO dates compare correctly as text.
  for (const date of recordDates(backup.data)) {
    if (firstDate === null || date < firstDate) firstDate = date;
    if (lastDate === null || date > lastDate) lastDate = date;
  }
  return {
    exportedAt: backup.exportedAt,
    appName: backup.app.name,
    appVersion: backup.app.version,
    counts,
    totalRecords: Object.values(counts).reduce((sum, n) => sum + n, 0),
    partnerships: backup.data.partnerships
      .map(({ id, name, status }) => ({ id, name, status }))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })),
    firstDate,
    lastDate,
  };
}

/** The collections as a person names them, in data-model order. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  organizations: 'Organizations',
  partnerships: 'Partnerships',
  pulses: 'Pulses',
  interactions: 'Check-ins',
  goals: 'Goals',
  goalUpdates: 'Goal updates',
  contributions: 'Contributions',
  frictions: 'Frictions',
  reviews: 'Reviews',
  milestones: 'Milestones',
};
