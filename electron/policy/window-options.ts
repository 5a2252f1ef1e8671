// The one set of options every window is made with (Electron's security checklist, applied).
// Kept free of electron imports so a unit test can read every flag; create-window.ts passes it on.

/** The smallest window the layout is designed for. */
export const MIN_WINDOW_WIDTH = 900;
export const MIN_WINDOW_HEIGHT = 600;

export interface WindowPlacement {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export interface SecureWindowOptionsInput {
  /** Absolute path of the built preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Devtools only in development. */
  development: boolean;
  placement: WindowPlacement;
  title: string;
  backgroundColor: string;
}

/** The window options; the shape matches Electron's BrowserWindowConstructorOptions. */
export interface SecureWindowOptions extends WindowPlacement {
  minWidth: number;
  minHeight: number;
  title: string;
  show: false;
  backgroundColor: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    webviewTag: false;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    enableBlinkFeatures: '';
    disableBlinkFeatures: 'Auxclick';
    navigateOnDragDrop: false;
    spellcheck: false;
    devTools: boolean;
    safeDialogs: true;
  };
}

/**
 * Window options with every security switch set explicitly (not left to defaults that a future
 * Electron might change). The window starts hidden and is shown once its first frame is ready.
 */
export function secureWindowOptions(input: SecureWindowOptionsInput): SecureWindowOptions {
  return {
    ...input.placement,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: input.title,
    show: false,
    backgroundColor: input.backgroundColor,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      // Middle-click opens links in new windows; the open handler denies them, this removes the path.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      // Off: Chromium would download Hunspell dictionaries from a Google server (Windows, Linux).
      spellcheck: false,
      devTools: input.development,
      safeDialogs: true,
    },
  };
}
