// Locks down the session the windows use: no permission is granted but persistent storage for
// the app itself, no request leaves the app's own origin, every response carries the app's CSP,
// and pages cannot start downloads (files are saved through the file:save capability instead).
import type { Session } from 'electron';
import { decidePermission } from '../policy/permissions';
import { isAllowedRequest } from '../policy/request-filter';
import { withAppContentSecurityPolicy } from '../policy/response-headers';

export function secureSession(session: Session, development: boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const decision = decidePermission(permission, details.requestingUrl);
    if (!decision.granted) console.warn(decision.reason);
    callback(decision.granted);
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      decidePermission(permission, requestingOrigin).granted,
  );
  session.setDevicePermissionHandler(() => false);
  // No Hunspell dictionaries are downloaded (spellcheck is also off in every window).
  session.setSpellCheckerEnabled(false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, { development });
    if (!allowed)
      console.warn(`Blocked a request to ${details.url}: the app loads nothing from outside.`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withAppContentSecurityPolicy(details.responseHeaders) });
  });

  session.on('will-download', (event) => {
    event.preventDefault();
  });
}
