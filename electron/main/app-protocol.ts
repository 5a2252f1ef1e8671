// Serves the built renderer (dist/renderer) on app://partnership-health with the CSP and the
// right content type on every response. Paths are resolved by the pure resolveAppPath policy.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../policy/app-origin';
import { mimeTypeFor } from '../policy/mime-types';
import { resolveAppPath } from '../policy/resolve-app-path';
import { appResponseHeaders } from '../policy/response-headers';

/** Must run before `app` is ready: gives app:// a real, secure origin (IndexedDB needs one). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: appResponseHeaders('text/plain; charset=utf-8'),
  });
}

/** Installs the app:// handler on the default session, serving files from `rendererRoot`. */
export function installAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Only GET and HEAD are served.');
    }
    const filePath = resolveAppPath(request.url, rendererRoot);
    if (filePath === null) return textResponse(403, 'This address is not part of the app.');
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      return textResponse(
        404,
        'Not found in the app. Reinstalling the app restores missing files.',
      );
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: appResponseHeaders(mimeTypeFor(filePath)),
    });
  });
}
