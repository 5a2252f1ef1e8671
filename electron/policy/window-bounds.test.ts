import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_HEIGHT,
  DEFAULT_WINDOW_WIDTH,
  parseWindowState,
  restoreWindowBounds,
  type Rect,
} from './window-bounds';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from './window-options';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

function inside(bounds: Rect, area: Rect): boolean {
  return (
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}

describe('restoreWindowBounds', () => {
  it('reopens where it was when that is still on screen', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: true };
    expect(restoreWindowBounds(saved, [laptop, rightMonitor])).toEqual({
      bounds: { x: 2000, y: 100, width: 1400, height: 900 },
      maximized: true,
    });
  });

  it('centres on the primary screen when the monitor it was on is gone', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: false };
    const { bounds } = restoreWindowBounds(saved, [laptop]);
    expect(bounds).toEqual({ x: 260, y: 75, width: 1400, height: 900 });
  });

  it('pulls a half-visible window fully onto its screen', () => {
    const saved = { x: -300, y: 900, width: 1000, height: 700, maximized: false };
    const { bounds } = restoreWindowBounds(saved, [laptop]);
    expect(bounds).toEqual({ x: 0, y: 350, width: 1000, height: 700 });
  });

  it('grows a tiny window to the minimum and shrinks a huge one to the screen', () => {
    const tiny = restoreWindowBounds({ x: 10, y: 10, width: 50, height: 40, maximized: false }, [
      laptop,
    ]);
    expect(tiny.bounds).toMatchObject({ width: MIN_WINDOW_WIDTH, height: MIN_WINDOW_HEIGHT });
    const huge = restoreWindowBounds({ x: 0, y: 0, width: 9000, height: 9000, maximized: false }, [
      laptop,
    ]);
    expect(huge.bounds).toMatchObject({ width: 1920, height: 1050 });
  });

  it('opens at the default size, centred, the first time', () => {
    const { bounds, maximized } = restoreWindowBounds(null, [laptop]);
    expect(bounds.width).toBe(DEFAULT_WINDOW_WIDTH);
    expect(bounds.height).toBe(DEFAULT_WINDOW_HEIGHT);
    expect(bounds.x).toBe((1920 - DEFAULT_WINDOW_WIDTH) / 2);
    expect(maximized).toBe(false);
  });

  it('always lands wholly on one screen, at least the minimum size it allows', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 6000 }),
      height: fc.integer({ min: 1, max: 6000 }),
    });
    const saved = fc.option(
      fc.tuple(rect, fc.boolean()).map(([r, maximized]) => ({ ...r, maximized })),
    );
    fc.assert(
      fc.property(saved, fc.array(rect, { minLength: 1, maxLength: 3 }), (state, displays) => {
        const { bounds } = restoreWindowBounds(state, displays);
        const home = displays.find((display) => inside(bounds, display));
        return (
          home !== undefined &&
          bounds.width >= Math.min(MIN_WINDOW_WIDTH, home.width) &&
          bounds.height >= Math.min(MIN_WINDOW_HEIGHT, home.height)
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseWindowState', () => {
  it('reads a well-formed state, rounding fractional pixels', () => {
    expect(
      parseWindowState({ x: 1.4, y: 2, width: 1000.6, height: 700, maximized: false }),
    ).toEqual({
      x: 1,
      y: 2,
      width: 1001,
      height: 700,
      maximized: false,
    });
  });

  it.each([
    null,
    'x',
    [],
    {},
    { x: 1, y: 2, width: 3, height: 4 },
    { x: NaN, y: 0, width: 1, height: 1, maximized: true },
    { x: '1', y: 0, width: 1, height: 1, maximized: true },
  ])('ignores a malformed state %j', (value) => {
    expect(parseWindowState(value)).toBeNull();
  });
});
