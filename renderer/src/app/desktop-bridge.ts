// The one integration point with renderer/src/platform (the desktop bridge, written separately):
// loaded through import.meta.glob so the app builds whether or not that module exists, and
// uses it as soon as it does. In a plain browser without it, there are no menu commands.

export type MenuCommand =
  'new-partnership' | 'import-backup' | 'export-backup' | 'export-report' | 'about';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The part of the platform object the app uses (see renderer/src/platform/platform.ts). */
export interface DesktopPlatform {
  isDesktop: boolean;
  getAppInfo(): Promise<{ name: string; version: string }> | { name: string; version: string };
  saveFile(request: {
    suggestedName: string;
    filters: FileFilter[];
    content: string;
  }): Promise<unknown>;
  openFile(request: { filters: FileFilter[]; as: 'text' }): Promise<unknown>;
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}

const modules = import.meta.glob<{ platform?: DesktopPlatform }>('../platform/platform.ts', {
  eager: true,
});

/** The platform object, or null when this build has no platform module. */
export const desktopPlatform: DesktopPlatform | null = Object.values(modules)[0]?.platform ?? null;

/** The text of a file returned by openFile, or null when the user cancelled. */
export function openedText(result: unknown): string | null {
  if (typeof result === 'string') return result;
  if (
    result &&
    typeof result === 'object' &&
    typeof (result as { content?: unknown }).content === 'string'
  ) {
    return (result as { content: string }).content;
  }
  return null;
}

/** False when saveFile reports that the user cancelled (null, false, or a canceled flag). */
export function wasSaved(result: unknown): boolean {
  if (result === null || result === undefined || result === false) return false;
  if (typeof result === 'object') {
    const r = result as { canceled?: unknown; cancelled?: unknown; saved?: unknown };
    if (r.canceled === true || r.cancelled === true || r.saved === false) return false;
  }
  return true;
}
