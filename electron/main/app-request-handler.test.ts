import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../policy/content-security-policy';
import { appRequestHandler } from './app-request-handler';

let root: string;
let renderer: string;
let handle: ReturnType<typeof appRequestHandler>;
const indexHtml = '<!doctype html><title>Partnership Health</title>';
const script = 'console.log("Zoë 🤝");';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
  renderer = path.join(root, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), indexHtml);
  writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), script);
  writeFileSync(path.join(renderer, 'assets', 'layout.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(path.join(root, 'secret.txt'), 'outside the app');
  symlinkSync(path.join(root, 'secret.txt'), path.join(renderer, 'assets', 'escape.js'));
  symlinkSync(root, path.join(renderer, 'up'));
  handle = appRequestHandler(renderer);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// requests', () => {
  it('answers 200 with the file, its MIME type, the CSP and nosniff', async () => {
    const page = await get('app://partnership-health/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy());
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await page.text()).toBe(indexHtml);

    const js = await get('app://partnership-health/assets/index-abc.js');
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe(script);
    const wasm = await get('app://partnership-health/assets/layout.wasm');
    expect(wasm.headers.get('Content-Type')).toBe('application/wasm');
    expect([...new Uint8Array(await wasm.arrayBuffer())]).toEqual([0, 97, 115, 109]);
  });

  it('serves index.html for the bare origin', async () => {
    expect(await (await get('app://partnership-health/')).text()).toBe(indexHtml);
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await get('app://partnership-health/assets/index-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(head.headers.get('Content-Length')).toBe(String(Buffer.byteLength(script)));
    expect(head.body).toBeNull();
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405', async (method) => {
    const refused = await get('app://partnership-health/index.html', method);
    expect(refused.status).toBe(405);
    expect(refused.headers.get('Allow')).toBe('GET, HEAD');
    expect(refused.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy());
  });

  it('answers 404 for a missing file and for a folder, with the CSP', async () => {
    for (const url of ['app://partnership-health/nope.js', 'app://partnership-health/assets']) {
      const missing = await get(url);
      expect(missing.status, url).toBe(404);
      expect(missing.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy());
    }
  });

  it('answers 403 for another host and for encoded traversal', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://partnership-health/a%2f..%2f..%2fsecret.txt',
    ]) {
      expect((await get(url)).status, url).toBe(403);
    }
    // `%2e%2e` is resolved by the URL parser itself: it stays inside and finds nothing.
    const dotted = await get('app://partnership-health/%2e%2e/secret.txt');
    expect(dotted.status).toBe(404);
    expect(await dotted.text()).not.toContain('outside the app');
  });

  it('refuses a symlink that leads out of the renderer folder (file or folder)', async () => {
    const viaFile = await get('app://partnership-health/assets/escape.js');
    expect(viaFile.status).toBe(403);
    expect(await viaFile.text()).not.toContain('outside the app');
    const viaFolder = await get('app://partnership-health/up/secret.txt');
    expect(viaFolder.status).toBe(403);
  });
});
