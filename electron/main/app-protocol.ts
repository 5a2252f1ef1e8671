// Serves the built renderer (dist/renderer) on app://partnership-health: registers the scheme
// before ready, then hands every request to appRequestHandler (app-request-handler.ts).
import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../policy/app-origin';
import { appRequestHandler } from './app-request-handler';

/** Must run before `app` is ready: gives app:// a real, secure origin (IndexedDB needs one). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Installs the app:// handler on the default session, serving files from `rendererRoot`. */
export function installAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, appRequestHandler(rendererRoot));
}
