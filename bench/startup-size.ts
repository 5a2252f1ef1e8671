// The start-up budget: the JavaScript a cold start must load before the first screen, i.e. the
// module script of the built index.html, the modules it preloads, and every module they import
// statically (dynamic imports are left out: they load on demand). Sizes are gzip, as served.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The part of a Vite manifest entry (build.manifest) this measurement reads. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The start-up budget of the entry chunk and its static imports, in KB gzip. */
export const STARTUP_BUDGET_KB = 350;

/** Values of `attribute` on the tags of `html` matching `tagPattern` (a tag-opening regex source). */
function attributeValues(html: string, tagPattern: string, attribute: string): string[] {
  const tags = html.match(new RegExp(`<${tagPattern}[^>]*>`, 'gi')) ?? [];
  const value = new RegExp(`\\s${attribute}="([^"]+)"`, 'i');
  return tags.flatMap((tag) => tag.match(value)?.[1] ?? []);
}

/** 'assets/x.js' for './assets/x.js', '/assets/x.js' or 'assets/x.js'. */
const distPath = (url: string) => url.replace(/^\.?\//, '');

/**
 * Every script file (relative to the build folder) loaded before the first screen: the
 * `<script type="module">` and `<link rel="modulepreload">` files of index.html and, through the
 * manifest, every chunk they import statically, each once, in discovery order.
 */
export function startupScripts(indexHtml: string, manifest: Manifest): string[] {
  const roots = [
    ...attributeValues(indexHtml, 'script\\s[^>]*type="module"', 'src'),
    ...attributeValues(indexHtml, 'link\\s[^>]*rel="modulepreload"', 'href'),
  ].map(distPath);
  if (roots.length === 0) throw new Error('index.html loads no module script');
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const found: string[] = [];
  const visit = (file: string) => {
    if (found.includes(file)) return;
    found.push(file);
    const chunk = byFile.get(file);
    if (chunk === undefined)
      throw new Error(`${file} is loaded by index.html but not in the manifest`);
    for (const key of chunk.imports ?? []) {
      const imported = manifest[key];
      if (imported === undefined)
        throw new Error(`${file} imports ${key}, missing from the manifest`);
      visit(imported.file);
    }
  };
  roots.forEach(visit);
  return found;
}

export interface StartupSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** The start-up scripts of the build in `distDir` (needs build.manifest) and their sizes. */
export function measureStartup(distDir: string): StartupSize {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const files = startupScripts(html, manifest).map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  const sum = (key: 'bytes' | 'gzipBytes') => files.reduce((total, f) => total + f[key], 0);
  return { files, bytes: sum('bytes'), gzipBytes: sum('gzipBytes') };
}
