/** Dual nouns that count two by themselves: «قتيلان», «وجريحين». */
import { originalOffset } from '../text/tokenize.js';
import type { Ctx } from './context.js';
import { joined } from './context.js';
import { readings, setOf, span } from './lookup.js';
import { numberWord } from './words.js';
import type { Built } from './quantity.js';
import { COUNTING_DUALS } from '../lang/ar/numbers.js';

const DUALS = setOf(Object.keys(COUNTING_DUALS));

/** Words that may start a dual count, for the stage's first-word filter. */
export const DUAL_WORDS: ReadonlySet<string> = DUALS;

/** A counting dual at token `i`, unless a number word after it carries the count («قتيلين اثنين»). */
export function matchDual(ctx: Ctx, i: number): Built | null {
  const t = ctx.tokens[i];
  if (t.kind !== 'word') return null;
  for (const r of readings(t.norm)) {
    if (!DUALS.has(r)) continue;
    const nt = ctx.tokens[i + 1];
    const nw = nt && joined(ctx, i) ? numberWord(nt.norm) : null;
    if (nw && (nw.unit === 2 || nw.unit === 1)) return null;
    const s = r === t.norm ? t.start : originalOffset(t, t.norm.length - r.length);
    const sp = span(ctx.text, s, t.end);
    return { mentions: [{ ...sp, value: 2, kind: 'cardinal', counted: { ...sp } }], next: i + 1 };
  }
  return null;
}
