// The file kinds the app saves: each kind's dialog filter and extension, and the rule that the
// saved file always ends in that extension, whatever name the page suggested or the user typed
// ("invoice.pdf.bat" is saved as "invoice.pdf"). Main applies it to the save dialog, the browser
// build to the download's name, so both name files alike.
import type { FileFilter, SaveFileKind } from './desktop-api';

/** The save dialog's filter for each kind; its one extension is the kind's. */
export const SAVE_FILE_FILTERS: Readonly<Record<SaveFileKind, FileFilter>> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  json: { name: 'Partnership Health backup (JSON)', extensions: ['json'] },
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
};

// An extension worth replacing starts with a letter: "report-2026.11.28" keeps its dots.
const TRAILING_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,15}$/;

/**
 * `name` ending in the kind's extension: trailing dots and spaces (which Windows drops) are
 * removed, another extension is replaced, a missing one is added.
 * @example fileNameForKind('invoice.pdf.bat', 'pdf') === 'invoice.pdf'
 * @example fileNameForKind('Report 2026.11.28', 'pdf') === 'Report 2026.11.28.pdf'
 */
export function fileNameForKind(name: string, kind: SaveFileKind): string {
  const extension = `.${SAVE_FILE_FILTERS[kind].extensions[0]}`;
  let base = name.replace(/[. ]+$/, '');
  if (base.toLowerCase().endsWith(extension)) return base;
  base = base.replace(TRAILING_EXTENSION, '');
  if (base.toLowerCase().endsWith(extension)) return base;
  return `${base === '' ? 'untitled' : base}${extension}`;
}
