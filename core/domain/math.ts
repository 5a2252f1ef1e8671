// Small numeric helpers shared by the health model: bounds, weighted means, sorted-array search.
// No rounding happens here; callers round only for display.

/** `x` bounded to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * Weighted mean over the parts whose value is present: null parts are ignored and the
 * remaining weights renormalised. Null when no part is present or the present weights sum to 0.
 * Kept within the present values' range, which floating point can overshoot (scores of 100
 * weighted 0.7, 0.1 and 0.7 would otherwise give 100.00000000000001).
 */
export function weightedMean(
  parts: ReadonlyArray<readonly [number | null, number]>,
): number | null {
  let sum = 0;
  let weight = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const [value, w] of parts) {
    if (value === null) continue;
    sum += w * value;
    weight += w;
    if (w > 0) {
      lowest = Math.min(lowest, value);
      highest = Math.max(highest, value);
    }
  }
  return weight > 0 ? clamp(sum / weight, lowest, highest) : null;
}

/** How many entries of the ascending array `days` are ≤ `day` (binary search). */
export function countUpTo(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
