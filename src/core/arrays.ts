/**
 * Array helpers that work at any size. `Math.max(...xs)` and `a.push(...xs)` pass every element as an
 * argument, and V8 throws "Maximum call stack size exceeded" from about 125,000 of them (a call log of
 * 2,000 reps × 63 weeks): a real team's data must never crash on its size.
 */

/** The largest value, or `empty` for none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = -Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v > max) max = v;
  }
  return any ? max : empty;
}

/** The smallest value, or `empty` for none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < min) min = v;
  }
  return any ? min : empty;
}

/** Appends every item of `items` to `target` (what `target.push(...items)` means, at any length). */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
