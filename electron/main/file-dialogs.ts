// The file:save and file:open capabilities: a native dialog chosen by the user, then an atomic
// write or a bounded read. The renderer never names a path; it suggests a file name and names
// the kind of file, and main decides the dialog's filter and the saved file's extension.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type {
  OpenedFile,
  OpenFileRequest,
  SaveFileRequest,
  SaveFileResult,
} from '../../core/bridge/desktop-api';
import { MAX_FILE_BYTES } from '../policy/ipc-payloads';
import { SAVE_FILE_FILTERS, fileNameForKind } from '../../core/bridge/save-file-kinds';
import { writeFileAtomically } from './atomic-write';
import { readRegularFile, ReadRefusal } from './read-regular-file';

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Asks where to save (offering only the kind's extension), then writes the content atomically. */
export async function saveFileWithDialog(
  window: BrowserWindow | null,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  const options = {
    defaultPath: path.join(
      app.getPath('documents'),
      fileNameForKind(request.suggestedName, request.kind),
    ),
    filters: [SAVE_FILE_FILTERS[request.kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
      'createDirectory' | 'showOverwriteConfirmation'
    >,
  };
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  // The user may have typed another extension; the file is saved with the kind's.
  const chosen = choice.filePath;
  const target = path.join(
    path.dirname(chosen),
    fileNameForKind(path.basename(chosen), request.kind),
  );
  if (target !== chosen && (await exists(target))) {
    // The dialog asked about overwriting `chosen`, not `target`: never replace a file unasked.
    throw new Error(
      `"${path.basename(target)}" already exists. Save again and choose another name.`,
    );
  }
  try {
    await writeFileAtomically(target, request.content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not save "${path.basename(target)}" (${reason}). Choose another folder, or free some disk space, and try again.`,
      { cause: error },
    );
  }
  return { saved: true, path: target };
}

/**
 * Asks which file to open, then reads it as UTF-8 text or as bytes; null when cancelled. Only a
 * regular file within the size limit is read: a FIFO, a device or a folder is refused.
 */
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

  let bytes: Buffer;
  try {
    bytes = await readRegularFile(filePath, { maxBytes: MAX_FILE_BYTES });
  } catch (error) {
    if (error instanceof ReadRefusal) {
      throw new Error(
        `${error.message} Choose a Partnership Health backup or a CSV file (up to 256 MB).`,
        { cause: error },
      );
    }
    throw error;
  }
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
