import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES } from './app-origin';
import {
  PACKAGE_NAME,
  PRODUCT_NAME,
  USER_DATA_ENV,
  USER_DATA_FOLDER,
  userDataPath,
} from './app-identity';

// Golden values: if one of these changes, users' data seems to vanish. Change only with a migration.
const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { name: string; productName: string };

describe('frozen identity', () => {
  it('keeps package.json name and productName', () => {
    expect(packageJson.name).toBe('partnership-health');
    expect(packageJson.productName).toBe('Partnership Health');
    expect(PACKAGE_NAME).toBe(packageJson.name);
    expect(PRODUCT_NAME).toBe(packageJson.productName);
  });

  it('keeps the userData folder under appData', () => {
    expect(USER_DATA_FOLDER).toBe('Partnership Health');
    const appData = path.resolve('/home/ana/.config');
    expect(userDataPath(appData)).toEqual({
      folder: path.join(appData, 'Partnership Health'),
      ignored: null,
    });
  });

  it('moves userData in a development build only to an absolute folder named by the environment', () => {
    const appData = path.resolve('/home/ana/.config');
    const normal = path.join(appData, 'Partnership Health');
    const fresh = path.resolve('/tmp/ph-electron-test-1');
    expect(USER_DATA_ENV).toBe('PARTNERSHIP_HEALTH_USER_DATA');
    expect(userDataPath(appData, { [USER_DATA_ENV]: fresh })).toEqual({
      folder: fresh,
      ignored: null,
    });
    expect(userDataPath(appData, { [USER_DATA_ENV]: '' })).toEqual({
      folder: normal,
      ignored: null,
    });
    // A relative folder is ignored with one line, never a thrown error at start-up.
    const relative = userDataPath(appData, { [USER_DATA_ENV]: 'relative/folder' });
    expect(relative.folder).toBe(normal);
    expect(relative.ignored).toMatch(
      /^PARTNERSHIP_HEALTH_USER_DATA is ignored: "relative\/folder" is not an absolute/,
    );
    expect(relative.ignored).not.toContain('\n');
  });

  it('keeps userData frozen in the packaged app, whatever the environment says', () => {
    const appData = path.resolve('/home/ana/.config');
    const packaged = userDataPath(
      appData,
      { [USER_DATA_ENV]: path.resolve('/tmp/elsewhere') },
      true,
    );
    expect(packaged.folder).toBe(path.join(appData, 'Partnership Health'));
    expect(packaged.ignored).toMatch(/ignored by the installed app/);
  });

  it('keeps the origin app://partnership-health, standard and secure', () => {
    expect(APP_ORIGIN).toBe('app://partnership-health');
    expect(APP_ENTRY_URL).toBe('app://partnership-health/index.html');
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false });
  });
});
