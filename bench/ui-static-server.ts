// A tiny static file server for the built renderer, sending the app's Content-Security-Policy
// with every response, on a free port; for the UI benchmark (no Vite process to manage).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../electron/policy/content-security-policy';
import { mimeTypeFor } from '../electron/policy/mime-types';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the files under `root` at http://127.0.0.1:<free port>/. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const csp = contentSecurityPolicy();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404, { 'Content-Security-Policy': csp }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': mimeTypeFor(file),
      'Content-Security-Policy': csp,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
