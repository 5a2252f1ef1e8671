// The app's frozen identity. Renaming the app moves its profile folder, and the user's data
// would seem lost; so the names and the userData folder are fixed here and checked by a test.
import path from 'node:path';

export const PRODUCT_NAME = 'Partnership Health';
export const PACKAGE_NAME = 'partnership-health';
export const APP_ID = 'org.partnershiphealth.desktop';
/** Folder name under the OS's application-data folder. Never change it. */
export const USER_DATA_FOLDER = 'Partnership Health';

/**
 * The userData folder for a given OS application-data folder (`app.getPath('appData')`).
 * @example userDataPath('/home/ana/.config') === '/home/ana/.config/Partnership Health'
 */
export function userDataPath(appDataPath: string): string {
  return path.join(appDataPath, USER_DATA_FOLDER);
}
