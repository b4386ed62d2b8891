/**
 * Dual nouns that count two by themselves: «يومين», «مرتين», «قتيلان», «وجريحين», «ريالين».
 *
 * A dual counts when it is indefinite, or definite with an adjective of time or order after it
 * («العامين الماضيين»); a definite dual alone points back to a known pair («البلدين»، «الطرفين»)
 * and an adjective agreeing with a dual before it («مرتين متتاليتين») adds nothing. A fraction
 * after it is part of the amount («دقيقتين ونصف» 2.5).
 */
import type { NumberMention, TextSpan } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import type { Ctx } from './context.js';
import { isDefinite, joined } from './context.js';
import { setOf, span } from './lookup.js';
import { numberWord } from './words.js';
import { currencyDual } from './units.js';
import type { Built } from './quantity.js';
import { COUNTING_DUALS, DUAL_COUNT_QUALIFIERS } from '../lang/ar/numbers.js';
import { DUAL_NOUNS } from '../lang/ar/duals.js';
import { normalizeWord } from '../text/normalize.js';
import type { CliticPolicy } from '../text/clitics.js';
import { readings } from '../text/clitics.js';

/** Normalized dual form → singular. */
const DUALS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [singular, genitive, nominative] of DUAL_NOUNS) {
    m.set(genitive, singular);
    m.set(nominative, singular);
  }
  for (const [dual, singular] of Object.entries(COUNTING_DUALS)) m.set(normalizeWord(dual), normalizeWord(singular));
  return m;
})();
const QUALIFIER = setOf(DUAL_COUNT_QUALIFIERS);

/** A dual may carry a conjunction, a preposition and the article, no attached pronoun. */
const DUAL_CLITICS: CliticPolicy = { enclitic: false, prepositions: 'بلك', minStem: 4 };

interface DualForm {
  prefix: number;
  definite: boolean;
  currency: boolean;
}

const dualCache = new Map<string, DualForm | null>();
const CACHE_LIMIT = 20_000;

/** The dual at token `t`, with the length of its proclitics, or null (cached per word). */
function dualOf(t: Token | undefined): DualForm | null {
  if (!t || t.kind !== 'word') return null;
  const hit = dualCache.get(t.norm);
  if (hit !== undefined) return hit;
  let found: DualForm | null = null;
  // Every dual ends in ين or ان: most words are not looked at further.
  if (t.norm.endsWith('ين') || t.norm.endsWith('ان')) {
    for (const r of readings(t.norm, DUAL_CLITICS)) {
      if (!t.norm.endsWith(r.stem)) continue;
      if (DUALS.has(r.stem)) found = { prefix: r.prefix.length, definite: r.article, currency: false };
      else if (!r.article && currencyDual(r.stem)) found = { prefix: r.prefix.length, definite: false, currency: true };
      if (found) break;
    }
  }
  if (dualCache.size >= CACHE_LIMIT) dualCache.clear();
  dualCache.set(t.norm, found);
  return found;
}

export interface DualCount {
  /** The dual noun without its clitics (also the counted noun). */
  noun: TextSpan;
  end: number;
  value: number;
  next: number;
  currency: boolean;
}

/** A dual that counts at token `k` (with «ونصف» after it), or null. */
export function dualAt(ctx: Ctx, k: number): DualCount | null {
  const { tokens } = ctx;
  const t = tokens[k];
  const d = dualOf(t);
  if (!d) return null;
  // «قتيلين اثنين»: the number word after it carries the count.
  const nt = tokens[k + 1];
  const nw = nt && joined(ctx, k) ? numberWord(nt.norm) : null;
  if (nw && (nw.unit === 2 || nw.unit === 1)) return null;
  // An adjective agreeing with a dual before it: «مرتين متتاليتين», «الطرفين المتنازعين».
  if (tokens[k - 1] && joined(ctx, k - 1) && dualOf(tokens[k - 1])) return null;
  let next = k + 1;
  if (d.definite) {
    if (!nt || !joined(ctx, k) || !QUALIFIER.has(nt.norm)) return null;
    next = k + 2;
  }
  const start = isDefinite(t) ? originalOffset(t, d.prefix - (t.norm.slice(0, d.prefix).endsWith('لل') ? 1 : 2)) : originalOffset(t, d.prefix);
  const noun = span(ctx.text, start, t.end);
  let value = 2;
  let end = t.end;
  const fr = fractionAfter(ctx, k);
  if (fr && !d.definite) {
    value += fr.value;
    end = fr.end;
    next = fr.next;
  }
  return { noun, end, value, next, currency: d.currency };
}

/** «ونصف», «وربع» right after a noun: the fraction added to the amount before it. */
export function fractionAfter(ctx: Ctx, k: number): { value: number; end: number; next: number } | null {
  const t = ctx.tokens[k + 1];
  if (!t || !joined(ctx, k) || t.kind !== 'word') return null;
  const w = numberWord(t.norm);
  if (!w || !w.conj || w.prep || w.definite || !w.fraction || w.fraction.ambiguous || w.fraction.num !== 1) return null;
  return { value: w.fraction.num / w.fraction.den, end: t.end, next: k + 2 };
}

/** A counting dual at token `i` as a mention: value 2 (or 2.5…), counted by itself. */
export function matchDual(ctx: Ctx, i: number): Built | null {
  const d = dualAt(ctx, i);
  if (!d) return null;
  const m: NumberMention = { ...span(ctx.text, d.noun.start, d.end), value: d.value, kind: d.currency ? 'money' : 'cardinal', counted: { ...d.noun } };
  if (d.currency) {
    const code = currencyDual(normalizeWord(d.noun.text))?.code;
    if (code) m.unit = code;
  }
  return { mentions: [m], next: d.next };
}

/** Whether a word may be a counting dual, for the stage's first-word filter. */
export function mayBeDual(t: Token): boolean {
  return dualOf(t) !== null;
}
