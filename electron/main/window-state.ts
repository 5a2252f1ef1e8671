// Remembers the main window's size, place and maximised state in userData/window-state.json,
// written atomically when the window closes, and restores it onto a screen that still exists.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, type BrowserWindow } from 'electron';
import {
  parseWindowState,
  restoreWindowBounds,
  type RestoredWindowBounds,
  type SavedWindowState,
} from '../policy/window-bounds';
import { writeFileAtomicallySync } from './atomic-write';

const STATE_FILE = 'window-state.json';

function readSavedState(userData: string): SavedWindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(path.join(userData, STATE_FILE), 'utf8')));
  } catch {
    // Missing or unreadable: the window opens at its default size, nothing else is affected.
    return null;
  }
}

/** Where to open the window, given the saved state and the screens connected now. */
export function restoredWindowBounds(userData: string): RestoredWindowBounds {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const workAreas = [primary, ...others].map((display) => display.workArea);
  return restoreWindowBounds(readSavedState(userData), workAreas);
}

/** Saves the window's normal (unmaximised) bounds and maximised flag when it closes. */
export function rememberWindowState(window: BrowserWindow, userData: string): void {
  window.on('close', () => {
    const state: SavedWindowState = {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
    };
    try {
      writeFileAtomicallySync(path.join(userData, STATE_FILE), JSON.stringify(state));
    } catch (error) {
      console.warn('Could not save the window position; it will open at the default place.', error);
    }
  });
}
