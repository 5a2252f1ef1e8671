// Backup export and import for the menu: export writes the whole data set as a backup file;
// import checks the whole file first, keeps the current data, replaces in one transaction,
// and offers Undo.
import { notifications } from '@mantine/notifications';
import { createElement } from 'react';
import { createBackup, parseBackup, serializeBackup } from '../../../../core/data/backup-file';
import { formatIssue } from '../../../../core/data/validation-issue';
import { localIsoDate } from '../../../../core/domain/dates';
import type { BackupFile } from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import { openedText, wasSaved, type DesktopPlatform } from '../../app/desktop-bridge';
import { UndoMessage } from '../../components/UndoMessage';
import { readAllData, replaceAllData } from '../../db/dataset-repository';

const BACKUP_FILTERS = [{ name: 'Partnership Health backup', extensions: ['json'] }];

/** Saves a backup file of everything stored, through the platform's save dialog. */
export async function exportBackup(
  platform: DesktopPlatform,
  now: Date = new Date(),
): Promise<void> {
  try {
    const app = await platform.getAppInfo();
    const backup = createBackup(await readAllData(), app, now.toISOString());
    const result = await platform.saveFile({
      suggestedName: `partnership-health-backup-${localIsoDate(now)}.json`,
      filters: BACKUP_FILTERS,
      content: serializeBackup(backup),
    });
    if (wasSaved(result)) notifications.show({ color: 'teal', message: 'Backup saved.' });
  } catch (error) {
    notifications.show({ color: 'red', title: 'Backup not saved', message: errorMessage(error) });
  }
}

/**
 * Lets the user pick a backup file and checks all of it. Returns the valid backup, or null
 * (cancelled, or the file was refused and the user told why; nothing was changed).
 */
export async function pickBackup(platform: DesktopPlatform): Promise<BackupFile | null> {
  try {
    const text = openedText(await platform.openFile({ filters: BACKUP_FILTERS, as: 'text' }));
    if (text === null) return null;
    const parsed = parseBackup(text);
    if (parsed.ok) return parsed.backup;
    const shown = parsed.issues.slice(0, 5).map(formatIssue);
    if (parsed.issues.length > 5) shown.push(`…and ${parsed.issues.length - 5} more problems.`);
    notifications.show({
      color: 'red',
      title: 'This backup cannot be restored; nothing was changed',
      message: shown.join('\n'),
      autoClose: false,
      style: { whiteSpace: 'pre-line' },
    });
  } catch (error) {
    notifications.show({ color: 'red', title: 'Backup not opened', message: errorMessage(error) });
  }
  return null;
}

/** Replaces all data with the backup's, keeping the current data for Undo. */
export async function restoreBackup(backup: BackupFile): Promise<void> {
  try {
    const previous = await readAllData();
    await replaceAllData(backup.data);
    const id = 'backup-restored';
    const undo = async () => {
      notifications.hide(id);
      try {
        await replaceAllData(previous);
        notifications.show({ color: 'teal', message: 'Your data before the restore is back.' });
      } catch (error) {
        notifications.show({ color: 'red', title: 'Could not undo', message: errorMessage(error) });
      }
    };
    notifications.show({
      id,
      autoClose: 15_000,
      message: createElement(UndoMessage, {
        text: `Restored the backup of ${backup.exportedAt}: ${backup.data.partnerships.length} partnerships.`,
        onUndo: undo,
      }),
    });
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Backup not restored',
      message: errorMessage(error),
    });
  }
}
