/**
 * «ضعف» as «twice»: after an approximation or a verb of comparison («أكثر من ضعف», «يعادل ضعفي»),
 * or before a noun of quantity («ضعف عدد», «ضعف ما»). Elsewhere it is «weakness» («ضعف
 * الاقتصاد»). Multiples written with a number («سبعة أضعاف», «100 ضعف») are read in quantity.ts.
 */
import type { NumberMention, TextSpan } from '../types.js';
import { originalOffset } from '../text/tokenize.js';
import type { Ctx } from './context.js';
import { joined } from './context.js';
import { setOf, span } from './lookup.js';
import type { Built } from './quantity.js';
import { findReading } from '../text/clitics.js';
import type { CliticPolicy } from '../text/clitics.js';
import { MULTIPLE_CUES_BEFORE, MULTIPLE_OF_NOUNS, MULTIPLE_WORDS } from '../lang/ar/numbers.js';
import { normalizeWord } from '../text/normalize.js';

const WORDS = new Map(Object.entries(MULTIPLE_WORDS).map(([k, v]) => [normalizeWord(k), v]));
const CUE = setOf(MULTIPLE_CUES_BEFORE);
const OF = setOf(MULTIPLE_OF_NOUNS);
/** «الضعف», «بضعف», «إلى الضعف»: the article or a preposition may be glued on. */
const MULTIPLE_CLITICS: CliticPolicy = { enclitic: false, prepositions: 'بل' };

/** A multiple word at token `k` (clitics off), or null: its factor and its span. */
export function multipleAt(ctx: Ctx, k: number, cued: boolean): { value: number; span: TextSpan; next: number } | null {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return null;
  const r = findReading(t.norm, (s) => WORDS.has(s), MULTIPLE_CLITICS);
  if (!r || !t.norm.endsWith(r.stem)) return null;
  const nt = ctx.tokens[k + 1];
  const quantityAfter = nt !== undefined && joined(ctx, k) && OF.has(nt.norm);
  const prev = ctx.tokens[k - 1];
  const cueBefore = prev !== undefined && joined(ctx, k - 1) && CUE.has(prev.norm);
  if (!cued && !cueBefore && !quantityAfter) return null;
  const start = r.article ? originalOffset(t, r.prefix.length - 2) : originalOffset(t, r.prefix.length);
  return { value: WORDS.get(r.stem)!, span: span(ctx.text, start, t.end), next: k + 1 };
}

/** A multiple at token `i` as a mention of kind «multiple». */
export function matchMultiple(ctx: Ctx, i: number): Built | null {
  const m = multipleAt(ctx, i, false);
  if (!m) return null;
  const mention: NumberMention = { ...m.span, value: m.value, kind: 'multiple' };
  return { mentions: [mention], next: m.next };
}
