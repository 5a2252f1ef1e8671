// How the engine's sentences (explanations, alerts, report summaries) write numbers and lists,
// so the same figure reads the same wherever it is explained.

/** A score or point count as a whole number: 70.5 → "71". */
export function whole(x: number): string {
  return String(Math.round(x));
}

/** At most one decimal, none when the number is whole: 2.25 → "2.3", 3 → "3". */
export function oneDecimal(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** A 0–1 share as a whole percentage: 0.375 → "38%". */
export function percent(share: number): string {
  return `${Math.round(100 * share)}%`;
}

/** A mean rating on the 1–5 scale with one decimal: 3.25 → "3.3/5". */
export function rating(r: number): string {
  return `${r.toFixed(1)}/5`;
}

/** A count with its noun, plural unless one: (1, "day") → "1 day", (3, "day") → "3 days". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A list in prose: ["a"] → "a", ["a", "b", "c"] → "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
