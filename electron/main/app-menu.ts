// Builds the native menu from the pure template; a command item sends 'menu:command' to the
// renderer through the contract, a role item uses Electron's built-in behaviour.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/bridge/desktop-api';
import {
  appMenuTemplate,
  type MenuEntry,
  type MenuTemplateInput,
} from '../policy/app-menu-template';

function toMenuItem(
  entry: MenuEntry,
  sendCommand: (command: MenuCommand) => void,
): MenuItemConstructorOptions {
  switch (entry.type) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return entry.label === undefined
        ? { role: entry.role }
        : { role: entry.role, label: entry.label };
    case 'command': {
      const item: MenuItemConstructorOptions = {
        label: entry.label,
        click: () => sendCommand(entry.command),
      };
      if (entry.accelerator !== undefined) item.accelerator = entry.accelerator;
      return item;
    }
    case 'submenu':
      return {
        label: entry.label,
        submenu: entry.items.map((item) => toMenuItem(item, sendCommand)),
      };
  }
}

/** Sets the application menu for this platform and mode. */
export function installAppMenu(
  input: MenuTemplateInput,
  sendCommand: (command: MenuCommand) => void,
): void {
  const template = appMenuTemplate(input).map((entry) => toMenuItem(entry, sendCommand));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
