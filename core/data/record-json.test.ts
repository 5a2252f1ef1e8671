// Records JSON cannot carry (a BigInt, a cycle, a Date, a Map…) are described, never thrown on.
import { describe, expect, it } from 'vitest';
import { STAND_IN_FIELD, recordJson } from './record-json';

describe('recordJson', () => {
  it('writes a plain record as it is', () => {
    const record = { id: 'o-1', name: 'Acme', nested: { list: [1, 'two', null] } };
    expect(recordJson(record)).toEqual({ json: JSON.stringify(record), standIn: false });
  });

  it('describes a record holding a BigInt in its place, keeping its id', () => {
    const written = recordJson({ id: 'q-1', scores: { respect: 10n } });
    expect(written.standIn).toBe(true);
    const standIn = JSON.parse(written.json);
    expect(standIn.id).toBe('q-1');
    expect(standIn[STAND_IN_FIELD]).toMatch(/field "respect" holds a BigInt \(10n\)/);
  });

  it('describes a record that refers to itself', () => {
    const cyclic: Record<string, unknown> = { id: 7 };
    cyclic.self = cyclic;
    const written = recordJson(cyclic);
    expect(written.standIn).toBe(true);
    expect(JSON.parse(written.json)).toMatchObject({ id: 7 });
    expect(JSON.parse(written.json)[STAND_IN_FIELD]).toMatch(/refers to itself/);
  });

  it.each([
    ['a Date', { id: 'a', when: new Date(0) }],
    ['a Map', { id: 'a', m: new Map([[1, 2]]) }],
    ['a Set', { id: 'a', s: new Set([1]) }],
    ['binary data', { id: 'a', b: new Uint8Array([1, 2]) }],
  ])('describes %s instead of changing it silently', (what, record) => {
    const written = recordJson(record);
    expect(written.standIn).toBe(true);
    expect(JSON.parse(written.json)[STAND_IN_FIELD]).toContain(what);
  });
});
