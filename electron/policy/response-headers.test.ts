import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';
import { appResponseHeaders, withAppContentSecurityPolicy } from './response-headers';

describe('appResponseHeaders', () => {
  it('carries the CSP, the content type and nosniff on every response', () => {
    for (const type of ['text/html; charset=utf-8', 'text/plain; charset=utf-8']) {
      const headers = appResponseHeaders(type);
      expect(headers['Content-Type']).toBe(type);
      expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('sends a policy that forbids inline and remote script', () => {
    const csp = appResponseHeaders('text/html')['Content-Security-Policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toContain("'unsafe-eval'");
  });
});

describe('withAppContentSecurityPolicy', () => {
  it('replaces a looser policy, whatever its spelling, and keeps other headers', () => {
    const result = withAppContentSecurityPolicy({
      'content-security-policy': ['default-src *'],
      'CONTENT-SECURITY-POLICY': 'script-src *',
      'Content-Type': ['text/html'],
    });
    expect(result).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy()],
    });
  });

  it('adds the policy when there were no headers', () => {
    expect(withAppContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [contentSecurityPolicy()],
    });
  });
});

describe('the content security policy', () => {
  it('frames only the PDF preview (blob:), not the app itself', () => {
    expect(contentSecurityPolicy()).toMatch(/(^|; )frame-src blob:(;|$)/);
    expect(contentSecurityPolicy()).not.toMatch(/frame-src[^;]*'self'/);
  });
});
