/**
 * Reading a number phrase from the token stream: digits, words, or both mixed, in the grammar of
 * Modern Standard Arabic — units before tens joined by و (خمسة وعشرون), teens as two words (ثلاثة
 * عشر), hundreds glued or apart (ثلاثمائة، ثلاث مئة), scales multiplying what precedes them (1.5
 * مليون، ثلاثين مليون، مائتين وإثنين ألف), fractions (ثلاثة أرباع، واحد ونصف، نصف مليون), decimal
 * «فاصلة», ordinals (الثالث عشر، الحادي والعشرين) and definite cardinals (الأيام الأربعة).
 *
 * The parser is greedy but strict: a word joins the phrase only where the grammar allows it
 * (phrase-rules.ts, one rule per word class), so a list («10 و20») or two adjacent numbers never
 * merge. Each call looks at a bounded number of tokens, so a pass over a document stays linear.
 */
import { originalOffset } from '../text/tokenize.js';
import type { Ctx } from './context.js';
import { joined } from './context.js';
import type { DigitAtom } from './digit-atom.js';
import { digitAtom } from './digit-atom.js';
import type { NumberWord } from './words.js';
import { numberWord } from './words.js';
import type { Connector, State } from './phrase-rules.js';
import { acceptFirstDigits, acceptLaterDigits, acceptWord, newState } from './phrase-rules.js';
import { DETACHED_PROCLITICS } from '../lang/ar/clitics.js';

export interface NumberPhrase {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Offsets of the phrase in the original text (leading clitics excluded). */
  start: number;
  end: number;
  value: number;
  ordinal: boolean;
  /** A fraction below one written as such (نصف، ثلاثة أرباع، 3/4). */
  fraction: boolean;
  /** The first word carries the article and the phrase is a cardinal adjective (الأيام الأربعة). */
  definite: boolean;
  /** Written only in digits (one token, maybe with sign, proclitic or space groups). */
  digitsOnly: boolean;
  /** The digits as read, when `digitsOnly`. */
  digits?: DigitAtom;
  /** The largest scale word used (ألف، مليون…), or 0. */
  scale: number;
  /** A single word 1 or 2 (واحد، اثنين) that can follow its noun as an adjective. */
  adjectival: boolean;
  /** A bare fraction word (نصف، ثلث) not followed by a scale. */
  bareFraction: boolean;
  /** The phrase opened with a preposition or conjunction clitic («بثلاثين», «وخمسة»). */
  clitic: boolean;
}

/** Options for where the phrase may start. */
export interface ParseOptions {
  /** Allow a phrase opened by و (the second number of «بين 10 و20»). */
  allowConj?: boolean;
  /** Read at most this many atoms (a year after «عام» is one: «عام 2014 مليار دولار»). */
  maxAtoms?: number;
}

const MAX_ATOMS = 24;

/**
 * The number phrase starting at token `i`, or null. Returns 'identifier' when the token is digits
 * that belong to a name or code, so the caller can skip them.
 */
export function parseNumber(ctx: Ctx, i: number, opts: ParseOptions = {}): NumberPhrase | 'identifier' | null {
  if (opts.allowConj || opts.maxAtoms !== undefined || !ctx.memo) return parseAt(ctx, i, opts);
  let hit = ctx.memo.get(i);
  if (hit === undefined) {
    hit = parseAt(ctx, i, opts);
    ctx.memo.set(i, hit);
  }
  return hit;
}

/**
 * The number phrase starting at token `i`: an optional negative word, then atoms (digits or number
 * words) as long as the grammar accepts them, each joined to the one before directly or by «و».
 */
function parseAt(ctx: Ctx, i: number, opts: ParseOptions): NumberPhrase | 'identifier' | null {
  const { tokens } = ctx;
  if (!tokens[i]) return null;
  const s = newState();
  s.pos = negativeAt(ctx, i, s) ? i + 1 : i;
  const maxAtoms = opts.maxAtoms ?? MAX_ATOMS;
  while (s.pos < tokens.length && s.atoms < maxAtoms && !s.done) {
    const first = s.atoms === 0;
    const link = connectorAt(ctx, s.pos, first);
    if (!link) break;
    const { c, p } = link;
    const tok = tokens[p];
    if (!tok) break;
    if (tok.kind === 'number' || (tok.kind === 'word' && DETACHED_PROCLITICS.has(tok.norm) && tokens[p + 1]?.kind === 'number')) {
      const a = digitAtom(ctx, p);
      if (a === 'identifier') return first ? 'identifier' : finish(s, i);
      if (!a || !digitsJoin(ctx, s, p, c, first, a, opts)) break;
      s.digitAtoms++;
      s.atoms++;
      s.end = a.end;
      s.pos = a.last;
      continue;
    }
    const wa = wordAt(ctx, p);
    if (!wa) break;
    const w = wa.w;
    let conn = c;
    // A number may open with و/ف («وخمسة أشخاص»); the span then starts after the clitic.
    if (w.conj) {
      if (conn === 'and') break;
      if (!first) conn = 'and';
    }
    if (!first && w.prep) break;
    if (first && (w.conj || w.prep)) s.clitic = true;
    // A definite word continues a phrase only inside a definite (ordinal) compound.
    if (!first && w.definite && !(s.firstDefinite && conn === 'and')) break;
    const next = tokens[p + 1];
    const nextWord = next && joined(ctx, p) ? numberWord(next.norm) : null;
    const used = acceptWord({ ctx, s, p, c: conn, first, w, next, nextWord });
    if (used === 0) break;
    if (first) {
      s.firstWord = w;
      s.firstDefinite = w.definite;
      if (s.start < 0) s.start = wa.start;
    }
    s.words = true;
    s.atoms++;
    s.end = tokens[p + used - 1].end;
    s.pos = p + used;
  }
  return finish(s, i);
}

