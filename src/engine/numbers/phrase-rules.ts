/**
 * The grammar of a number phrase, one rule per word class: the parser (phrase.ts) reads the phrase
 * atom by atom and asks the rule for the atom's class whether it may join, and how. A rule returns
 * how many tokens it used (0: the atom does not join, the phrase ends before it) and updates the
 * running state: the total so far, the open group below the last scale, and what the group holds.
 *
 * Classes, in the order they are tried: digits, teens (ثلاثة عشر), colloquial one-word teens
 * (حداشر), ordinals, units (with fractions, hundreds and «ثلاث مئة» after them), tens, hundreds,
 * scales (ألف، مليون), fractions, and the decimal word «فاصلة».
 */
import type { Token } from '../text/tokenize.js';
import type { Ctx } from './context.js';
import { isDefinite, joined } from './context.js';
import type { DigitAtom } from './digit-atom.js';
import type { NumberWord } from './words.js';
import { numberWord } from './words.js';
import { readDigits } from './digits.js';

/** The running reading of a phrase. */
export interface State {
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

export function newState(): State {
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

/** How an atom is joined to the phrase: it opens it, follows «و», or follows directly. */
export type Connector = 'start' | 'and' | 'juxt';

/** One atom offered to the rules. */
export interface Step {
  ctx: Ctx;
  s: State;
  /** Token of the atom. */
  p: number;
  c: Connector;
  first: boolean;
}

/** A number word offered to the rules, with the token after it already looked up. */
export interface WordStep extends Step {
  w: NumberWord;
  next: Token | undefined;
  nextWord: NumberWord | null;
}

/** Digits as the first atom: the phrase's value so far. */
export function acceptFirstDigits(s: State, a: DigitAtom): void {
  s.digits = a;
  if (s.start < 0) s.start = a.start;
  if (a.read.type === 'fraction') {
    s.fraction = true;
    s.group = a.value;
    s.done = true;
    return;
  }
  s.group = a.value;
  s.lastAdded = a.value;
  s.hasU = s.hasT = true;
  // A bare small integer may still be multiplied by «مئة» (٣ مئة).
  if (a.read.type === 'number' && a.read.integer && a.value >= 1 && a.value <= 9) s.hasT = false;
}

/**
 * Digits after a scale or hundreds: they join only as a lower group of thousands («ألف و500») or
 * before a smaller scale («3 ملايين و500 ألف»); «مليون و1650 فيلما» are two numbers.
 */
export function acceptLaterDigits(st: Step, a: DigitAtom): boolean {
  const { ctx, s, p } = st;
  if (a.read.type !== 'number' || a.value < 0 || a.first !== p) return false;
  if (!groupOpen(s)) return false;
  const limit = s.group === 0 ? s.lastScale : 100;
  if (a.value >= limit) return false;
  if (s.group === 0) {
    const t = ctx.tokens[a.last];
    const nw = t && joined(ctx, a.last - 1) ? numberWord(t.norm) : null;
    const smallerScale = nw !== null && nw.scale !== undefined && !nw.conj && nw.scale.value < s.lastScale;
    if (!smallerScale && !(s.lastScale === 1000 && a.value < 1000)) return false;
  }
  setGroup(s, a.value, a.read.integer && a.value >= 1 && a.value <= 9 ? 'U' : 'UT');
  return true;
}

/** The number word's class decides its rule; the first class that applies is the only one tried. */
export function acceptWord(st: WordStep): number {
  const { w, first, c } = st;
  if (teenBase(st) !== undefined) return acceptTeen(st);
  if (w.teen !== undefined) return acceptColloquialTeen(st);
  if (w.ordinal && (first || c === 'and')) return acceptOrdinal(st);
  if (w.unit !== undefined) return acceptUnit(st);
  // أحد / اثنا without عشر: not a number here.
  if (w.teenUnit !== undefined) return 0;
  if (w.ten !== undefined) return acceptTen(st);
  if (w.hundred !== undefined) return acceptHundred(st);
  if (w.scale) return acceptScale(st);
  if (w.fraction) return acceptFraction(st);
  if (w.decimal) return acceptDecimal(st);
  return 0;
}

/** The unit 1–9 of a teen when «عشر/عشرة» follows the word, else undefined. */
function teenBase({ w, nextWord }: WordStep): number | undefined {
  const teenFollows = nextWord !== null && nextWord.teenMarker === true && !nextWord.conj && !nextWord.definite && !nextWord.prep;
  if (!teenFollows) return undefined;
  const base = w.teenUnit ?? (w.ordinal ? w.ordinal.value : undefined) ?? (w.unit !== undefined && w.unit >= 1 && w.unit <= 9 ? w.unit : undefined);
  return base !== undefined && base <= 9 ? base : undefined;
}

/** Teens: «ثلاثة عشر», «إحدى عشرة», «الحادي عشر». */
function acceptTeen(st: WordStep): number {
  const { s, w, first } = st;
  if (!first && !groupOpen(s)) return 0;
  setGroup(s, 10 + teenBase(st)!, 'UT');
  if (w.ordinal) s.ordinal = true;
  return 2;
}

/** A whole teen in one colloquial word: «حداشر». */
function acceptColloquialTeen({ s, w, first }: WordStep): number {
  if (!first && !groupOpen(s)) return 0;
  setGroup(s, w.teen!, 'UT');
  return 1;
}

/** Ordinals: «الثالث», «الحادي والعشرين» (the unit of a compound ordinal). */
function acceptOrdinal({ s, w, first }: WordStep): number {
  const v = w.ordinal!.value;
  if (first) {
    setGroup(s, v, v === 10 ? 'T' : 'U');
    s.ordinal = true;
    if (w.ordinal!.compoundOnly) s.needsCompound = true;
    return 1;
  }
  if (groupOpen(s) || (!s.hasU && !s.hasT)) {
    setGroup(s, v, v === 10 ? 'T' : 'U');
    s.ordinal = true;
    return 1;
  }
  return 0;
}

/** Units 0–10, and what a unit starts: a fraction («ثلاثة أرباع»), hundreds («ثلاث مئة»). */
function acceptUnit(st: WordStep): number {
  const { ctx, s, p, w, first, c, next, nextWord } = st;
  const u = w.unit!;
  // Ambiguous fraction words (خمس، سبع، تسع، عشر) before a definite noun are fractions.
  const fr = w.fraction;
  const nextDefiniteNoun = next !== undefined && joined(ctx, p) && isDefinite(next) && !numberWord(next.norm);
  if (first && fr && !w.definite && nextDefiniteNoun) {
    s.group = fr.num / fr.den;
    s.fraction = true;
    s.bareFraction = true;
    s.done = true;
    return 1;
  }
  if (nextWord && nextWord.fractionPlural && !nextWord.conj && !nextWord.definite && u >= 1 && (first || c === 'and' || groupOpen(s))) {
    // «ثلاثة أرباع», «عشرون وثلاثة أخماس».
    const f = u / nextWord.fractionPlural;
    if (first) {
      s.group = f;
      s.fraction = f < 1;
    } else s.group += f;
    s.done = true;
    return 2;
  }
  if (nextWord && nextWord.hundredWord && !nextWord.conj && !nextWord.definite && u >= 1 && u <= 9 && (first || (groupOpen(s) && s.group === 0))) {
    // «ثلاث مئة».
    setGroup(s, u * 100, 'H');
    return 2;
  }
  if (first) {
    setGroup(s, u, u === 10 ? 'T' : u === 0 ? 'UT' : 'U');
    return 1;
  }
  if (u >= 1 && u <= 10 && groupOpen(s)) {
    setGroup(s, u, u === 10 ? 'T' : 'U');
    return 1;
  }
  return 0;
}

/** Tens: «عشرون», «خمسة وعشرون»; «عشرة وعشرون» is a list, not thirty. */
function acceptTen({ s, w, first, c }: WordStep): number {
  const v = w.ten!;
  if (first) {
    setGroup(s, v, 'T');
    return 1;
  }
  if (s.hasT || !(c === 'and' || groupOpen(s)) || !(s.hasU || s.hasH || groupOpen(s))) return 0;
  if (s.hasU && s.lastAdded > 9) return 0;
  setGroup(s, v, 'T');
  if (w.definite) s.ordinal = s.ordinal || s.firstDefinite;
  return 1;
}

/** Hundreds: «ثلاثمائة», «مئتين», «٣ مئة», and the colloquial «متين» where a number fits. */
function acceptHundred(st: WordStep): number {
  const { ctx, s, p, w, first, c } = st;
  const v = w.hundred!;
  if (w.weakHundred && first) {
    // «متين» (200 in Egyptian, «solid» in Standard Arabic) only before more of the number.
    const nt = ctx.tokens[p + 1];
    const nw = nt && joined(ctx, p) ? numberWord(nt.norm) : null;
    const prev = ctx.tokens[p - 1];
    const prevIsWord = prev !== undefined && prev.kind === 'word' && joined(ctx, p - 1) && !numberWord(prev.norm);
    if ((nw && (nw.unit !== undefined || nw.ten !== undefined || nw.conj)) || (!prevIsWord && (!nt || !joined(ctx, p)))) {
      setGroup(s, v, 'H');
      return 1;
    }
    return 0;
  }
  if (first || (s.group === 0 && s.lastScale > v)) {
    setGroup(s, v, 'H');
    return 1;
  }
  if (c === 'juxt' && w.hundredWord && v === 100 && s.hasU && !s.hasT && !s.hasH && s.group >= 1 && s.group <= 9 && s.digitAtoms > 0) {
    // «٣ مئة».
    s.group *= 100;
    s.hasU = false;
    s.hasH = true;
    return 1;
  }
  return 0;
}

/** Scales: «ألف», «ثلاثين مليون», «ألف مليون», «نصف مليون», «مليون وألفان», «ودزينتين». */
function acceptScale({ s, w, first, c }: WordStep): number {
  const { value: sv, number: gn } = w.scale!;
  // The accusative «ألفا», «مليونا» only follows a number («عشرين ألفا»); alone it is a name.
  const accusative = gn === 'singular' && w.base.endsWith('ا');
  if (first && accusative) return 0;
  if (c === 'juxt' && s.group === 0 && s.total > 0 && sv > s.lastScale && s.total < sv && gn !== 'plural') {
    // «ألف مليون» = a thousand million.
    s.total *= sv;
    s.lastScale = sv;
    s.scale = sv;
    return 1;
  }
  if (c === 'juxt' && s.group > 0 && !s.fraction && gn !== 'dual' && sv < s.lastScale && !(w.definite && !s.firstDefinite)) {
    closeScale(s, s.group, sv);
    return 1;
  }
  if (c === 'juxt' && s.group > 0 && s.fraction && gn === 'singular' && s.bareFraction) {
    // «نصف مليون», «ربع مليار».
    s.fraction = false;
    s.bareFraction = false;
    closeScale(s, s.group, sv);
    return 1;
  }
  if (s.group === 0 && gn !== 'plural' && (first || (c === 'and' && sv < s.lastScale))) {
    closeScale(s, gn === 'dual' ? 2 : 1, sv);
    return 1;
  }
  if (c === 'and' && sv < 100 && gn !== 'plural' && !s.fraction && s.group > 0) {
    // «ثلاث مائة ودزينتين»: a dozen added to the group.
    s.group += (gn === 'dual' ? 2 : 1) * sv;
    s.done = true;
    return 1;
  }
  return 0;
}

/** Fractions: «نصف» alone, «واحد ونصف», «مليون ونصف (المليون)». */
function acceptFraction({ ctx, s, p, w, first, c }: WordStep): number {
  const f = w.fraction!.num / w.fraction!.den;
  if (first) {
    if (w.definite || !w.fraction!.standalone || w.fraction!.ambiguous) return 0;
    s.group = f;
    s.fraction = true;
    s.bareFraction = true;
    return 1;
  }
  if (c !== 'and' || w.definite || s.fraction) return 0;
  if (s.group === 0 && s.lastScale !== Infinity) s.total += f * s.lastScale;
  else s.group += f;
  s.done = true;
  const nt = ctx.tokens[p + 1];
  const nw = nt && joined(ctx, p) ? numberWord(nt.norm) : null;
  return nw && nw.scale && nw.definite && !nw.conj && nw.scale.value === s.lastScale ? 2 : 1;
}

/** The decimal point as a word: «واحد فاصلة خمسة», «1 فاصلة 5». */
function acceptDecimal({ ctx, s, p, first, c }: WordStep): number {
  if (first || c !== 'juxt' || s.lastScale !== Infinity || s.ordinal || !Number.isInteger(s.group)) return 0;
  const nt = ctx.tokens[p + 1];
  if (!nt || !joined(ctx, p)) return 0;
  let frac: string | null = null;
  if (nt.kind === 'number') {
    const r = readDigits(nt.text, nt.start);
    if (r.type === 'number' && r.plain) frac = nt.norm;
  } else {
    const nw = numberWord(nt.norm);
    const v = nw && !nw.conj && !nw.definite ? (nw.unit ?? nw.ten) : undefined;
    if (v !== undefined) frac = String(v);
  }
  if (frac === null) return 0;
  s.group = Number(`${Math.abs(s.group)}.${frac}`) * (s.group < 0 ? -1 : 1);
  s.done = true;
  return 2;
}
