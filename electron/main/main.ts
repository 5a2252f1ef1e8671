// Entry of the main process. Before ready: fix the identity and userData folder, register the
// app:// scheme, take the single-instance lock. When ready: lock the session down, serve the
// app, register the desktop API and menu, then open the window and start the services beside
// it (automatic backups). Each step is its own module.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../core/bridge/desktop-api';
import { PRODUCT_NAME, userDataPath } from '../policy/app-identity';
import { registerAppScheme, installAppProtocol } from './app-protocol';
import { installAppMenu } from './app-menu';
import { startAutomaticBackups } from './automatic-backups-ipc';
import { createMainWindow } from './create-window';
import { registerDesktopApi } from './ipc';
import { guardWebContents } from './navigation-guards';
import { secureSession } from './session-security';
import { rememberWindowState, restoredWindowBounds } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');
const development = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): BrowserWindow {
  const userData = app.getPath('userData');
  const window = createMainWindow({
    preloadPath,
    development,
    title: PRODUCT_NAME,
    restored: restoredWindowBounds(userData),
  });
  rememberWindowState(window, userData);
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
  return window;
}

function focusMainWindow(): void {
  // A second launch during start-up: the window is about to open anyway.
  if (!app.isReady()) return;
  const window = mainWindow ?? openMainWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** Sends a menu command to the window, opening one first (macOS keeps the menu with no window). */
function sendMenuCommand(command: MenuCommand): void {
  const window = mainWindow ?? openMainWindow();
  const send = () => window.webContents.send(MENU_COMMAND_CHANNEL, command);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

/**
 * Services that run beside the window. They start in the same tick as the window opens, so their
 * channels exist before the page can load and call them.
 */
function startServices(): void {
  startAutomaticBackups(app.getPath('userData'));
}

function failToStart(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    `${PRODUCT_NAME} could not start`,
    `${reason}\n\nYour data has not been changed. Restart the app; if this keeps happening, reinstall it.`,
  );
  app.exit(1);
}

async function whenReady(): Promise<void> {
  secureSession(session.defaultSession, development);
  installAppProtocol(rendererRoot);
  registerDesktopApi(() => ({
    productName: PRODUCT_NAME,
    version: app.getVersion(),
    runtime: 'desktop',
    os: process.platform,
  }));
  installAppMenu(
    { platform: process.platform, development, productName: PRODUCT_NAME },
    sendMenuCommand,
  );
  openMainWindow();
  startServices();
}

// Identity first: everything below (the lock, the profile) lives in the userData folder.
app.setName(PRODUCT_NAME);
const userData = userDataPath(app.getPath('appData'), process.env, app.isPackaged);
if (userData.ignored !== null) console.warn(userData.ignored);
app.setPath('userData', userData.folder);
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow();
  });
  app.whenReady().then(whenReady).catch(failToStart);
}
