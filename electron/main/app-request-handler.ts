// Answers one app:// request from the built renderer folder: GET and HEAD only, the path
// resolved by the pure resolveAppPath policy, then its real path (symlinks resolved) checked
// to lie inside the folder, the CSP and the right content type on every answer. No electron
// import: the protocol registration (app-protocol.ts) hands it Electron's requests, and tests
// hand it real `Request` objects.
import { mimeTypeFor } from '../policy/mime-types';
import { resolveAppPath } from '../policy/resolve-app-path';
import { appResponseHeaders } from '../policy/response-headers';
import { realpath } from 'node:fs/promises';
import { readAppFile, ReadRefusal } from './read-regular-file';

/** The largest file the app serves to itself (its biggest assets are a few MB). */
export const MAX_ASSET_BYTES = 64 * 1024 * 1024;

function textResponse(status: number, message: string, extra: Record<string, string> = {}) {
  return new Response(message, {
    status,
    headers: { ...appResponseHeaders('text/plain; charset=utf-8'), ...extra },
  });
}

/** The handler serving files from `rendererRoot`. */
export function appRequestHandler(
  rendererRoot: string,
): (request: Pick<Request, 'method' | 'url'>) => Promise<Response> {
  // The folder's real path, resolved once on the first request (it does not move while the
  // app runs); every file's real path must lie inside it.
  let realRoot: Promise<string> | undefined;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Only GET and HEAD are served.', { Allow: 'GET, HEAD' });
    }
    const filePath = resolveAppPath(request.url, rendererRoot);
    if (filePath === null) return textResponse(403, 'This address is not part of the app.');
    let body: Buffer;
    try {
      realRoot ??= realpath(rendererRoot);
      body = await readAppFile(filePath, { maxBytes: MAX_ASSET_BYTES, realRoot: await realRoot });
    } catch (error) {
      if (error instanceof ReadRefusal && error.reason === 'outside-root') {
        return textResponse(403, 'This address is not part of the app.');
      }
      return textResponse(
        404,
        'Not found in the app. Reinstalling the app restores missing files.',
      );
    }
    const headers = appResponseHeaders(mimeTypeFor(filePath));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...headers, 'Content-Length': String(body.byteLength) },
    });
  };
}
