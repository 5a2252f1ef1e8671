// Tests of the seeded random source: repeatable, within bounds, and seed-dependent.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from './seeded-random';

const draw = (seed: number, n: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('createRandom', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
    expect(draw(42, 20)).not.toEqual(draw(43, 20));
  });

  it('keeps every helper within its bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(100),
        (seed, min, span) => {
          const random = createRandom(seed);
          const x = random.next();
          expect(x >= 0 && x < 1).toBe(true);
          const n = random.int(min, min + span);
          expect(Number.isInteger(n) && n >= min && n <= min + span).toBe(true);
          const items = Array.from({ length: span + 1 }, (_, i) => i);
          expect(items).toContain(random.pick(items));
          expect(random.shuffle(items).sort((a, b) => a - b)).toEqual(items);
        },
      ),
    );
  });

  it('spreads values roughly evenly', () => {
    const values = draw(7, 10_000);
    const low = values.filter((v) => v < 0.5).length;
    expect(low).toBeGreaterThan(4_700);
    expect(low).toBeLessThan(5_300);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(/at least one/);
  });
});
