import { describe, expect, it } from 'vitest';
import { fakeEvent } from './ipc-fakes.test-support';
import { checkIpcSender } from './ipc-sender';

describe('checkIpcSender', () => {
  it('trusts the main frame of an app page', () => {
    expect(checkIpcSender(fakeEvent())).toEqual({ trusted: true });
  });

  it.each([
    ['a destroyed frame', fakeEvent(null), 'gone'],
    ['a sub-frame', fakeEvent({ parent: {} }), 'sub-frame'],
    ['another origin', fakeEvent({ origin: 'https://evil.example' }), 'origin'],
    ['an opaque origin', fakeEvent({ origin: 'null' }), 'origin'],
    ['a look-alike host', fakeEvent({ origin: 'app://partnership-health.evil' }), 'origin'],
    ['a file page', fakeEvent({ url: 'file:///tmp/x.html' }), 'page'],
    ['a page with a port', fakeEvent({ url: 'app://partnership-health:1/x' }), 'page'],
  ])('refuses %s', (_label, event, reason) => {
    const check = checkIpcSender(event);
    expect(check.trusted).toBe(false);
    expect(check.trusted ? '' : check.reason).toContain(reason);
  });
});
