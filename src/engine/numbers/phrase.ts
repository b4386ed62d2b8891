/**
 * Reading a number phrase from the token stream: digits, words, or both mixed, in the grammar of
 * Modern Standard Arabic — units before tens joined by و (خمسة وعشرون), teens as two words (ثلاثة
 * عشر), hundreds glued or apart (ثلاثمائة، ثلاث مئة), scales multiplying what precedes them (1.5
 * مليون، ثلاثين مليون، مائتين وإثنين ألف), fractions (ثلاثة أرباع، واحد ونصف، نصف مليون), decimal
 * «فاصلة», ordinals (الثالث عشر، الحادي والعشرين) and definite cardinals (الأيام الأربعة).
 *
 * The parser is greedy but strict: a word joins the phrase only where the grammar allows it, so a
 * list («10 و20») or two adjacent numbers never merge. Each call looks at a bounded number of
 * tokens, so a pass over a document stays linear.
 */
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import type { NumberWord } from './words.js';
import { numberWord } from './words.js';
import type { DigitRead } from './digits.js';
import { readDigits } from './digits.js';
import { DETACHED_PROCLITICS } from '../lang/ar/clitics.js';
import { APPROX_BEFORE, NOT_COUNTED, PERCENT_BEFORE } from '../lang/ar/numbers.js';
import { YEAR_HEADS } from '../lang/ar/dates.js';
import { normalizeWord } from '../text/normalize.js';

/**
 * Words that news text sometimes glues to the number after them by a lost space («حوالى100»،
 * «عامي1987»): the digits are still a number, not part of a name.
 */
const GLUE_OK: ReadonlySet<string> = new Set(
  [...APPROX_BEFORE.map((p) => p.split(' ')[0]), ...NOT_COUNTED, ...YEAR_HEADS, ...PERCENT_BEFORE].map(normalizeWord),
);

export interface Ctx {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Phrases already parsed at a token index (dates and quantities ask for the same ones). */
  readonly memo?: Map<number, NumberPhrase | 'identifier' | null>;
}

/** True when only spaces (no line break) separate token `a` from the next token `a + 1`. */
export function joined(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens[a];
  const u = ctx.tokens[a + 1];
  if (!t || !u) return false;
  if (u.start - t.end > 40) return false;
  for (let i = t.end; i < u.start; i++) {
    const c = ctx.text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return false;
  }
  return true;
}

/** True when token `a + 1` starts right where token `a` ends. */
export function touching(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens[a];
  const u = ctx.tokens[a + 1];
  return t !== undefined && u !== undefined && t.end === u.start;
}

const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/**
 * True when the word carries the definite article, read on the surface (harakat removed but
 * letters not unified) so «آليات» (آ) is not mistaken for «ال».
 */
export function isDefinite(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return /^([وف]?[بك]?ال|[وف]?لل)/.test(t.text.replace(MARKS, ''));
}

/** A number written in digits, with what is glued to it. */
export interface DigitAtom {
  /** First and after-last token of the atom (the proclitic, sign or leading dot included). */
  first: number;
  last: number;
  /** Offsets of the number itself (sign and leading dot included, proclitic excluded). */
  start: number;
  end: number;
  read: DigitRead;
  /** Value with sign and leading dot applied (for reads of type 'number'). */
  value: number;
  /** Written with the definite article glued: «الـ70», «ال53». */
  definite: boolean;
  /** Index of the token holding the digits. */
  numberToken: number;
}

const SIGNS = new Set(['-', '−', '‐', '‑']);

/** The token before `k` glues an identifier to the number (F-16، كوفيد19، #2020، A4). */
function gluedToName(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  const p = tokens[k - 1];
  if (!p || !touching(ctx, k - 1)) return false;
  if (p.kind === 'latin') return true;
  if (p.kind === 'word') return !DETACHED_PROCLITICS.has(p.norm) && !GLUE_OK.has(p.norm) && !GLUE_OK.has(p.norm.slice(1));
  if (p.kind === 'punct') {
    if (p.text === '_' || p.text === '#' || p.text === '@') return true;
    if (p.norm === '-' || p.text === '/') {
      const q = tokens[k - 2];
      return q !== undefined && touching(ctx, k - 2) && (q.kind === 'latin' || q.kind === 'word');
    }
  }
  return false;
}

