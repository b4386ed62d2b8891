/**
 * Span arithmetic shared by every part (engine, content script, popup): plain offsets, nothing
 * Arabic about it.
 */
import type { Span } from './types.js';

/**
 * How many items come before `pos`: the first index whose key is at least `pos`, in a list sorted by
 * `key` (token starts, token ends, mention starts…). Binary search.
 */
export function countBefore<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span containing `pos` in a sorted, non-overlapping list, or -1. Binary search. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
