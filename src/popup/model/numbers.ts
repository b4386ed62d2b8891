/** The order numbers are listed in. */
import type { NumberKind, NumberMention } from '../../engine/types.js';

export type NumberOrder = 'article' | 'value';

/** Kinds whose value is a point in time, not a quantity: sorting them among amounts means nothing. */
const TIME_KINDS: ReadonlySet<NumberKind> = new Set(['date', 'year', 'time']);

export function isTimeKind(kind: NumberKind): boolean {
  return TIME_KINDS.has(kind);
}

/**
 * Article order, or quantities by value (largest first, ties in article order) followed by dates
 * and times in article order. Never mutates its input.
 */
export function orderNumbers(numbers: readonly NumberMention[], order: NumberOrder): NumberMention[] {
  const byPosition = [...numbers].sort((a, b) => a.start - b.start);
  if (order === 'article') return byPosition;
  const amounts = byPosition.filter((n) => !isTimeKind(n.kind));
  const times = byPosition.filter((n) => isTimeKind(n.kind));
  const value = (n: NumberMention) => (Number.isFinite(n.value) ? n.value : -Infinity);
  amounts.sort((a, b) => value(b) - value(a) || a.start - b.start);
  return [...amounts, ...times];
}
