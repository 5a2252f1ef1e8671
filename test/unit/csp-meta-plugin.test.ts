// The built index.html carries the CSP meta from the policy module: a real Vite build of a small
// page through the plugin, read back from disk.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  metaContentSecurityPolicy,
} from '../../electron/policy/content-security-policy';
import { cspMetaPlugin } from '../../renderer/csp-meta-plugin';

const work = mkdtempSync(path.join(tmpdir(), 'csp-meta-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function builtIndexHtml(): Promise<string> {
  writeFileSync(
    path.join(work, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8" /><title>t</title></head><body><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(path.join(work, 'main.js'), 'document.title = "built";\n');
  await build({
    root: work,
    configFile: false,
    logLevel: 'silent',
    plugins: [cspMetaPlugin()],
    build: { outDir: path.join(work, 'dist'), emptyOutDir: true },
  });
  return readFileSync(path.join(work, 'dist', 'index.html'), 'utf8');
}

describe('cspMetaPlugin', () => {
  it('writes the policy module’s meta variant once, before any script, into the built page', async () => {
    const html = await builtIndexHtml();
    const metas = [
      ...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi),
    ];
    expect(metas).toHaveLength(1);
    // Vite writes attribute values HTML-escaped (' as &#39;); the browser reads them decoded.
    const decoded = (metas[0]?.[1] ?? '')
      .replaceAll('&#39;', "'")
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&');
    expect(decoded).toBe(metaContentSecurityPolicy());
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('leaves renderer/index.html without a hand-kept copy', () => {
    const source = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    expect(source).not.toContain('Content-Security-Policy');
  });

  it('carries the header policy without frame-ancestors, which a meta cannot carry', () => {
    const header = contentSecurityPolicy().split('; ');
    const meta = metaContentSecurityPolicy().split('; ');
    expect(header.filter((directive) => !meta.includes(directive))).toEqual([
      "frame-ancestors 'none'",
    ]);
    expect(meta.every((directive) => header.includes(directive))).toBe(true);
  });
});
