// Wires automatic backups into the app: the backups folder under userData (outside Chromium's
// profile, so a damaged profile leaves them intact) and its four channels, each registered
// through the guarded handle() wrapper. The renderer makes the backup text; main only files it.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { shell } from 'electron';
import { BACKUPS_FOLDER_NAME } from '../policy/backup-names';
import { automaticBackupService } from './automatic-backups';
import { handle } from './ipc';

/** The folder automatic backups are written to. */
export function automaticBackupsFolder(userData: string): string {
  return path.join(userData, BACKUPS_FOLDER_NAME);
}

/** Registers the backup channels; the folder is created by the first backup. */
export function startAutomaticBackups(userData: string): void {
  const service = automaticBackupService(automaticBackupsFolder(userData));
  handle('backup:write-automatic', (request) => service.write(request));
  handle('backup:list', async () => ({
    folder: service.folder,
    backups: await service.list(),
  }));
  handle('backup:read', ({ name }) => service.read(name));
  handle('backup:reveal-folder', async () => {
    await mkdir(service.folder, { recursive: true });
    // openPath answers with an error message, or '' when the file manager opened.
    const problem = await shell.openPath(service.folder);
    if (problem !== '') {
      throw new Error(
        `Could not open the backups folder (${problem}). It is at ${service.folder}.`,
      );
    }
  });
}
