import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decidePermission } from './permissions';

describe('decidePermission', () => {
  it.each([
    // A request names the page; a check names the origin.
    'app://partnership-health/index.html',
    'app://partnership-health/index.html#/settings',
    'app://partnership-health',
    'app://partnership-health/',
  ])('grants persistent storage to the app itself (%s)', (url) => {
    expect(decidePermission('persistent-storage', url).granted).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'app://partnership-health.evil/',
    'app://evil/index.html',
    'app://user@partnership-health/',
    'file:///home/ana/page.html',
    'devtools://devtools/bundled/inspector.html',
    'null',
    '',
  ])('refuses persistent storage to %s', (url) => {
    const decision = decidePermission('persistent-storage', url);
    expect(decision.granted).toBe(false);
    expect(decision.reason).toContain('persistent-storage');
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fileSystem',
    'storage-access',
    'unknown',
  ])('refuses %s even for the app itself', (permission) => {
    const decision = decidePermission(permission, 'app://partnership-health/index.html');
    expect(decision.granted).toBe(false);
    expect(decision.reason).toContain(permission);
  });

  it('refuses every other permission from every page', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (permission, url) => {
        fc.pre(permission !== 'persistent-storage');
        return decidePermission(permission, url).granted === false;
      }),
    );
  });
});
