// The file:save and file:open capabilities: a native dialog chosen by the user, then an atomic
// write or a bounded read. The renderer never names a path; it only suggests a file name.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type {
  OpenedFile,
  OpenFileRequest,
  SaveFileRequest,
  SaveFileResult,
} from '../../core/bridge/desktop-api';
import { MAX_FILE_BYTES } from '../policy/ipc-payloads';
import { writeFileAtomically } from './atomic-write';

/** Asks where to save, then writes the content atomically. */
export async function saveFileWithDialog(
  window: BrowserWindow | null,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  const options = {
    defaultPath: path.join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
      'createDirectory' | 'showOverwriteConfirmation'
    >,
  };
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await writeFileAtomically(choice.filePath, request.content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not save "${path.basename(choice.filePath)}" (${reason}). Choose another folder, or free some disk space, and try again.`,
      { cause: error },
    );
  }
  return { saved: true, path: choice.filePath };
}

/** Asks which file to open, then reads it as UTF-8 text or as bytes; null when cancelled. */
export async function openFileWithDialog(
  window: BrowserWindow | null,
  request: OpenFileRequest,
): Promise<OpenedFile | null> {
  const options = { filters: request.filters, properties: ['openFile'] as Array<'openFile'> };
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return null;
  const name = path.basename(filePath);

  const { size } = await stat(filePath);
  if (size > MAX_FILE_BYTES) {
    throw new Error(
      `"${name}" is ${Math.round(size / 1_048_576)} MB; the app opens files up to 256 MB. Choose a Partnership Health backup or export.`,
    );
  }
  const bytes = await readFile(filePath);
  if (request.as === 'binary') return { name, content: new Uint8Array(bytes) };
  try {
    return { name, content: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (error) {
    throw new Error(
      `"${name}" is not a text file (it is not valid UTF-8). Choose a backup or CSV file.`,
      { cause: error },
    );
  }
}
