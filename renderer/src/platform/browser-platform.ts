// The platform in the browser build: saving is a download (Blob + <a download>), opening is a
// file picker (<input type=file>). There is no native menu in a browser, so no menu commands
// arrive; the same actions are reachable from the app's own screens. Automatic backups need a
// folder on disk, so they are not available here.
import { productName, version } from '../../../package.json';
import type {
  FileContentKind,
  FileFilter,
  OpenedFile,
  OpenFileRequest,
  SaveFileKind,
  SaveFileRequest,
  SaveFileResult,
} from '../../../core/bridge/desktop-api';
import { fileNameForKind } from '../../../core/bridge/save-file-kinds';
import type { Platform } from './platform-types';

/** The download's Blob type for each kind of saved file. */
const DOWNLOAD_TYPES: Readonly<Record<SaveFileKind, string>> = {
  json: 'application/json',
  csv: 'text/csv',
  pdf: 'application/pdf',
};

/**
 * The `accept` attribute for a file picker: every extension of every filter, with a dot;
 * empty (anything) when a filter allows '*'.
 * @example acceptAttribute([{ name: 'Backup', extensions: ['json'] }]) === '.json'
 */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.includes('*')) return '';
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',');
}

/** Reads a picked file as text (UTF-8) or bytes, in the contract's OpenedFile shape. */
export async function readPickedFile<Kind extends FileContentKind>(
  file: Pick<File, 'name' | 'text' | 'arrayBuffer'>,
  as: Kind,
): Promise<OpenedFile<Kind>> {
  const content = as === 'text' ? await file.text() : new Uint8Array(await file.arrayBuffer());
  return { name: file.name, content } as OpenedFile<Kind>;
}

function saveByDownload(request: SaveFileRequest): Promise<SaveFileResult> {
  const part =
    typeof request.content === 'string' ? request.content : new Uint8Array(request.content);
  const url = URL.createObjectURL(new Blob([part], { type: DOWNLOAD_TYPES[request.kind] }));
  const link = document.createElement('a');
  link.href = url;
  // The same name rule as the desktop save dialog: the kind's extension, and only that.
  link.download = fileNameForKind(request.suggestedName, request.kind);
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  // The browser owns the download from here: it cannot report where (or whether) it was kept.
  return Promise.resolve({ saved: true });
}

function openWithPicker<Kind extends FileContentKind>(
  request: OpenFileRequest<Kind>,
): Promise<OpenedFile<Kind> | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(request.filters);
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        if (file === undefined) resolve(null);
        else readPickedFile(file, request.as).then(resolve, reject);
      },
      { once: true },
    );
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** Why automatic backup calls fail in the browser, and what the user can do instead. */
export const AUTOMATIC_BACKUPS_DESKTOP_ONLY =
  'Automatic backups are part of the desktop app. In the browser, use "Back up data" to save a backup file.';

function desktopOnly<T>(): Promise<T> {
  return Promise.reject(new Error(AUTOMATIC_BACKUPS_DESKTOP_ONLY));
}

/** The platform used when the page runs in an ordinary browser. */
export function browserPlatform(): Platform {
  return {
    isDesktop: false,
    getAppInfo: () => Promise.resolve({ productName, version, runtime: 'browser', os: 'web' }),
    saveFile: saveByDownload,
    openFile: openWithPicker,
    onMenuCommand: () => () => {},
    writeAutomaticBackup: desktopOnly,
    listAutomaticBackups: desktopOnly,
    readAutomaticBackup: desktopOnly,
    revealAutomaticBackups: desktopOnly,
  };
}
