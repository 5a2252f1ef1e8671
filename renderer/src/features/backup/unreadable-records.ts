// Settings → Data, "Records that could not be read": what the list shows (the records that break
// a rule, each with how many valid records are held back with it), "Export them" and "Delete".
import { notifications } from '@mantine/notifications';
import { refKey, type QuarantinedRecord } from '../../../../core/data/quarantine';
import {
  serializeQuarantine,
  type QuarantineFileHeader,
} from '../../../../core/data/quarantine-file';
import { errorMessage } from '../../app/error-message';
import { showUndoable } from '../../components/show-undoable';
import { deleteQuarantined, putBackQuarantined } from '../../db/quarantine-repository';
import type { Platform } from '../../platform/platform';
import { datedFileName, savedWhere } from './saved-files';

/** One row of the list: a record that breaks a rule, and the records held back with it. */
export interface UnreadableRow {
  entry: QuarantinedRecord;
  heldBack: QuarantinedRecord[];
}

/** The list's rows (records held back with another are counted on its row, not listed). */
export function unreadableRows(quarantined: readonly QuarantinedRecord[]): UnreadableRow[] {
  const rows = new Map<string, UnreadableRow>();
  for (const entry of quarantined) {
    if (entry.heldBackWith === undefined) rows.set(refKey(entry), { entry, heldBack: [] });
  }
  for (const entry of quarantined) {
    if (entry.heldBackWith !== undefined)
      rows.get(refKey(entry.heldBackWith))?.heldBack.push(entry);
  }
  return [...rows.values()];
}

/**
 * What "Delete" did, in words.
 * @example deletedText(1, 12) === 'Deleted 1 record that could not be read and the 12 held back with it.'
 */
export function deletedText(roots: number, heldBack: number): string {
  const what = `Deleted ${roots === 1 ? '1 record' : `${roots} records`} that could not be read`;
  if (heldBack === 0) return `${what}.`;
  return `${what} and the ${heldBack === 1 ? 'record' : heldBack} held back with ${roots === 1 ? 'it' : 'them'}.`;
}

/** The sentence above the list: how many, why they are left out, what stays true, what to do. */
export function unreadableSummary(broken: number, heldBack: number): string {
  const one = broken === 1;
  const them = one ? 'it' : 'them';
  const parts = [
    `${one ? '1 record breaks' : `${broken} records break`} the rules of the data model (written by an older or newer version, or damaged), so the app leaves ${them} out of every screen and report.`,
  ];
  if (heldBack > 0) {
    parts.push(
      `${heldBack === 1 ? '1 other record is' : `${heldBack} other records are`} held back with ${them} because ${heldBack === 1 ? 'it depends' : 'they depend'} on ${them}.`,
    );
  }
  parts.push(
    `Nothing is changed on disk, and backups keep ${them} as ${one ? 'it is' : 'they are'}. Export them to keep a copy, or delete them.`,
  );
  return parts.join(' ');
}

/**
 * Saves a file of records left out (see serializeQuarantine) through the platform's save dialog
 * or download: `kind` names the file, `source` says where the records were found, and `write`
 * gives the text for the header built here. Throws when it cannot be written or saved.
 */
export async function saveRecordsFile(
  platform: Platform,
  kind: 'unreadable-records' | 'rejected-records',
  source: string,
  now: Date,
  write: (header: QuarantineFileHeader) => string | Promise<string>,
): Promise<{ saved: boolean; path?: string }> {
  const app = await platform.getAppInfo();
  const content = await write({
    app: { name: app.productName, version: app.version },
    exportedAt: now.toISOString(),
    source,
  });
  return platform.saveFile({ suggestedName: datedFileName(kind, now), kind: 'json', content });
}

/**
 * "Export them": saves every record left out (those held back too), as found, with the rule each
 * breaks, through the platform's save dialog or download. Returns true when saved.
 */
export async function exportUnreadable(
  platform: Platform,
  quarantined: readonly QuarantinedRecord[],
  now: Date = new Date(),
): Promise<boolean> {
  try {
    const result = await saveRecordsFile(
      platform,
      'unreadable-records',
      "this app's database",
      now,
      (header) => serializeQuarantine(quarantined, header),
    );
    if (!result.saved) return false;
    notifications.show({
      color: 'teal',
      title: 'Records exported',
      message: `${savedWhere(result.path)} Nothing was changed in the app.`,
    });
    return true;
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Records not exported',
      message: `${errorMessage(error)} Nothing was changed; try again.`,
    });
    return false;
  }
}

/**
 * "Delete": deletes the records that break a rule together with the records held back with them
 * (which could not be used without them; the export and the Undo copy hold them all), then
 * offers Undo, which puts every one back.
 */
export async function deleteUnreadable(rows: readonly UnreadableRow[]): Promise<void> {
  try {
    const roots = rows.map((row) => row.entry);
    const deleted = await deleteQuarantined([...roots, ...rows.flatMap((row) => row.heldBack)]);
    const n = deleted.entries.length;
    const rootsDeleted = deleted.entries.filter((e) => e.heldBackWith === undefined).length;
    showUndoable({
      id: 'delete-unreadable-records',
      text: deletedText(rootsDeleted, n - rootsDeleted),
      undo: () => putBackQuarantined(deleted),
      restoredText: n === 1 ? 'The record is back.' : 'The records are back.',
    });
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Nothing was deleted',
      message: errorMessage(error),
    });
  }
}
