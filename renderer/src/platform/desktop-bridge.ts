// The only module that touches window.partnershipHealth (exposed by the Electron preload). It
// checks the object is really there and wraps it so errors read as the shell wrote them.
import {
  DESKTOP_API_GLOBAL,
  type DesktopApi,
  type FileContentKind,
  type OpenFileRequest,
} from '../../../core/bridge/desktop-api';
import type { Platform } from './platform-types';

const API_FUNCTIONS: ReadonlyArray<keyof DesktopApi> = [
  'getAppInfo',
  'saveFile',
  'openFile',
  'onMenuCommand',
  'writeAutomaticBackup',
  'listAutomaticBackups',
  'readAutomaticBackup',
  'revealAutomaticBackups',
];

/**
 * The bridge the preload exposed on `host` (normally `globalThis`), or null when the page runs
 * outside the desktop app or the object lacks one of the contract's functions.
 */
export function readDesktopBridge(host: object): DesktopApi | null {
  const candidate: unknown = (host as Record<string, unknown>)[DESKTOP_API_GLOBAL];
  if (typeof candidate !== 'object' || candidate === null) return null;
  const api = candidate as Record<string, unknown>;
  return API_FUNCTIONS.every((name) => typeof api[name] === 'function')
    ? (candidate as DesktopApi)
    : null;
}

/**
 * Electron prefixes errors thrown by a main-process handler with "Error invoking remote method
 * '<channel>': Error: ". The shell's own message is what the user should read.
 * @example cleanIpcErrorMessage("Error invoking remote method 'file:save': Error: Disk full.") === 'Disk full.'
 */
export function cleanIpcErrorMessage(message: string): string {
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}

async function withCleanErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error)
      throw new Error(cleanIpcErrorMessage(error.message), { cause: error });
    throw error;
  }
}

/** The platform backed by the desktop shell. */
export function desktopPlatform(api: DesktopApi): Platform {
  return {
    isDesktop: true,
    getAppInfo: () => withCleanErrors(() => api.getAppInfo()),
    saveFile: (request) => withCleanErrors(() => api.saveFile(request)),
    openFile: <Kind extends FileContentKind>(request: OpenFileRequest<Kind>) =>
      withCleanErrors(() => api.openFile(request)),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    writeAutomaticBackup: (request) => withCleanErrors(() => api.writeAutomaticBackup(request)),
    listAutomaticBackups: () => withCleanErrors(() => api.listAutomaticBackups()),
    readAutomaticBackup: (name) => withCleanErrors(() => api.readAutomaticBackup(name)),
    revealAutomaticBackups: () => withCleanErrors(() => api.revealAutomaticBackups()),
  };
}
