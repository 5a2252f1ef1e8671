import { describe, expect, it } from 'vitest';
import { startupScripts, type Manifest } from './startup-size';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-1.js', imports: ['_shared-2.js', '_react-3.js'] },
  '_shared-2.js': { file: 'assets/shared-2.js', imports: ['_react-3.js'] },
  '_react-3.js': { file: 'assets/react-3.js' },
  'src/Settings.tsx': { file: 'assets/Settings-4.js', imports: ['_shared-2.js', '_forms-5.js'] },
  '_forms-5.js': { file: 'assets/forms-5.js' },
  '_preloaded-6.js': { file: 'assets/preloaded-6.js' },
};

const html = (extra = '') => `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-1.js"></script>
${extra}
<link rel="stylesheet" crossorigin href="./assets/index.css">
</head><body><div id="root"></div></body></html>`;

describe('startupScripts', () => {
  it('follows the entry’s static imports once each and leaves lazy chunks out', () => {
    expect(startupScripts(html(), manifest)).toEqual([
      'assets/index-1.js',
      'assets/shared-2.js',
      'assets/react-3.js',
    ]);
  });

  it('counts what index.html preloads', () => {
    const preload = '<link rel="modulepreload" crossorigin href="./assets/preloaded-6.js">';
    expect(startupScripts(html(preload), manifest)).toContain('assets/preloaded-6.js');
  });

  it('refuses a page without a module script or a file the manifest does not know', () => {
    expect(() => startupScripts('<html></html>', manifest)).toThrow(/no module script/);
    const unknown = '<link rel="modulepreload" href="/assets/other.js">';
    expect(() => startupScripts(html(unknown), manifest)).toThrow(/assets\/other.js/);
  });
});
