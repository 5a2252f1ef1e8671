import { describe, expect, it, vi } from 'vitest';
import { fakeEvent } from './ipc-fakes.test-support';
import { guardIpcHandler, type PayloadValidator } from './ipc-guard';

const numberPayload: PayloadValidator<number> = (payload) =>
  typeof payload === 'number' ? { ok: true, value: payload } : { ok: false, error: 'not a number' };

describe('guardIpcHandler', () => {
  it('calls the handler with the validated request from a trusted sender', async () => {
    const handler = vi.fn((n: number) => n * 2);
    const guarded = guardIpcHandler('test:double', numberPayload, handler);
    await expect(guarded(fakeEvent(), 21)).resolves.toBe(42);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no frame', fakeEvent(null)],
    ['a sub-frame', fakeEvent({ parent: {} })],
    [
      'a foreign origin',
      fakeEvent({ origin: 'https://evil.example', url: 'https://evil.example/' }),
    ],
  ])('refuses %s without calling the handler', async (_label, event) => {
    const handler = vi.fn();
    const guarded = guardIpcHandler('test:double', numberPayload, handler);
    await expect(guarded(event, 1)).rejects.toThrow(/^Refused test:double: /);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload without calling the handler', async () => {
    const handler = vi.fn();
    const guarded = guardIpcHandler('test:double', numberPayload, handler);
    await expect(guarded(fakeEvent(), 'x')).rejects.toThrow('invalid request, not a number');
    expect(handler).not.toHaveBeenCalled();
  });
});
