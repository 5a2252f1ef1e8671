// "Back up data": writes the whole database (every collection and the settings) as a backup
// file through the platform (desktop save dialog, browser download) and remembers when.
import { notifications } from '@mantine/notifications';
import { datedFileName } from './saved-files';
import { errorMessage } from '../../app/error-message';
import { recordManualBackup } from '../../db/meta-repository';
import type { Platform } from '../../platform/platform';
import { backupTextOffThread } from './backup-writer';

/** The text of a backup of everything stored now, written off the page's thread. */
export async function backupText(platform: Platform, now: Date): Promise<string> {
  const app = await platform.getAppInfo();
  return backupTextOffThread({
    app: { name: app.productName, version: app.version },
    exportedAt: now.toISOString(),
  });
}

/**
 * Saves a backup file of everything stored and records the time of this manual backup.
 * Returns true when saved, false when the user cancelled or it failed (the user is told).
 */
export async function backUpData(platform: Platform, now: Date = new Date()): Promise<boolean> {
  try {
    const result = await platform.saveFile({
      suggestedName: datedFileName('backup', now),
      kind: 'json',
      content: await backupText(platform, now),
    });
    if (!result.saved) return false;
    await recordManualBackup(now.toISOString());
    notifications.show({
      color: 'teal',
      title: 'Backup saved',
      message: result.path
        ? `Saved to ${result.path}. Keep a copy somewhere else too (another disk or a cloud folder).`
        : 'Your browser saved the backup file to its downloads. Keep it somewhere safe.',
    });
    return true;
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Backup not saved',
      message: `${errorMessage(error)} Your data is unchanged; try again.`,
    });
    return false;
  }
}
