// The app's frozen identity. Renaming the app moves its profile folder, and the user's data
// would seem lost; so the names and the userData folder are fixed here and checked by a test.
import path from 'node:path';

export const PRODUCT_NAME = 'Partnership Health';
export const PACKAGE_NAME = 'partnership-health';
export const APP_ID = 'org.partnershiphealth.desktop';
/** Folder name under the OS's application-data folder. Never change it. */
export const USER_DATA_FOLDER = 'Partnership Health';

/**
 * Environment variable naming another userData folder (an absolute path) in development
 * builds: the Electron test suite gives each test a fresh one. It only moves where the profile,
 * backups and window state live; every security setting stays the same. A packaged app ignores
 * it: its userData folder is frozen.
 */
export const USER_DATA_ENV = 'PARTNERSHIP_HEALTH_USER_DATA';

export interface UserDataChoice {
  folder: string;
  /** One line saying why {@link USER_DATA_ENV} was ignored (for the log), or null. */
  ignored: string | null;
}

/**
 * The userData folder for a given OS application-data folder (`app.getPath('appData')`), or,
 * in a development build only, the absolute folder named by {@link USER_DATA_ENV}. A relative
 * one is ignored (it would depend on the folder the app was started from), never fatal.
 * @example userDataPath('/home/ana/.config').folder === '/home/ana/.config/Partnership Health'
 */
export function userDataPath(
  appDataPath: string,
  env: Readonly<Record<string, string | undefined>> = {},
  packaged = false,
): UserDataChoice {
  const folder = path.join(appDataPath, USER_DATA_FOLDER);
  const override = env[USER_DATA_ENV];
  if (override === undefined || override === '') return { folder, ignored: null };
  if (packaged) {
    return {
      folder,
      ignored: `${USER_DATA_ENV} is ignored by the installed app; data stays in ${folder}.`,
    };
  }
  if (!path.isAbsolute(override)) {
    return {
      folder,
      ignored: `${USER_DATA_ENV} is ignored: "${override}" is not an absolute folder path; data stays in ${folder}.`,
    };
  }
  return { folder: path.normalize(override), ignored: null };
}
