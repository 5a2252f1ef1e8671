import { describe, expect, it } from 'vitest';
import { isAllowedRequest } from './request-filter';

const production = { development: false };
const development = { development: true };

describe('isAllowedRequest', () => {
  it.each([
    ['app://partnership-health/index.html', true],
    ['app://partnership-health/assets/index-abc.js', true],
    ['blob:app://partnership-health/5b1d-4c1e', true],
    ['data:image/png;base64,AAAA', true],
    ['https://evil.example/x.js', false],
    ['https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', false],
    ['http://127.0.0.1:4173/', false],
    ['http://localhost:5173/', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['blob:https://evil.example/5b1d', false],
    ['blob:null/5b1d', false],
    ['app://partnership-health.evil/index.html', false],
    ['app://evil/index.html', false],
    ['file:///etc/passwd', false],
    ['wss://evil.example/', false],
    ['chrome-extension://abc/x.js', false],
    ['not a url', false],
  ])('in production, %s → %s', (url, allowed) => {
    expect(isAllowedRequest(url, production)).toBe(allowed);
  });

  it('allows devtools in development only, and still nothing from the network', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', development)).toBe(true);
    expect(isAllowedRequest('https://evil.example/', development)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1/', development)).toBe(false);
  });
});