/** «سالب خمسة», «ناقص 5»: a negative word opening the phrase. */
function negativeAt(ctx: Ctx, i: number, s: State): boolean {
  const neg = wordAt(ctx, i);
  if (!neg || !neg.w.negative || !joined(ctx, i)) return false;
  s.negative = true;
  s.start = neg.start;
  return true;
}

/** How the atom at or after `pos` joins the phrase (a separate «و» is skipped), or null. */
function connectorAt(ctx: Ctx, pos: number, first: boolean): { c: Connector; p: number } | null {
  if (first) return { c: 'start', p: pos };
  const { tokens } = ctx;
  if (!joined(ctx, pos - 1)) return null;
  if (tokens[pos].norm === 'و' && tokens[pos].kind === 'word') return joined(ctx, pos) ? { c: 'and', p: pos + 1 } : null;
  return { c: 'juxt', p: pos };
}

/** Whether the digits atom `a` at token `p` joins the phrase (and joins it when it does). */
function digitsJoin(ctx: Ctx, s: State, p: number, c: Connector, first: boolean, a: DigitAtom, opts: ParseOptions): boolean {
  if ((a.read.type !== 'number' && !(a.read.type === 'fraction' && first))) return false;
  const tok = ctx.tokens[p];
  if (tok.kind === 'word' && !first) return false;
  if (tok.kind === 'word' && /^[وف]/.test(tok.norm) && !opts.allowConj) return false;
  if (!first) return acceptLaterDigits({ ctx, s, p, c, first }, a);
  acceptFirstDigits(s, a);
  if (tok.kind === 'word') s.clitic = true;
  return true;
}

/** A number word at token `k` with its offsets (clitics excluded). */
interface WordAtom {
  w: NumberWord;
  k: number;
  start: number;
  end: number;
}

function wordAt(ctx: Ctx, k: number): WordAtom | null {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return null;
  const w = numberWord(t.norm);
  if (!w) return null;
  // The article stays in the span («الثالث عشر»); a conjunction or preposition does not.
  const article = w.definite ? (t.norm.slice(0, w.prefixLength).endsWith('لل') ? 1 : 2) : 0;
  return { w, k, start: originalOffset(t, w.prefixLength - article), end: t.end };
}

function finish(s: State, i: number): NumberPhrase | null {
  if (s.atoms === 0) return null;
  // Scales multiply decimals: 8.3 × 10⁶ must read 8,300,000, not 8,300,000.000000001.
  let value = s.scale ? Math.round((s.total + s.group) * 1e6) / 1e6 : s.total + s.group;
  if (s.negative) value = -value;
  const single = s.atoms === 1;
  const onlyDigits = s.digits !== undefined && !s.words;
  let ordinal = s.ordinal;
  let definite = false;
  let adjectival = false;
  if (s.needsCompound && single && s.group < 11) return null;
  if (s.firstWord && s.firstDefinite && !onlyDigits) {
    const plainUnit = single && s.firstWord.unit !== undefined && !s.ordinal && !s.fraction && s.scale === 0 && s.group === s.firstWord.unit;
    if (plainUnit) {
      // «الأيام الأربعة»: a definite cardinal after its noun. «الواحد», «الاثنين» alone are not numbers.
      if (value < 3) return null;
      definite = true;
    } else if (s.scale === 0 && !s.fraction) {
      if (single && (s.firstWord.hundred !== undefined || s.firstWord.scale)) return null;
      ordinal = true; // «العشرين», «الأحد عشر», «الواحد والعشرون»
    } else if (s.fraction && s.bareFraction) return null; // «النصف الثاني»
  }
  if (s.firstWord && single && !s.firstDefinite && s.firstWord.unit !== undefined && (s.firstWord.unit === 1 || s.firstWord.unit === 2) && !s.fraction) adjectival = true;
  const first = s.digits && s.digits.first < i ? s.digits.first : i;
  return {
    first,
    last: s.pos,
    start: s.start,
    end: s.end,
    value,
    ordinal,
    fraction: s.fraction,
    definite,
    digitsOnly: onlyDigits,
    digits: onlyDigits ? s.digits : undefined,
    scale: s.scale,
    adjectival,
    bareFraction: s.bareFraction,
    clitic: s.clitic,
  };
}
