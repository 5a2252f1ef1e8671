// Where the window reopens: the size and place it had, unless that is off every screen now
// (a monitor unplugged, a resolution changed), in which case it is brought back into view.
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from './window-options';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the window-state file keeps between runs. */
export interface SavedWindowState extends Rect {
  maximized: boolean;
}

export interface RestoredWindowBounds {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_WINDOW_WIDTH = 1280;
export const DEFAULT_WINDOW_HEIGHT = 820;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Reads a parsed window-state file; anything malformed gives null (the window then opens at the
 * default size) rather than an error, since the file only holds a convenience.
 */
export function parseWindowState(value: unknown): SavedWindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, width, height, maximized } = value as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteNumber) || typeof maximized !== 'boolean') return null;
  return {
    x: Math.round(x as number),
    y: Math.round(y as number),
    width: Math.round(width as number),
    height: Math.round(height as number),
    maximized,
  };
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: clamp(width, Math.min(MIN_WINDOW_WIDTH, area.width), area.width),
    height: clamp(height, Math.min(MIN_WINDOW_HEIGHT, area.height), area.height),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  return {
    ...size,
    x: area.x + Math.floor((area.width - size.width) / 2),
    y: area.y + Math.floor((area.height - size.height) / 2),
  };
}

/**
 * The bounds to open the window with. `displays` are the work areas of the connected screens,
 * primary first. The result always lies wholly inside one work area and is at least the minimum
 * size (or the whole work area, on a screen smaller than that). A window that no longer overlaps
 * any screen keeps its size and is centred on the primary screen.
 */
export function restoreWindowBounds(
  saved: SavedWindowState | null,
  displays: readonly Rect[],
): RestoredWindowBounds {
  const primary = displays[0] ?? {
    x: 0,
    y: 0,
    width: DEFAULT_WINDOW_WIDTH,
    height: DEFAULT_WINDOW_HEIGHT,
  };
  if (saved === null) {
    return {
      bounds: centred(fitSize(DEFAULT_WINDOW_WIDTH, DEFAULT_WINDOW_HEIGHT, primary), primary),
      maximized: false,
    };
  }

  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const display of displays) {
    const overlap = overlapArea(saved, display);
    if (overlap > bestOverlap) {
      best = display;
      bestOverlap = overlap;
    }
  }
  if (best === null) {
    return {
      bounds: centred(fitSize(saved.width, saved.height, primary), primary),
      maximized: saved.maximized,
    };
  }

  const size = fitSize(saved.width, saved.height, best);
  return {
    bounds: {
      ...size,
      x: clamp(saved.x, best.x, best.x + best.width - size.width),
      y: clamp(saved.y, best.y, best.y + best.height - size.height),
    },
    maximized: saved.maximized,
  };
}
