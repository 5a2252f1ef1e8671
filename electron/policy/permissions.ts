// The one browser permission the app needs is persistent storage for its own origin (so
// Chromium never evicts the IndexedDB that holds the user's records). Every other permission
// (camera, notifications, geolocation, clipboard-read …), and persistent storage for any other
// page, is refused; the decision's reason names what was asked, for the log.
import { APP_ORIGIN } from './app-origin';
import { isInternalUrl } from './navigation';

/** The permissions granted to the app's own pages, and to nothing else. */
const APP_PERMISSIONS: readonly string[] = ['persistent-storage'];

export interface PermissionDecision {
  granted: boolean;
  reason: string;
}

/**
 * Decides a permission request (`requestingUrl` is the page's URL) or check (the origin, e.g.
 * 'app://partnership-health'): granted only for {@link APP_PERMISSIONS} asked by the app itself.
 */
export function decidePermission(permission: string, requestingUrl: string): PermissionDecision {
  const page = requestingUrl || 'an unknown page';
  if (APP_PERMISSIONS.includes(permission) && isInternalUrl(requestingUrl)) {
    return { granted: true, reason: `Granted "${permission}" to ${APP_ORIGIN}.` };
  }
  return {
    granted: false,
    reason: `Refused permission "${permission}" for ${page}: Partnership Health needs no browser permission but persistent storage for itself.`,
  };
}
