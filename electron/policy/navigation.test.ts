import { describe, expect, it } from 'vitest';
import { isInternalUrl } from './navigation';

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
