// Figures every benchmark reports the same way: the median of its runs and CPU time, which is
// steadier than wall time on a busy machine.

/**
 * The median of `values`: the middle one, or the mean of the two middle ones for an even count.
 * @example median([3, 1, 2]) === 2; median([4, 1, 3, 2]) === 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** CPU time (user + system) this process has used so far, in ms; subtract two readings. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
