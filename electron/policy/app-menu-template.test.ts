import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../core/bridge/desktop-api';
import { appMenuTemplate, type MenuEntry } from './app-menu-template';

const productName = 'Partnership Health';

function flatten(entries: MenuEntry[]): MenuEntry[] {
  return entries.flatMap((entry) =>
    entry.type === 'submenu' ? [entry, ...flatten(entry.items)] : [entry],
  );
}

function topLabels(entries: MenuEntry[]): string[] {
  return entries.map((entry) =>
    entry.type === 'submenu'
      ? entry.label
      : entry.type === 'role'
        ? `role:${entry.role}`
        : entry.type,
  );
}

function commandsOf(entries: MenuEntry[]): string[] {
  return flatten(entries).flatMap((entry) => (entry.type === 'command' ? [entry.command] : []));
}

function rolesOf(entries: MenuEntry[]): string[] {
  return flatten(entries).flatMap((entry) => (entry.type === 'role' ? [entry.role] : []));
}

const platforms = ['darwin', 'win32', 'linux'];

describe('appMenuTemplate', () => {
  it.each(platforms)('offers every menu command exactly once on %s', (platform) => {
    for (const development of [false, true]) {
      const commands = commandsOf(appMenuTemplate({ platform, development, productName }));
      expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort());
    }
  });

  it('puts the app menu first on macOS, with About and Quit, and a Window menu', () => {
    const template = appMenuTemplate({ platform: 'darwin', development: false, productName });
    expect(topLabels(template)).toEqual([
      productName,
      'File',
      'role:editMenu',
      'View',
      'role:windowMenu',
    ]);
    const appMenu = template[0];
    expect(appMenu?.type === 'submenu' && commandsOf(appMenu.items)).toEqual(['about']);
    expect(appMenu?.type === 'submenu' && rolesOf(appMenu.items)).toContain('quit');
    expect(rolesOf(template).filter((r) => r === 'quit')).toHaveLength(1);
  });

  it.each(['win32', 'linux'])('puts Quit under File and About under Help on %s', (platform) => {
    const template = appMenuTemplate({ platform, development: false, productName });
    expect(topLabels(template)).toEqual(['File', 'role:editMenu', 'View', 'Help']);
    const [file, , , help] = template;
    expect(file?.type === 'submenu' && rolesOf(file.items)).toEqual(['quit']);
    expect(help?.type === 'submenu' && commandsOf(help.items)).toEqual(['about']);
  });

  it.each(platforms)('shows reload and devtools only in development on %s', (platform) => {
    const prod = rolesOf(appMenuTemplate({ platform, development: false, productName }));
    const dev = rolesOf(appMenuTemplate({ platform, development: true, productName }));
    for (const devOnly of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(prod).not.toContain(devOnly);
      expect(dev).toContain(devOnly);
    }
    for (const always of ['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) {
      expect(prod).toContain(always);
    }
  });

  it('gives the main commands their shortcuts', () => {
    const entries = flatten(
      appMenuTemplate({ platform: 'linux', development: false, productName }),
    );
    const accelerator = (name: string) =>
      entries.find((entry) => entry.type === 'command' && entry.command === name);
    expect(accelerator('new-partnership')).toMatchObject({ accelerator: 'CmdOrCtrl+N' });
    expect(accelerator('export-report')).toMatchObject({ accelerator: 'CmdOrCtrl+E' });
    expect(accelerator('import-backup')).toMatchObject({ label: 'Import backup…' });
  });
});
