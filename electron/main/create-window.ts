// The one place that makes a BrowserWindow (lint forbids `new BrowserWindow` elsewhere). Its
// options come whole from the secureWindowOptions policy; it always loads the app's entry page.
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../policy/app-origin';
import type { RestoredWindowBounds } from '../policy/window-bounds';
import { secureWindowOptions } from '../policy/window-options';

export interface MainWindowInput {
  preloadPath: string;
  development: boolean;
  title: string;
  restored: RestoredWindowBounds;
}

/** Makes the main window, shows it once its first frame is painted, and loads the app. */
export function createMainWindow(input: MainWindowInput): BrowserWindow {
  const window = new BrowserWindow(
    secureWindowOptions({
      preloadPath: input.preloadPath,
      development: input.development,
      placement: input.restored.bounds,
      title: input.title,
      backgroundColor: '#ffffff',
    }),
  );
  if (input.restored.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('The app page failed to load:', error);
  });
  return window;
}
