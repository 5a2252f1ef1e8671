// The native menu, as plain data. Items either carry one of the contract's menu commands (main
// sends it to the renderer) or name a built-in Electron role; main/app-menu.ts turns this into a Menu.
import type { MenuCommand } from '../../core/bridge/desktop-api';

/** Built-in Electron roles the menu uses (a subset of Electron's MenuItem roles). */
export type MenuRole =
  | 'editMenu'
  | 'windowMenu'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools';

export type MenuEntry =
  | { type: 'command'; label: string; command: MenuCommand; accelerator?: string }
  | { type: 'role'; role: MenuRole; label?: string }
  | { type: 'separator' }
  | { type: 'submenu'; label: string; items: MenuEntry[] };

export interface MenuTemplateInput {
  /** Node's platform name: 'darwin', 'win32', 'linux' … */
  platform: string;
  development: boolean;
  productName: string;
}

const separator: MenuEntry = { type: 'separator' };

function command(label: string, menuCommand: MenuCommand, accelerator?: string): MenuEntry {
  return accelerator === undefined
    ? { type: 'command', label, command: menuCommand }
    : { type: 'command', label, command: menuCommand, accelerator };
}

function role(menuRole: MenuRole, label?: string): MenuEntry {
  return label === undefined
    ? { type: 'role', role: menuRole }
    : { type: 'role', role: menuRole, label };
}

/**
 * The application menu for a platform. macOS gets the app menu first (About, Services, Hide,
 * Quit) and a Window menu; other platforms put Quit under File and About under Help. Reload and
 * devtools appear only in development: a reload in daily use could drop unsaved form input.
 */
export function appMenuTemplate(input: MenuTemplateInput): MenuEntry[] {
  const mac = input.platform === 'darwin';
  const about = command(`About ${input.productName}`, 'about');

  const file: MenuEntry = {
    type: 'submenu',
    label: 'File',
    items: [
      command('New partnership', 'new-partnership', 'CmdOrCtrl+N'),
      separator,
      command('Import backup…', 'import-backup'),
      command('Export backup…', 'export-backup'),
      command('Export report…', 'export-report', 'CmdOrCtrl+E'),
      separator,
      mac ? role('close') : role('quit', 'Quit'),
    ],
  };

  const view: MenuEntry = {
    type: 'submenu',
    label: 'View',
    items: [
      role('zoomIn'),
      role('zoomOut'),
      role('resetZoom'),
      separator,
      role('togglefullscreen'),
      ...(input.development
        ? [separator, role('reload'), role('forceReload'), role('toggleDevTools')]
        : []),
    ],
  };

  if (mac) {
    const appMenu: MenuEntry = {
      type: 'submenu',
      label: input.productName,
      items: [
        about,
        separator,
        role('services'),
        separator,
        role('hide'),
        role('hideOthers'),
        role('unhide'),
        separator,
        role('quit'),
      ],
    };
    return [appMenu, file, role('editMenu'), view, role('windowMenu')];
  }
  return [file, role('editMenu'), view, { type: 'submenu', label: 'Help', items: [about] }];
}
