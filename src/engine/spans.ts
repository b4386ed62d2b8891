/**
 * Span arithmetic shared by every part (engine, content script, popup): plain offsets, nothing
 * Arabic about it.
 */
import type { Span } from './types.js';

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
