import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decidePermission } from './permissions';

describe('decidePermission', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fileSystem',
  ])('refuses %s even for the app itself', (permission) => {
    const decision = decidePermission(permission, 'app://partnership-health/index.html');
    expect(decision.granted).toBe(false);
    expect(decision.reason).toContain(permission);
  });

  it('refuses every permission from every page', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (permission, url) => {
        return decidePermission(permission, url).granted === false;
      }),
    );
  });
});
