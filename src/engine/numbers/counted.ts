/**
 * The counted noun (tamyiz) of a number: the noun after it («80 قرية»), after «من» («ثلاثة من
 * أفرادها»), or before an adjectival one/two or a definite cardinal («مدنيين اثنين»، «الأيام
 * الأربعة»). Particles, verbs, number and currency words are never counted nouns.
 */
import type { TextSpan } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import type { Ctx } from './context.js';
import { isDefinite, joined, touching } from './context.js';
import { norm, setOf, span } from './lookup.js';
import { numberWord } from './words.js';
import { isCurrencyWord } from './units.js';
import { monthAt } from './dates.js';
import { DETACHED_PROCLITICS } from '../lang/ar/clitics.js';
import type { CliticPolicy } from '../text/clitics.js';
import { findReading } from '../text/clitics.js';
import { COUNTED_ENDING_WA, NOT_COUNTED } from '../lang/ar/numbers.js';

const STOP = setOf(NOT_COUNTED);
/** A particle of NOT_COUNTED with an attached pronoun (and a conjunction): «وبينها». */
const PARTICLE_WITH_PRONOUN: CliticPolicy = { article: false, prepositions: '' };
const WA_NOUNS = setOf(COUNTED_ENDING_WA);
const OF = norm('من');

const particleCache = new Map<string, boolean>();

/** «بينها», «لديهم», «كلها»: a particle with a pronoun (cached per word). */
function particleWithPronoun(n: string): boolean {
  let hit = particleCache.get(n);
  if (hit === undefined) {
    hit = findReading(n, (s) => STOP.has(s), PARTICLE_WITH_PRONOUN) !== null;
    if (particleCache.size >= 20_000) particleCache.clear();
    particleCache.set(n, hit);
  }
  return hit;
}

/** A word that can be a counted noun (tamyiz): a plain noun, not a particle, verb or number. */
export function countable(t: Token | undefined, allowDefinite: boolean): boolean {
  if (!t || t.kind !== 'word' || t.norm.length < 2) return false;
  const n = t.norm;
  if (STOP.has(n) || DETACHED_PROCLITICS.has(n)) return false;
  if (particleWithPronoun(n)) return false;
  if (!allowDefinite && isDefinite(t)) return false;
  if (numberWord(n) !== null) return false;
  if (isCurrencyWord(n)) return false;
  if (n.endsWith('وا') && n.length >= 4 && !WA_NOUNS.has(n)) return false; // plural verbs: أصيبوا، قتلوا
  return true;
}

/** The counted-noun span of token `t`, leaving out a conjunction or preposition before ال. */
export function nounSpan(ctx: Ctx, t: Token): TextSpan {
  const m = isDefinite(t) ? /^([وف]?[بك]?)(?=ال)/.exec(t.norm) : null;
  const cut = m && m[1] ? m[1].length : 0;
  const s = cut ? originalOffset(t, cut) : t.start;
  return span(ctx.text, s, t.end);
}

/**
 * A noun before an adjectival number is often coordinated («سبعة مقاتلين ومدنيين اثنين»): its
 * و/ف is left out when what remains is clearly a dual or plural noun, so «وزيرين» keeps its و.
 */
export function coordinatedNounSpan(ctx: Ctx, t: Token): TextSpan {
  const n = t.norm;
  // The singular left after removing و and the suffix must still have four letters (مدني، موظف):
  // «وزيرين» leaves زير and keeps its و.
  if (/^[وف]/.test(n) && n.length >= 7 && /(ين|ان|ون|ات)$/.test(n) && !isDefinite(t)) {
    return span(ctx.text, originalOffset(t, 1), t.end);
  }
  return nounSpan(ctx, t);
}

/**
 * The counted noun after a number: the next word, or the word after «من» («ثلاثة من أفرادها»);
 * with `ofOnly`, only the latter («اعتقل العشرات من المشاركين»).
 */
export function countedAfter(ctx: Ctx, k: number, allowDefinite: boolean, ofOnly = false): { span: TextSpan; next: number } | null {
  const { tokens } = ctx;
  let j = k;
  if (tokens[j]?.text === ')' && touching(ctx, j - 1)) j++;
  // «11 "مطلوبا"»: the noun in quotation marks.
  else if (tokens[j] && (tokens[j].text === '"' || tokens[j].text === '«') && touching(ctx, j) && joined(ctx, j - 1)) j++;
  const t = tokens[j];
  if (!t || !joined(ctx, j - 1)) return null;
  if (monthAt(ctx, j)) return null;
  if (!ofOnly && countable(t, allowDefinite)) return { span: span(ctx.text, t.start, t.end), next: j + 1 };
  if (t.norm === OF && joined(ctx, j)) {
    const u = tokens[j + 1];
    if (countable(u, true) && !monthAt(ctx, j + 1)) return { span: nounSpan(ctx, u), next: j + 2 };
  }
  return null;
}
