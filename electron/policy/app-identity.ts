// The app's frozen identity. Renaming the app moves its profile folder, and the user's data
// would seem lost; so the names and the userData folder are fixed here and checked by a test.
import path from 'node:path';

export const PRODUCT_NAME = 'Partnership Health';
export const PACKAGE_NAME = 'partnership-health';
export const APP_ID = 'org.partnershiphealth.desktop';
/** Folder name under the OS's application-data folder. Never change it. */
export const USER_DATA_FOLDER = 'Partnership Health';

/**
 * Environment variable naming another userData folder (an absolute path): the Electron test
 * suite gives each test a fresh one. It only moves where the profile, backups and window state
 * live; every security setting stays the same.
 */
export const USER_DATA_ENV = 'PARTNERSHIP_HEALTH_USER_DATA';

/**
 * The userData folder for a given OS application-data folder (`app.getPath('appData')`), or
 * the absolute folder named by {@link USER_DATA_ENV}. A relative one is refused: it would
 * depend on the folder the app was started from.
 * @example userDataPath('/home/ana/.config') === '/home/ana/.config/Partnership Health'
 */
export function userDataPath(
  appDataPath: string,
  env: Readonly<Record<string, string | undefined>> = {},
): string {
  const override = env[USER_DATA_ENV];
  if (override === undefined || override === '') return path.join(appDataPath, USER_DATA_FOLDER);
  if (!path.isAbsolute(override)) {
    throw new Error(
      `${USER_DATA_ENV} must be an absolute folder path, not "${override}". Unset it to use the normal data folder.`,
    );
  }
  return path.normalize(override);
}