/**
 * The digits atom at token `k` (a number token, or a detached proclitic such as «الـ» or «بـ»
 * glued to one), or null; 'identifier' when the digits belong to a name or code.
 */
export function digitAtom(ctx: Ctx, k: number): DigitAtom | 'identifier' | null {
  const { tokens, text } = ctx;
  const t = tokens[k];
  if (!t) return null;
  let numberToken = k;
  let definite = false;
  if (t.kind === 'word') {
    if (!DETACHED_PROCLITICS.has(t.norm)) return null;
    const nt = tokens[k + 1];
    if (!nt || nt.kind !== 'number') return null;
    // «الـ70» glued; «لـ 5» apart only after a tatweel, which marks a detached clitic.
    if (!touching(ctx, k) && !(t.text.endsWith('ـ') && joined(ctx, k))) return null;
    definite = t.norm.endsWith('ال') || t.norm.endsWith('لل');
    numberToken = k + 1;
  } else if (t.kind !== 'number') return null;
  else if (gluedToName(ctx, k)) return 'identifier';
  const nt = tokens[numberToken];
  const after = tokens[numberToken + 1];
  if (after && touching(ctx, numberToken) && after.kind === 'latin') return 'identifier';
  const read = readDigits(nt.text, nt.start);
  let first = k;
  let start = nt.start;
  let value = read.type === 'number' ? read.value : read.type === 'fraction' ? read.value : NaN;
  if (numberToken === k && read.type === 'number' && read.plain) {
    // A leading decimal point: «.77», «٫٧٧».
    const p = tokens[k - 1];
    if (p && touching(ctx, k - 1) && (p.text === '.' || p.text === '٫') && !(tokens[k - 2] && touching(ctx, k - 2) && tokens[k - 2].kind === 'number')) {
      value = Number(`0.${nt.norm}`);
      first = k - 1;
      start = p.start;
    }
  }
  if (numberToken === k && (read.type === 'number' || read.type === 'fraction')) {
    // A minus sign glued to the number and not between two numbers («-5», not «10-20»).
    const p = tokens[first - 1];
    if (p && touching(ctx, first - 1) && SIGNS.has(p.text)) {
      const q = tokens[first - 2];
      const between = q !== undefined && (q.kind === 'number' || q.kind === 'word' || q.kind === 'latin') && touching(ctx, first - 2);
      if (!between) {
        value = -value;
        first -= 1;
        start = p.start;
      }
    }
  }
  let last = numberToken + 1;
  let end = nt.end;
  if (read.type === 'number' && read.plain && read.intDigits <= 3 && !text.slice(start, nt.start).includes('.')) {
    // Thousands grouped by spaces: «1 234 567», «40 000».
    let v = nt.norm;
    let j = numberToken;
    while (j + 1 < tokens.length) {
      const u = tokens[j + 1];
      const gap = text.slice(tokens[j].end, u.start);
      if (u.kind !== 'number' || (gap !== ' ' && gap !== '\u00a0' && gap !== '\u202f' && gap !== '\u2009')) break;
      const r = readDigits(u.text, u.start);
      if (r.type !== 'number' || !/^\d{3}(\.\d+)?$/.test(u.norm) || (r.plain === false && !u.norm.includes('.'))) break;
      const nx = tokens[j + 2];
      if (nx && touching(ctx, j + 1) && (nx.kind === 'latin' || nx.text === '/')) break;
      v += u.norm;
      j++;
      if (u.norm.includes('.')) break;
    }
    if (j > numberToken) {
      const sign = value < 0 ? -1 : 1;
      value = sign * Number(v);
      last = j + 1;
      end = tokens[j].end;
    }
  }
  if (read.type === 'number' && read.plain && last === numberToken + 1) {
    // A mixed fraction: «2 1/4».
    const u = tokens[last];
    if (u && u.kind === 'number' && ctx.text.slice(end, u.start) === ' ') {
      const r = readDigits(u.text, u.start);
      if (r.type === 'fraction' && r.num < r.den && !(tokens[last + 1] && touching(ctx, last) && tokens[last + 1].text === '/')) {
        value = value < 0 ? value - r.value : value + r.value;
        last += 1;
        end = u.end;
      }
    }
  }
  return { first, last, start, end, read, value, definite, numberToken };
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

interface State {
  total: number;
  group: number;
  lastScale: number;
  hasH: boolean;
  hasT: boolean;
  hasU: boolean;
  /** Value of the last atom added, to turn it into a numerator (عشرون وثلاثة أخماس). */
  lastAdded: number;
  ordinal: boolean;
  words: boolean;
  scale: number;
  fraction: boolean;
  done: boolean;
  negative: boolean;
  start: number;
  end: number;
  /** Next token to read. */
  pos: number;
  atoms: number;
  digitAtoms: number;
  digits?: DigitAtom;
  firstWord?: NumberWord;
  firstDefinite: boolean;
  bareFraction: boolean;
  needsCompound: boolean;
  clitic: boolean;
}

function newState(): State {
  return {
    total: 0, group: 0, lastScale: Infinity, hasH: false, hasT: false, hasU: false, lastAdded: 0, ordinal: false, words: false,
    scale: 0, fraction: false, done: false, negative: false, start: -1, end: -1, pos: 0, atoms: 0, digitAtoms: 0,
    firstDefinite: false, bareFraction: false, needsCompound: false, clitic: false,
  };
}

function setGroup(s: State, v: number, kind: 'U' | 'T' | 'UT' | 'H'): void {
  s.group += v;
  s.lastAdded = v;
  if (kind === 'U' || kind === 'UT') s.hasU = true;
  if (kind === 'T' || kind === 'UT') s.hasT = true;
  if (kind === 'H') s.hasH = true;
}

function closeScale(s: State, mult: number, scale: number): void {
  s.total += mult * scale;
  s.group = 0;
  s.hasH = s.hasT = s.hasU = false;
  s.lastScale = scale;
  s.scale = Math.max(s.scale, scale);
  s.lastAdded = 0;
}

/** Only hundreds so far in the current group, or a scale just closed: units and tens may join. */
function groupOpen(s: State): boolean {
  return (s.group === 0 && s.lastScale !== Infinity) || (s.hasH && !s.hasT && !s.hasU);
}

function finish(s: State, i: number): NumberPhrase | null {
  if (s.atoms === 0) return null;
  let value = s.total + s.group;
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

/** Options for where the phrase may start. */
export interface ParseOptions {
  /** Allow a phrase opened by و (the second number of «بين 10 و20»). */
  allowConj?: boolean;
}

const MAX_ATOMS = 24;

/**
 * The number phrase starting at token `i`, or null. Returns 'identifier' when the token is digits
 * that belong to a name or code, so the caller can skip them.
 */
export function parseNumber(ctx: Ctx, i: number, opts: ParseOptions = {}): NumberPhrase | 'identifier' | null {
  if (opts.allowConj || !ctx.memo) return parseAt(ctx, i, opts);
  let hit = ctx.memo.get(i);
  if (hit === undefined) {
    hit = parseAt(ctx, i, opts);
    ctx.memo.set(i, hit);
  }
  return hit;
}

function parseAt(ctx: Ctx, i: number, opts: ParseOptions): NumberPhrase | 'identifier' | null {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t) return null;
  let k = i;
  const s = newState();
  // «سالب خمسة», «ناقص 5».
  const neg = wordAt(ctx, i);
  if (neg && neg.w.negative && joined(ctx, i)) {
    s.negative = true;
    s.start = neg.start;
    k = i + 1;
  }
  s.pos = k;

  while (s.pos < tokens.length && s.atoms < MAX_ATOMS && !s.done) {
    const firstAtom = s.atoms === 0;
    let c: 'start' | 'and' | 'juxt' = firstAtom ? 'start' : 'juxt';
    let p = s.pos;
    if (!firstAtom) {
      if (!joined(ctx, p - 1)) break;
      if (tokens[p].norm === 'و' && tokens[p].kind === 'word') {
        if (!joined(ctx, p)) break;
        c = 'and';
        p++;
      }
    }
    const tok = tokens[p];
    if (!tok) break;
    // Digits.
    if (tok.kind === 'number' || (tok.kind === 'word' && DETACHED_PROCLITICS.has(tok.norm) && tokens[p + 1]?.kind === 'number')) {
      const a = digitAtom(ctx, p);
      if (a === 'identifier') return firstAtom ? 'identifier' : finish(s, i);
      if (!a || a.read.type !== 'number' && !(a.read.type === 'fraction' && firstAtom)) break;
      if (tok.kind === 'word' && !firstAtom) break;
      if (tok.kind === 'word' && /^[وف]/.test(tok.norm) && !opts.allowConj) break;
      if (firstAtom) {
        s.digits = a;
        if (s.start < 0) s.start = a.start;
        if (tok.kind === 'word') s.clitic = true;
        if (a.read.type === 'fraction') {
          s.fraction = true;
          s.group = a.value;
          s.done = true;
        } else {
          s.group = a.value;
          s.lastAdded = a.value;
          s.hasU = s.hasT = true;
          // A bare small integer may still be multiplied by «مئة» (٣ مئة).
          if (a.read.type === 'number' && a.read.integer && a.value >= 1 && a.value <= 9) s.hasT = false;
        }
      } else {
        if (a.read.type !== 'number' || a.value < 0 || a.first !== p) break;
        if (!groupOpen(s)) break;
        const limit = s.group === 0 ? s.lastScale : 100;
        if (a.value >= limit) break;
        if (s.group === 0) {
          // After a scale, digits join only as a lower group of thousands («ألف و500») or before a
          // smaller scale («3 ملايين و500 ألف»); «مليون و1650 فيلما» are two numbers.
          const nw = tokens[a.last] && joined(ctx, a.last - 1) ? numberWord(tokens[a.last].norm) : null;
          const smallerScale = nw !== null && nw.scale !== undefined && !nw.conj && nw.scale.value < s.lastScale;
          if (!smallerScale && !(s.lastScale === 1000 && a.value < 1000)) break;
        }
        setGroup(s, a.value, a.read.integer && a.value >= 1 && a.value <= 9 ? 'U' : 'UT');
      }
      s.digitAtoms++;
      s.atoms++;
      s.end = a.end;
      s.pos = a.last;
      continue;
    }
    const wa = wordAt(ctx, p);
    if (!wa) break;
    const w = wa.w;
    // A number may open with و/ف («وخمسة أشخاص»); the span then starts after the clitic.
    if (w.conj) {
      if (c === 'and') break;
      if (!firstAtom) c = 'and';
    }
    if (!firstAtom && w.prep) break;
    if (firstAtom && (w.conj || w.prep)) s.clitic = true;
    // A definite word continues a phrase only inside a definite (ordinal) compound.
    if (!firstAtom && w.definite && !(s.firstDefinite && c === 'and')) break;
    let used = 1;
    let accepted = false;
    const next = tokens[p + 1];
    const nextWord = next && joined(ctx, p) ? numberWord(next.norm) : null;
    const teenFollows = nextWord !== null && nextWord.teenMarker === true && !nextWord.conj && !nextWord.definite && !nextWord.prep;

    // Teens: «ثلاثة عشر», «إحدى عشرة», «الحادي عشر».
    const teenBase = w.teenUnit ?? (w.ordinal ? w.ordinal.value : undefined) ?? (w.unit !== undefined && w.unit >= 1 && w.unit <= 9 ? w.unit : undefined);
    if (teenFollows && teenBase !== undefined && teenBase <= 9) {
      const v = 10 + teenBase;
      if (firstAtom) {
        setGroup(s, v, 'UT');
        accepted = true;
      } else if (groupOpen(s)) {
        setGroup(s, v, 'UT');
        accepted = true;
      }
      if (accepted) {
        used = 2;
        if (w.ordinal) s.ordinal = true;
      }
    } else if (w.teen !== undefined) {
      if (firstAtom || groupOpen(s)) {
        setGroup(s, w.teen, 'UT');
        accepted = true;
      }
    } else if (w.ordinal && (firstAtom || c === 'and')) {
      const v = w.ordinal.value;
      if (firstAtom) {
        setGroup(s, v, v === 10 ? 'T' : 'U');
        s.ordinal = true;
        accepted = true;
        if (w.ordinal.compoundOnly) s.needsCompound = true;
      } else if (groupOpen(s) || (!s.hasU && !s.hasT)) {
        setGroup(s, v, v === 10 ? 'T' : 'U');
        s.ordinal = true;
        accepted = true;
      }
    } else if (w.unit !== undefined) {
      const u = w.unit;
      // Ambiguous fraction words (خمس، سبع، تسع، عشر) before a definite noun are fractions.
      const fr = w.fraction;
      const nextDefiniteNoun = next !== undefined && joined(ctx, p) && isDefinite(next) && !numberWord(next.norm);
      if (firstAtom && fr && !w.definite && nextDefiniteNoun) {
        s.group = fr.num / fr.den;
        s.fraction = true;
        s.bareFraction = true;
        accepted = true;
        s.done = true;
      } else if (nextWord && nextWord.fractionPlural && !nextWord.conj && !nextWord.definite && u >= 1 && (firstAtom || c === 'and' || groupOpen(s))) {
        // «ثلاثة أرباع», «عشرون وثلاثة أخماس».
        const f = u / nextWord.fractionPlural;
        if (firstAtom) {
          s.group = f;
          s.fraction = f < 1;
        } else s.group += f;
        used = 2;
        accepted = true;
        s.done = true;
      } else if (nextWord && nextWord.hundredWord && !nextWord.conj && !nextWord.definite && u >= 1 && u <= 9 && (firstAtom || groupOpen(s) && s.group === 0)) {
        // «ثلاث مئة».
        if (firstAtom || s.group === 0) {
          setGroup(s, u * 100, 'H');
          used = 2;
          accepted = true;
        }
      } else if (firstAtom) {
        setGroup(s, u, u === 10 ? 'T' : u === 0 ? 'UT' : 'U');
        accepted = true;
      } else if (u >= 1 && u <= 10 && groupOpen(s)) {
        setGroup(s, u, u === 10 ? 'T' : 'U');
        accepted = true;
      }
    } else if (w.teenUnit !== undefined) {
      // أحد / اثنا without عشر: not a number here.
      accepted = false;
    } else if (w.ten !== undefined) {
      const v = w.ten;
      if (firstAtom) {
        setGroup(s, v, 'T');
        accepted = true;
      } else if (!s.hasT && (c === 'and' || groupOpen(s)) && (s.hasU || s.hasH || groupOpen(s))) {
        if (s.hasU && s.lastAdded > 9) {
          // «عشرة وعشرون» is a list, not thirty.
        } else {
          setGroup(s, v, 'T');
          accepted = true;
          if (w.definite) s.ordinal = s.ordinal || s.firstDefinite;
        }
      }
    } else if (w.hundred !== undefined) {
      const v = w.hundred;
      if (w.weakHundred && firstAtom) {
        // «متين» (200 in Egyptian, «solid» in Standard Arabic) only before more of the number.
        const nt = tokens[p + 1];
        const nw = nt && joined(ctx, p) ? numberWord(nt.norm) : null;
        const prev = tokens[p - 1];
        const prevIsWord = prev !== undefined && prev.kind === 'word' && joined(ctx, p - 1) && !numberWord(prev.norm);
        if ((nw && (nw.unit !== undefined || nw.ten !== undefined || nw.conj)) || (!prevIsWord && (!nt || !joined(ctx, p)))) {
          setGroup(s, v, 'H');
          accepted = true;
        }
      } else if (firstAtom) {
        setGroup(s, v, 'H');
        accepted = true;
      } else if (s.group === 0 && s.lastScale > v) {
        setGroup(s, v, 'H');
        accepted = true;
      } else if (c === 'juxt' && w.hundredWord && v === 100 && s.hasU && !s.hasT && !s.hasH && s.group >= 1 && s.group <= 9 && s.digitAtoms > 0) {
        // «٣ مئة».
        s.group *= 100;
        s.hasU = false;
        s.hasH = true;
        accepted = true;
      }
    } else if (w.scale) {
      const { value: sv, number: gn } = w.scale;
      // The accusative «ألفا», «مليونا» only follows a number («عشرين ألفا»); alone it is a name.
      const accusative = gn === 'singular' && w.base.endsWith('ا');
      if (firstAtom && accusative) {
        accepted = false;
      } else if (c === 'juxt' && s.group === 0 && s.total > 0 && sv > s.lastScale && s.total < sv && gn !== 'plural') {
        // «ألف مليون» = a thousand million.
        s.total *= sv;
        s.lastScale = sv;
        s.scale = sv;
        accepted = true;
      } else if (c === 'juxt' && s.group > 0 && !s.fraction && gn !== 'dual' && sv < s.lastScale && !(w.definite && !s.firstDefinite)) {
        closeScale(s, s.group, sv);
        accepted = true;
      } else if (c === 'juxt' && s.group > 0 && s.fraction && gn === 'singular' && s.bareFraction) {
        // «نصف مليون», «ربع مليار».
        s.fraction = false;
        s.bareFraction = false;
        closeScale(s, s.group, sv);
        accepted = true;
      } else if (s.group === 0 && gn !== 'plural' && (firstAtom || (c === 'and' && sv < s.lastScale))) {
        closeScale(s, gn === 'dual' ? 2 : 1, sv);
        accepted = true;
      } else if (c === 'and' && sv < 100 && gn !== 'plural' && !s.fraction && s.group > 0) {
        // «ثلاث مائة ودزينتين»: a dozen added to the group.
        s.group += (gn === 'dual' ? 2 : 1) * sv;
        accepted = true;
        s.done = true;
      }
    } else if (w.fraction) {
      const f = w.fraction.num / w.fraction.den;
      if (firstAtom) {
        if (!w.definite && w.fraction.standalone && !w.fraction.ambiguous) {
          s.group = f;
          s.fraction = true;
          s.bareFraction = true;
          accepted = true;
        }
      } else if (c === 'and' && !w.definite && !s.fraction) {
        // «واحد ونصف», «مليون ونصف (المليون)».
        if (s.group === 0 && s.lastScale !== Infinity) s.total += f * s.lastScale;
        else s.group += f;
        accepted = true;
        s.done = true;
        const nt = tokens[p + 1];
        const nw = nt && joined(ctx, p) ? numberWord(nt.norm) : null;
        if (nw && nw.scale && nw.definite && !nw.conj && nw.scale.value === s.lastScale) used = 2;
      }
    } else if (w.decimal && !firstAtom && c === 'juxt' && s.lastScale === Infinity && !s.ordinal && Number.isInteger(s.group)) {
      // «واحد فاصلة خمسة», «1 فاصلة 5».
      const nt = tokens[p + 1];
      if (nt && joined(ctx, p)) {
        let frac: string | null = null;
        if (nt.kind === 'number') {
          const r = readDigits(nt.text, nt.start);
          if (r.type === 'number' && r.plain) frac = nt.norm;
        } else {
          const nw = numberWord(nt.norm);
          const v = nw && !nw.conj && !nw.definite ? (nw.unit ?? nw.ten) : undefined;
          if (v !== undefined) frac = String(v);
        }
        if (frac !== null) {
          s.group = Number(`${Math.abs(s.group)}.${frac}`) * (s.group < 0 ? -1 : 1);
          used = 2;
          accepted = true;
          s.done = true;
        }
      }
    }
    if (!accepted) break;
    if (firstAtom) {
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
