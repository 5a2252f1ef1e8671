import { describe, expect, it } from 'vitest';
import { externalLinkTarget, isAllowedRequest, isInternalUrl } from './navigation';

const misleading = [
  'https://evil.example/?next=app://partnership-health/index.html',
  'https://evil.example/app://partnership-health/',
  'app://partnership-health.evil/index.html',
  'app://partnership-health.evil.example/',
  'app://evil.example/partnership-health',
  'app://user@partnership-health/index.html',
  'app://partnership-health:pw@evil.example/',
  'app://partnership-health:1234/index.html',
  'APP://evil/',
  'file:///etc/passwd',
  'file://partnership-health/index.html',
  'javascript:alert(1)//app://partnership-health/',
  'data:text/html,<script>alert(1)</script>',
  'http://partnership-health/index.html',
  'about:blank',
  'partnership-health/index.html',
  '',
];

describe('isInternalUrl', () => {
  it.each([
    'app://partnership-health/index.html',
    'app://partnership-health/',
    'app://partnership-health/index.html#/partnerships/p1',
  ])('accepts the app page %s', (url) => {
    expect(isInternalUrl(url)).toBe(true);
  });

  it.each(misleading)('refuses %s', (url) => {
    expect(isInternalUrl(url)).toBe(false);
  });
});

describe('externalLinkTarget', () => {
  it('opens https links, normalised by the URL parser', () => {
    expect(externalLinkTarget('https://example.org/docs?q=1')).toBe('https://example.org/docs?q=1');
    expect(externalLinkTarget('HTTPS://Example.org/a b')).toBe('https://example.org/a%20b');
  });

  it.each([
    'http://example.org/',
    'https://user:pw@example.org/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'app://partnership-health/index.html',
    'mailto:someone@example.org',
    'smb://server/share',
    'https//example.org',
    ' not a url',
  ])('keeps %s inside', (url) => {
    expect(externalLinkTarget(url)).toBeNull();
  });

  it('opens the misleading https link only at its real host', () => {
    const target = externalLinkTarget(misleading[0] ?? '');
    expect(target === null ? null : new URL(target).host).toBe('evil.example');
  });
});

describe('isAllowedRequest', () => {
  it('lets the app load itself and inline data', () => {
    expect(isAllowedRequest('app://partnership-health/assets/a.js', false)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', false)).toBe(true);
    expect(isAllowedRequest('blob:app://partnership-health/1234', false)).toBe(true);
  });

  it('blocks the network and the file system', () => {
    for (const url of [
      'https://example.org/x.js',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'wss://x/',
    ]) {
      expect(isAllowedRequest(url, false)).toBe(false);
      expect(isAllowedRequest(url, true)).toBe(false);
    }
  });

  it('allows devtools only in development', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', true)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', false)).toBe(false);
  });
});
