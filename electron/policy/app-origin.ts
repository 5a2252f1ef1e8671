// The app's own origin, app://partnership-health. Fixed forever: IndexedDB data belongs to an
// origin, so changing the scheme or host would make every saved record invisible.

export const APP_SCHEME = 'app';
export const APP_HOST = 'partnership-health';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges the scheme is registered with before `ready`. `standard` gives it a real origin
 * (IndexedDB and localStorage need one), `secure` makes it a secure context, `supportFetchAPI`
 * lets the page fetch its own assets. Nothing here bypasses the CSP or allows service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
  codeCache: true,
} as const;
