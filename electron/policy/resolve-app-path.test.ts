import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './resolve-app-path';

const root = path.resolve('/srv/app/dist/renderer');

function isInsideRoot(candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

describe('resolveAppPath', () => {
  it.each([
    ['app://partnership-health/', 'index.html'],
    ['app://partnership-health/index.html', 'index.html'],
    ['app://partnership-health/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://partnership-health/assets/index.css?v=1#top', 'assets/index.css'],
    ['app://partnership-health/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
  ])('serves %s from the build folder', (url, relative) => {
    expect(resolveAppPath(url, root)).toBe(path.join(root, relative));
  });

  it.each([
    'app://partnership-health/../secret.txt',
    'app://partnership-health/assets/../../secret.txt',
    'app://partnership-health/./index.html',
    'app://partnership-health/%2e%2e/secret.txt',
    'app://partnership-health/%2E%2E/secret.txt',
    'app://partnership-health/.%2e/secret.txt',
    'app://partnership-health/assets%2f..%2f..%2fsecret.txt',
    'app://partnership-health/assets%5c..%5csecret.txt',
    'app://partnership-health/..\\secret.txt',
    'app://partnership-health/index.html%00.png',
    'app://partnership-health//etc/passwd',
    'app://partnership-health/C:/Windows/win.ini',
    'app://partnership-health/%E0%A4%A',
    'app://partnership-health.evil/index.html',
    'app://evil/index.html',
    'app://user@partnership-health/index.html',
    'app://partnership-health:1234/index.html',
    'https://partnership-health/index.html',
    'file:///etc/passwd',
    '/etc/passwd',
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('never resolves outside the root, whatever the path', () => {
    const piece = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E.',
      '%2f',
      '%5c',
      '%00',
      '\\',
      '/',
      '//',
      'a',
      'assets',
      'x.js',
      ':',
      'C:',
      '?',
      '#',
      '%',
      '@',
    );
    const urlPath = fc.oneof(
      fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
      fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('/')),
      fc.string(),
    );
    fc.assert(
      fc.property(urlPath, (suffix) => {
        const result = resolveAppPath(`app://partnership-health/${suffix}`, root);
        return result === null || isInsideRoot(result);
      }),
      { numRuns: 2000 },
    );
  });
});
