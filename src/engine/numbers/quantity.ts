/**
 * A quantity in running text, read in the order news writes it:
 *
 *   [head: code, year or percent word] [approximation] [(] [currency sign] number phrase
 *   [range] [percent or currency] [era] [approximation] [)] [counted noun]
 *
 * Each bracket is one phase below. A head can end the match early: after «القرار» the digits are a
 * code and are skipped. Without a number phrase, a token may still hold a list («2013،2014») or a
 * vague plural («عشرات القتلى»).
 */
import type { NumberMention, TextSpan } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import type { Ctx } from './context.js';
import { isDefinite, joined, touching } from './context.js';
import { digitAtom } from './digit-atom.js';
import type { NumberPhrase } from './phrase.js';
import { parseNumber } from './phrase.js';
import { norm, phraseAt, phrases, readings, setOf, span } from './lookup.js';
import { isListMarker } from './exclusions.js';
import { noteCurrency, symbolBefore, unitAfter } from './units.js';
import { numberWord } from './words.js';
import { calendarOfYear, eraAt, looksLikeYear, yearDate } from './dates.js';
import { coordinatedNounSpan, countable, countedAfter, nounSpan } from './counted.js';
import { dualAt, fractionAfter } from './duals.js';
import { multipleAt } from './multiples.js';
import type { Calendar } from '../lang/ar/dates.js';
import { YEAR_HEADS, YEAR_PREPOSITIONS } from '../lang/ar/dates.js';
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  ARABIC_T_SH,
  BROKEN_PLURALS,
  COUNTED_BEGINNING_BL,
  DOCUMENT_HEADS,
  FRACTION_COMPOUNDS,
  IDENTIFIER_HEADS,
  MULTIPLE_PLURALS,
  NAMED_BY_NUMBER,
  NEGATIONS,
  NOT_ONE_AFTER,
  NOT_ONE_BEFORE,
  OTHERS,
  PERCENT_BEFORE,
  RANGE_BETWEEN,
  RANGE_TO,
  RANK_MARKERS,
  RANK_NOUNS,
  TRANSLITERATED_CH,
  TRANSLITERATION_MARKS,
  VERB_NUMBER_WORDS,
  VERB_PARTICLES,
} from '../lang/ar/numbers.js';
import { normalizeWord } from '../text/normalize.js';
import { stripMarks } from '../text/charset.js';

const APPROX_BEFORE_P = phrases(APPROX_BEFORE);
const APPROX_AFTER_P = phrases(APPROX_AFTER);
const PERCENT_HEADS = setOf(PERCENT_BEFORE);
const YEAR_HEAD = setOf(YEAR_HEADS);
const YEAR_PREP = setOf(YEAR_PREPOSITIONS);
const IDENTIFIER_HEAD = setOf(IDENTIFIER_HEADS);
const DOCUMENT_HEAD = setOf(DOCUMENT_HEADS);
const RANK_MARKER = setOf(RANK_MARKERS);
const TO = setOf(RANGE_TO);
const BETWEEN = setOf(RANGE_BETWEEN);
const NOT_ONE = setOf(NOT_ONE_BEFORE);
const ONE_OF = setOf(NOT_ONE_AFTER);
const VERB_PARTICLE = setOf(VERB_PARTICLES);
const VERB_NUMBER_WORD = setOf(VERB_NUMBER_WORDS);
const NEGATION = setOf(NEGATIONS);
const FRACTION_COMPOUND = setOf(FRACTION_COMPOUNDS);
const NAMED = setOf(NAMED_BY_NUMBER);
const RANK = setOf(RANK_NOUNS);
const MULTIPLE_PLURAL = setOf(MULTIPLE_PLURALS);
const PLURAL = setOf(BROKEN_PLURALS);
const OTHER = setOf(OTHERS);
const COUNTED_BL = setOf(COUNTED_BEGINNING_BL);
const OPENERS = new Set(['"', "'", '(', '[']);
const OF_WORD = norm('من');

/** Mentions found at a token, and the token after them (an empty list skips what is not a quantity). */
export interface Built {
  mentions: NumberMention[];
  next: number;
}

/** What is read before the number phrase. */
interface Opening {
  /** Token where the number phrase starts. */
  k: number;
  approx?: { start: number; end: number };
  percentHead: boolean;
  yearHead?: TextSpan;
  symbol?: { code: string; start: number };
  paren: boolean;
}

/** A quantity starting at token `i`; tokens before `free` were taken by the mention before. */
export function matchQuantity(ctx: Ctx, i: number, free: number): Built | null {
  const { tokens, text } = ctx;
  if (tokens[i].kind === 'number' && isListMarker(ctx, i)) return { mentions: [], next: i + 2 };
  const o = opening(ctx, i, free);
  if ('mentions' in o) return o;
  let p = tokens[o.k] ? parseNumber(ctx, o.k) : null;
  if (p === 'identifier') return { mentions: [], next: o.k + 1 };
  if (p && o.yearHead && p.scale && startsWithYear(ctx, o.k)) p = parseNumber(ctx, o.k, { maxAtoms: 1 }) as NumberPhrase;
  if (!p) return withoutPhrase(ctx, o);
  if (p.definiteCompound) p = definiteCardinal(ctx, p);
  if (isPronounOne(ctx, p) || isVerb(ctx, p) || isCompoundAdjective(ctx, p) || isName(ctx, p, o)) return { mentions: [], next: p.last };
  // «عام واحد» is a duration, not a year: read the number without the head.
  if (o.yearHead && !(p.digitsOnly || p.value >= 1000)) o.yearHead = undefined;

  const m: NumberMention = { start: o.approx ? o.approx.start : o.symbol ? o.symbol.start : p.start, end: p.end, text: '', value: p.value, kind: 'cardinal' };
  let approxText = o.approx ? text.slice(o.approx.start, o.approx.end) : undefined;
  let next = p.last;
  const range = rangeAfter(ctx, p, pairedBefore(ctx, i, o));
  if (range) {
    m.value = range.from;
    m.to = range.to;
    m.end = range.end;
    next = range.next;
  }
  next = applyUnit(ctx, m, next, o);
  next = applyYear(ctx, m, p, next, o);
  if (m.to !== undefined) m.kind = 'range';
  else if (m.kind === 'cardinal' && p.ordinal) m.kind = 'ordinal';
  else if (m.kind === 'cardinal' && p.fraction) m.kind = 'fraction';

  const after = approxAfter(ctx, next);
  if (after) {
    approxText = approxText ? `${approxText} ${after.text}` : after.text;
    m.end = after.end;
    next = after.next;
  }
  if (o.paren && tokens[next]?.text === ')' && touching(ctx, next - 1)) {
    m.end = tokens[next].end;
    next++;
  }
  const noun = countedNoun(ctx, m, p, next, free);
  if (noun) {
    next = noun.next;
    if (noun.approx) approxText = approxText ? `${approxText} ${noun.approx}` : noun.approx;
  }
  next = fractionAfterNoun(ctx, m, next);
  asMultiple(m);
  if (approxText) m.approx = approxText;
  m.text = text.slice(m.start, m.end);
  return { mentions: [m], next };
}

/**
 * Heads, approximation, bracket and currency sign before the number. A code head («القرار 2254»،
 * «بوينغ 737») returns the skip over the code instead.
 */
function opening(ctx: Ctx, i: number, free: number): Opening | Built {
  const { tokens, text } = ctx;
  const t = tokens[i];
  const o: Opening = { k: i, percentHead: false, paren: false };
  if (t.kind === 'word') {
    const r = readings(t.norm);
    const code = r.some((x) => IDENTIFIER_HEAD.has(x)) ? 'always' : r.some((x) => DOCUMENT_HEAD.has(x)) ? 'unless-counting' : null;
    if (code && tokens[i + 1] && joined(ctx, i)) {
      const at = tokens[i + 1].text === '(' && joined(ctx, i + 1) ? i + 2 : i + 1;
      const a = digitAtom(ctx, at);
      // «إصدار 53 دولة»: digits after a document head before their tamyiz are a quantity.
      const counting = code === 'unless-counting' && at === i + 1 && a && a !== 'identifier' && a.read.type === 'number' && a.read.plain && a.value < 1000 && tamyizAt(ctx, a.last);
      if (a && a !== 'identifier' && !counting) return { mentions: [], next: a.last };
    }
    if (r.some((x) => RANK_MARKER.has(x)) && tokens[i + 1] && joined(ctx, i)) return rankAfter(ctx, i);
    const hy = r.find((x) => YEAR_HEAD.has(x));
    if (hy !== undefined && tokens[i + 1] && joined(ctx, i)) {
      const s = hy === t.norm ? t.start : originalOffset(t, t.norm.length - hy.length);
      o.yearHead = span(text, s, t.end);
      o.k = i + 1;
    } else if (r.some((x) => PERCENT_HEADS.has(x)) && joined(ctx, i)) {
      o.percentHead = true;
      o.k = i + 1;
    }
  }
  const ap = phraseAt(ctx, o.k, APPROX_BEFORE_P);
  if (ap && !o.yearHead && tokens[ap.next] && joined(ctx, ap.next - 1)) {
    o.approx = { start: ap.start, end: ap.end };
    o.k = ap.next;
  }
  if (tokens[o.k] && tokens[o.k].text === '(' && (o.approx || o.percentHead) && joined(ctx, o.k)) {
    o.paren = true;
    o.k++;
  }
  const sb = symbolBefore(ctx, o.k, free);
  if (sb && tokens[o.k]?.kind === 'number') o.symbol = sb;
  return o;
}

/**
 * «رقم N» at token `i`: after a document, a code or a named thing («القرار رقم 2254») the digits
 * are skipped; else they are a rank or a number worn, an ordinal of the noun before «رقم»
 * («الولاية رقم 20», «القميص رقم 10»).
 */
function rankAfter(ctx: Ctx, i: number): Built {
  const { tokens, text } = ctx;
  const at = tokens[i + 1].text === '(' && joined(ctx, i + 1) ? i + 2 : i + 1;
  const a = digitAtom(ctx, at);
  if (!a || a === 'identifier') return { mentions: [], next: i + 1 };
  const prev = tokens[i - 1] && joined(ctx, i - 1) ? tokens[i - 1] : undefined;
  // «قرار مجلس الوزراء رقم 197», «القرار الأممي رقم 194»: a code head a few words back.
  let coded = false;
  for (let b = i - 1; b >= Math.max(0, i - 4) && !coded && joined(ctx, b); b--) {
    const w = tokens[b];
    coded = w.kind === 'word' && readings(w.norm).some((x) => DOCUMENT_HEAD.has(x) || IDENTIFIER_HEAD.has(x) || NAMED.has(x));
  }
  const digits = tokens[a.numberToken].norm.length;
  if (coded || a.read.type !== 'number' || !a.read.plain || digits > 4) return { mentions: [], next: a.last };
  const m: NumberMention = { ...span(text, a.start, a.end), value: a.value, kind: 'ordinal' };
  // What wears or holds the rank agrees in definiteness: «الولاية رقم 20», «هدفه رقم 100».
  if (prev && countable(prev, true) && (isDefinite(prev) || withPronoun(prev))) m.counted = nounSpan(ctx, prev);
  return { mentions: [m], next: a.last };
}

/**
 * An amount with a fraction after its noun: «ثلاث سنوات ونصف» 3.5 years, «خمسة دولارات ونصف». The
 * mention then runs to the fraction, over its counted noun. Returns the token after it.
 */
function fractionAfterNoun(ctx: Ctx, m: NumberMention, next: number): number {
  if (!m.counted || m.to !== undefined || !Number.isInteger(m.value) || (m.kind !== 'cardinal' && m.kind !== 'money')) return next;
  if (ctx.tokens[next - 1]?.end !== m.counted.end) return next;
  const fr = fractionAfter(ctx, next - 1);
  if (!fr) return next;
  m.value += fr.value;
  m.end = fr.end;
  return fr.next;
}

/** «عام 2014 مليار دولار»: after a year head, four digits of a year are the year, not a multiplicand. */
function startsWithYear(ctx: Ctx, k: number): boolean {
  const a = digitAtom(ctx, k);
  return a !== null && a !== 'identifier' && a.read.type === 'number' && a.read.plain && looksLikeYear(a.value, ctx.tokens[a.numberToken].norm.length);
}

/** No number phrase at the opening: a list or code in one token, an approximate dual, or a vague plural. */
function withoutPhrase(ctx: Ctx, o: Opening): Built | null {
  const { tokens, text } = ctx;
  const k = o.k;
  if (o.approx) {
    // «أكثر من ضعف».
    const mu = multipleAt(ctx, k, true);
    if (mu) {
      const m: NumberMention = { ...span(text, o.approx.start, mu.span.end), value: mu.value, kind: 'multiple', approx: text.slice(o.approx.start, o.approx.end) };
      return { mentions: [m], next: mu.next };
    }
    // «نحو أسبوعين», «أكثر من عامين».
    const d = dualAt(ctx, k);
    if (d) {
      const m: NumberMention = { ...span(text, o.approx.start, d.end), value: d.value, kind: d.currency ? 'money' : 'cardinal', counted: { ...d.noun } };
      m.approx = text.slice(o.approx.start, o.approx.end);
      return { mentions: [m], next: d.next };
    }
  }
  const a = tokens[k]?.kind === 'number' ? digitAtom(ctx, k) : null;
  if (a && a !== 'identifier' && a.read.type === 'list') return digitList(ctx, a.read.groups, a.last, o.yearHead);
  if (a === 'identifier' || (a && a.read.type === 'identifier')) return { mentions: [], next: k + 1 };
  const pl = approxPlural(ctx, k);
  if (!pl) return null;
  const m: NumberMention = { ...span(text, o.approx ? o.approx.start : pl.start, pl.end), value: pl.value, kind: 'cardinal', vague: true };
  const word = text.slice(pl.start, pl.end);
  m.approx = o.approx ? `${text.slice(o.approx.start, o.approx.end)} ${word}` : word;
  let next = pl.next;
  // «الآلاف» with the article stands alone («شارك الآلاف»): only «من» brings what they are.
  const c = countedAfter(ctx, next, true, pl.definite);
  if (c) {
    m.counted = c.span;
    next = c.next;
  }
  return { mentions: [m], next };
}

/** Lists and codes in one token («2013،2014», «3:1»): each part on its own; «2014/2015» one season. */
function digitList(ctx: Ctx, g: { digits: string; start: number; end: number }[], next: number, yearHead: TextSpan | undefined): Built {
  const { text } = ctx;
  const [y1, y2] = g.map((x) => Number(x.digits));
  if (g.length === 2 && looksLikeYear(y1, g[0].digits.length) && looksLikeYear(y2, g[1].digits.length) && y2 > y1 && y2 - y1 <= 5) {
    // «موسم 2014/2015»: one range of years.
    const m: NumberMention = { ...span(text, g[0].start, g[1].end), value: y1, to: y2, kind: 'range', date: yearDate(y1) };
    if (yearHead) m.counted = yearHead;
    return { mentions: [m], next };
  }
  const ms = g.map((x) => {
    const v = Number(x.digits);
    return looksLikeYear(v, x.digits.length) && v >= 1900
      ? { ...span(text, x.start, x.end), value: v, kind: 'year' as const, date: yearDate(v) }
      : { ...span(text, x.start, x.end), value: v, kind: 'cardinal' as const };
  });
  return { mentions: ms, next };
}

/** Approximation plurals: «عشرات القتلى», «مئات الآلاف», «بضعة آلاف». */
function approxPlural(ctx: Ctx, i: number): { value: number; start: number; end: number; next: number; definite: boolean } | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const w = numberWord(t.norm);
  if (!w || w.approxPlural === undefined || w.prep && w.definite) return null;
  let value = w.approxPlural;
  let next = i + 1;
  let end = t.end;
  const u = ctx.tokens[next];
  const uw = u && joined(ctx, i) ? numberWord(u.norm) : null;
  if (uw && !uw.conj && !uw.prep && (uw.approxPlural !== undefined && uw.approxPlural >= 1000 || uw.scale && uw.scale.number === 'plural')) {
    value *= uw.approxPlural ?? uw.scale!.value;
    next++;
    end = u.end;
  } else if (uw && !uw.conj && !uw.prep && uw.approxPlural !== undefined && value === 3) {
    value *= uw.approxPlural;
    next++;
    end = u.end;
  } else if (value === 3) return null; // «بضعة أيام»: no magnitude
  return { value, start: originalOffset(t, w.prefixLength), end, next, definite: w.definite };
}

/**
 * A definite compound with no ordinal word («العشرين», «الأربع والعشرين») is a cardinal after
 * a definite plural («الولايات الخمسين», «السنوات الخمس والعشرين الماضية») or before its counted
 * noun («الأربع وعشرين ساعة»), and after any definite noun when it opens with a cardinal unit
 * other than one («الأشهر الاثني عشر»); else an ordinal («الذكرى الخمسين», «القرن الواحد
 * والعشرين»), as it is on its own.
 */
function definiteCardinal(ctx: Ctx, p: NumberPhrase): NumberPhrase {
  const prev = ctx.tokens[p.first - 1];
  const definiteBefore = prev !== undefined && joined(ctx, p.first - 1) && isDefinite(prev) && countable(prev, true);
  // A cardinal unit agrees with any definite noun; a bare ten only with a plural one.
  if ((definiteBefore && (p.definiteCompound === 'unit' || isPluralNoun(prev))) || tamyizAt(ctx, p.last)) return { ...p, ordinal: false, definite: true };
  return p;
}

/** A plural noun, with or without the article: a sound plural by its ending, a broken one from BROKEN_PLURALS. */
function isPluralNoun(t: Token): boolean {
  const bare = t.norm.replace(/^[وف]?(?:[بك]?ال|لل)/, '');
  return (bare.length >= 5 && /(ات|ون|ين)$/.test(bare)) || PLURAL.has(bare);
}

/**
 * The counted noun of 11–99 right after the number (tamyiz): an indefinite singular in the
 * accusative, so it ends in alif («عاما», «شهرا») or ta marbuta («ساعة», «سنة»).
 */
function tamyizAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || !joined(ctx, k - 1) || !countable(t, false) || t.norm.length < 3) return false;
  // On the surface: a pronoun ه is no ta marbuta, ها no accusative alif («لتأسيسه», «لقيامها»);
  // an adverb in -يا («رسميا») and a word behind a proclitic («ببطولة», «ومنطقة») are no tamyiz.
  const w = stripMarks(t.text);
  return /[اة]$/.test(w) && !/(ها|يا)$/.test(w) && !(w.length >= 5 && /^[وفبل]/.test(w));
}

/** «لم تسع», «لا تسع» (does not hold): a number word where only a verb can be. */
function isVerb(ctx: Ctx, p: NumberPhrase): boolean {
  if (p.digitsOnly) return false;
  const { tokens } = ctx;
  const prev = tokens[p.first - 1];
  if (!prev || !joined(ctx, p.first - 1)) return false;
  if (VERB_PARTICLE.has(prev.norm)) return true;
  return NEGATION.has(prev.norm) && p.last === p.first + 1 && VERB_NUMBER_WORD.has(tokens[p.first].norm);
}

/** «نصف النهائي» (semi-final), «ربع سنوية» (quarterly): a fraction word inside an adjective. */
function isCompoundAdjective(ctx: Ctx, p: NumberPhrase): boolean {
  const t = ctx.tokens[p.last];
  return p.fraction && !p.digitsOnly && t !== undefined && joined(ctx, p.last - 1) && FRACTION_COMPOUND.has(t.norm);
}

/**
 * «القضية 4000», «الرحلة 302», «مجموعة السبع»: digits (or a definite number) naming a case, a
 * flight, a brigade or a group, when nothing is counted after them.
 */
function isName(ctx: Ctx, p: NumberPhrase, o: Opening): boolean {
  if (!(p.digitsOnly || p.definite) || o.approx || o.symbol || o.percentHead) return false;
  if (afterTransliteration(ctx, p)) return !unitAfter(ctx, p.last) && !countedAfter(ctx, p.last, false);
  // «القضية "4000"», «الرحلة (302)»: a quotation mark or bracket may stand between.
  let b = p.first - 1;
  if (ctx.tokens[b]?.kind === 'punct' && OPENERS.has(ctx.tokens[b].norm) && touching(ctx, b)) b--;
  // «مجموعة الدول السبع», «مجموعة الدول الصناعية السبع»: the group's name may hold definite words.
  for (let skip = 0; p.definite && skip < 2 && isDefinite(ctx.tokens[b]) && joined(ctx, b - 1) && !isNamedHead(ctx.tokens[b]); skip++) b--;
  const prev = ctx.tokens[b];
  if (!prev || !joined(ctx, b) || !isNamedHead(prev)) return false;
  return !unitAfter(ctx, p.last) && !countedAfter(ctx, p.last, false);
}

/**
 * «سينما سنتشوري 16», «تيانغونغ 1»: a small bare number right after a word transliterated from a
 * Latin-script name (TRANSLITERATION_MARKS), not in a score («تشيلسي 3-1»).
 */
function afterTransliteration(ctx: Ctx, p: NumberPhrase): boolean {
  if (!p.digitsOnly || p.value >= 1000 || !Number.isInteger(p.value) || p.first === 0) return false;
  const prev = ctx.tokens[p.first - 1];
  if (prev.kind !== 'word' || !joined(ctx, p.first - 1) || isDefinite(prev)) return false;
  const after = ctx.tokens[p.last];
  if (after && touching(ctx, p.last - 1) && /^[-–:]$/.test(after.text)) return false;
  if (after && joined(ctx, p.last - 1) && /^[-–]$/.test(after.text)) return false;
  const w = stripMarks(prev.text);
  return TRANSLITERATION_MARKS.test(w) || (TRANSLITERATED_CH.test(w) && !ARABIC_T_SH.test(w));
}

const isNamedHead = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && readings(t.norm).some((r) => NAMED.has(r));

/** «سبعة أضعاف», «100 ضعف»: the counted noun makes the number a multiple. */
function asMultiple(m: NumberMention): void {
  if (!m.counted || (m.kind !== 'cardinal' && m.kind !== 'range')) return;
  if (MULTIPLE_PLURAL.has(normalizeWord(m.counted.text))) m.kind = 'multiple';
}

/** «واحد من أكثر الأسابيع», «واحدة ضمن» (one of), «كل واحد منهم» (each): not a count. */
function isPronounOne(ctx: Ctx, p: NumberPhrase): boolean {
  if (!p.adjectival || p.value !== 1) return false;
  const { tokens } = ctx;
  const nt = tokens[p.last];
  const pt = tokens[p.first - 1];
  // «واحد من كل خمسة» (one in five) is a proportion, not «one of».
  const inEvery = nt?.norm === OF_WORD && joined(ctx, p.last) && NOT_ONE.has(tokens[p.last + 1]?.norm ?? '');
  return (nt !== undefined && joined(ctx, p.last - 1) && ONE_OF.has(nt.norm) && !inEvery) || (pt !== undefined && joined(ctx, p.first - 1) && NOT_ONE.has(pt.norm));
}

/** Whether «و» may join a range: after «بين», or after a dual year head («عامي 2014 و2015», «العامين 2010 و2030»). */
function pairedBefore(ctx: Ctx, i: number, o: Opening): boolean {
  const { tokens } = ctx;
  const before = (o.approx ? i : o.k) - 1;
  return (tokens[before] !== undefined && BETWEEN.has(tokens[before].norm) && joined(ctx, before)) || (o.yearHead !== undefined && /(ي|ين)$/.test(norm(o.yearHead.text)));
}

/**
 * The second number of a range after phrase `p`: «-» (digits only), «إلى»، «حتى», or «و» when the
 * phrase follows «بين» or a dual year head (`pair`). The first bound takes the second's scale
 * when it has none («من 1 إلى 1.5 مليون» = 1–1.5 million); a descending pair is not a range.
 */
function rangeAfter(ctx: Ctx, p: NumberPhrase, pair: boolean): { from: number; to: number; end: number; next: number } | null {
  const { tokens } = ctx;
  const j = p.last;
  const rt = tokens[j];
  if (!rt || !joined(ctx, j - 1) || p.ordinal) return null;
  let b: NumberPhrase | 'identifier' | null = null;
  const dash = rt.norm === '-';
  if (dash && p.digitsOnly && tokens[j + 1]?.kind === 'number' && joined(ctx, j)) b = parseNumber(ctx, j + 1);
  else if (TO.has(rt.norm) && joined(ctx, j)) b = parseNumber(ctx, j + 1);
  else if (pair && rt.norm.startsWith('و')) {
    // «و 20» apart, or glued «و20» / «وعشرين».
    if (rt.norm === 'و' && rt.kind === 'word' && !touching(ctx, j)) b = joined(ctx, j) ? parseNumber(ctx, j + 1) : null;
    else b = parseNumber(ctx, j, { allowConj: true });
  }
  if (!b || b === 'identifier' || b.ordinal) return null;
  let from = p.value;
  if (!p.scale && b.scale && from * b.scale <= b.value) from *= b.scale;
  if (from >= b.value || (dash && p.digitsOnly !== b.digitsOnly)) return null;
  return { from, to: b.value, end: b.end, next: b.last };
}

/** Percent or currency after the number (or the sign or percent head before it); returns the next token. */
function applyUnit(ctx: Ctx, m: NumberMention, next: number, o: Opening): number {
  const unit = unitAfter(ctx, next);
  if (unit) {
    if (unit.kind === 'percent') {
      m.kind = 'percent';
      m.unit = '%';
      m.end = unit.end;
    } else {
      m.kind = 'money';
      if (unit.code) m.unit = unit.code;
      if (unit.counted) m.counted = unit.counted;
      if (unit.end > 0) m.end = unit.end;
      if (unit.currencyId !== undefined) noteCurrency(m, unit.currencyId);
    }
    return unit.next;
  }
  if (o.symbol) {
    m.kind = 'money';
    m.unit = o.symbol.code;
  } else if (o.percentHead) {
    m.kind = 'percent';
    m.unit = '%';
  }
  return next;
}

/** Years: «عام 2015», «2015م», «1436هـ», or a bare 2018 with nothing counted after it. */
function applyYear(ctx: Ctx, m: NumberMention, p: NumberPhrase, next: number, o: Opening): number {
  if (m.kind !== 'cardinal') return next;
  const year = yearReading(ctx, p, m.value, next, o.yearHead !== undefined, o.approx !== undefined);
  if (!year) return next;
  m.kind = m.to !== undefined ? 'range' : 'year';
  m.date = yearDate(m.value, year.calendar ?? calendarOfYear(m.value));
  if (o.yearHead) m.counted = o.yearHead;
  m.end = Math.max(m.end, year.end);
  return year.next;
}

/**
 * Whether the number phrase `p` (value `value`, unit-free, followed by token `next`) is a year:
 * after a year head (عام، سنة), with an era marker (م، هـ), or a bare 19xx/20xx after a temporal
 * word («منذ 2011») or with no counted noun after it («بطولة أوروبا 2016»).
 */
function yearReading(ctx: Ctx, p: NumberPhrase, value: number, next: number, head: boolean, approx: boolean): { calendar?: Calendar; end: number; next: number } | null {
  const { tokens } = ctx;
  if (p.fraction || !Number.isInteger(value) || value <= 0) return null;
  const era = p.digitsOnly ? eraAt(ctx, next) : null;
  const digits = p.digits ? tokens[p.digits.numberToken].norm.length : 0;
  if (era && (head || digits === 4 || (digits === 3 && !era.short))) return { calendar: era.calendar, end: era.end, next: era.next };
  if (head) return value >= 100 && value <= 2200 ? { end: -1, next } : null;
  if (!p.digitsOnly || p.digits?.read.type !== 'number' || !p.digits.read.plain || approx || digits !== 4 || value < 1900 || value > 2100) return null;
  const prev = tokens[p.first - 1];
  if (prev !== undefined && joined(ctx, p.first - 1) && YEAR_PREP.has(prev.norm)) return { end: -1, next };
  // «2018 بروسيا», «2018 لكرة القدم»: a word behind a preposition is no tamyiz; «2000 من الجنود» counts.
  const c = countedAfter(ctx, next, false);
  if (c && !(c.next === next + 1 && /^[بل]/.test(tokens[next].norm) && !COUNTED_BL.has(tokens[next].norm))) return null;
  if (tokens[next] && joined(ctx, next - 1) && numberWord(tokens[next].norm)) return null;
  return { end: -1, next };
}

/** An approximation phrase ending right before token `k`, on tokens from `free` on. */
function approxEndingAt(ctx: Ctx, k: number, free: number): { start: number; text: string } | null {
  for (let n = 1; n <= 4 && k - n >= free; n++) {
    const ap = phraseAt(ctx, k - n, APPROX_BEFORE_P);
    if (ap && ap.next === k && joined(ctx, k - 1)) return { start: ap.start, text: ctx.text.slice(ap.start, ap.end) };
  }
  return null;
}

/** Approximation after the number: «20 تقريبا», «50 ونيف». */
function approxAfter(ctx: Ctx, next: number): { text: string; end: number; next: number } | null {
  const aa = joined(ctx, next - 1) ? phraseAt(ctx, next, APPROX_AFTER_P, false) : null;
  return aa ? { text: ctx.text.slice(aa.start, aa.end), end: aa.end, next: aa.next } : null;
}

/**
 * The counted noun of a count or a unit-less range: before an adjectival or definite number
 * («مدنيين اثنين», «الأيام الأربعة»), else after it (with an approximation after the noun:
 * «20 شخصا تقريبا»). Sets `m.counted`; returns the token after it.
 */
function countedNoun(ctx: Ctx, m: NumberMention, p: NumberPhrase, next: number, free: number): { next: number; approx?: string } | null {
  if (m.counted) return null;
  if (m.kind === 'fraction' && !p.digitsOnly) {
    // «ربع المستخدمين», «نصف مستخدمي فيسبوك»: the whole the fraction is of («نصف تاريخها تقريبا»).
    const c = countedAfter(ctx, next, true);
    if (!c) return null;
    m.counted = c.span;
    const a2 = approxAfter(ctx, c.next);
    return a2 ? { next: a2.next, approx: a2.text } : { next: c.next };
  }
  if (m.kind === 'ordinal') return ordinalNoun(ctx, m, p, next);
  if (!(m.kind === 'cardinal' || (m.kind === 'range' && !m.unit))) return null;
  const { tokens } = ctx;
  const prev = tokens[p.first - 1] && joined(ctx, p.first - 1) ? tokens[p.first - 1] : undefined;
  // «اثنين آخرين», «اثنين من المتظاهرين»: the word after, not the one before, is what is counted.
  const after = tokens[next] && joined(ctx, next - 1) ? tokens[next] : undefined;
  const countedLater = after !== undefined && (OTHER.has(after.norm) || (p.adjectival && after.norm === OF_WORD));
  if ((p.adjectival || p.definite) && !countedLater) {
    if (prev && countable(prev, p.definite) && (!p.definite || isDefinite(prev))) {
      m.counted = coordinatedNounSpan(ctx, prev);
      // «أكثر من بلد واحد»: an approximation before the noun is the number's.
      const ab = p.adjectival && !m.approx ? approxEndingAt(ctx, p.first - 1, free) : null;
      if (ab) {
        m.start = ab.start;
        return { next, approx: ab.text };
      }
      return { next };
    }
  }
  if (p.definite) {
    // «الخمس سنوات الأخيرة»: a definite number before an indefinite plural; after a compound
    // only its tamyiz («الأربع وعشرين ساعة»), never a word that merely follows («دور الستة عشر لدوري»).
    // A word behind a preposition is no counted noun either («دور الثمانية لدوري الأبطال»).
    const t = tokens[next];
    const behindPreposition = t !== undefined && /^[بل]/.test(t.norm) && !COUNTED_BL.has(t.norm);
    const c = (!p.definiteCompound || tamyizAt(ctx, next)) && !behindPreposition ? countedAfter(ctx, next, false) : null;
    if (c) m.counted = c.span;
    return c ? { next: c.next } : null;
  }
  const before = p.digitsOnly && m.kind === 'cardinal' ? nounBeforeDigits(ctx, p) : null;
  // After a rank noun the number is a place, not a count: «سجل في الدقيقة 43 هدفا».
  const c = before?.rank ? null : countedAfter(ctx, next, false);
  if (c) {
    m.counted = c.span;
    const a2 = approxAfter(ctx, c.next);
    return a2 ? { next: a2.next, approx: a2.text } : { next: c.next };
  }
  if (before) {
    m.counted = before.span;
    return { next };
  }
  return null;
}

/**
 * What an ordinal ranks: the noun it follows, agreeing in definiteness («الدقيقة السادسة», «هدفه
 * الثالث», «مرة ثانية»), else the definite noun after «من» («الثامنة والثلاثين من العمر»). A verb
 * before a definite ordinal («احتل الثاني») does not agree and is left alone.
 */
function ordinalNoun(ctx: Ctx, m: NumberMention, p: NumberPhrase, next: number): { next: number } | null {
  const { tokens } = ctx;
  const definite = isDefinite(tokens[p.first]);
  const prev = tokens[p.first - 1] && joined(ctx, p.first - 1) ? tokens[p.first - 1] : undefined;
  if (prev && countable(prev, true) && (definite ? isDefinite(prev) || withPronoun(prev) : !isDefinite(prev))) {
    m.counted = nounSpan(ctx, prev);
    return { next };
  }
  if (!definite) return null;
  const c = countedAfter(ctx, next, true, true);
  if (!c || !(isDefinite(tokens[c.next - 1]) || withPronoun(tokens[c.next - 1]))) return null;
  // «الربع الرابع من العام 2017»: a head of the number after it is that number's.
  const after = tokens[c.next];
  if (after && joined(ctx, c.next - 1) && (after.kind === 'number' || numberWord(after.norm))) return null;
  m.counted = c.span;
  return { next: c.next };
}

/** A noun with an attached pronoun («عقدها», «هدفه»), read on the surface so a ta marbuta is not one. */
function withPronoun(t: Token): boolean {
  const w = stripMarks(t.text);
  return w.length >= 4 && /(ه|ها|هم|هما)$/.test(w);
}

/**
 * The noun before digits that they qualify: a definite noun before digits with the article
 * («الناجين الـ70», «الذكرى الـ45»), or a rank noun before a bare number («الدقيقة 43», «المركز 17»).
 */
function nounBeforeDigits(ctx: Ctx, p: NumberPhrase): { span: TextSpan; rank: boolean } | null {
  const { tokens } = ctx;
  let b = p.first - 1;
  let definite = p.digits?.definite === true;
  // «الـ70» read from the digits: the article is the token before them.
  const art = tokens[b];
  if (art && art.kind === 'word' && (touching(ctx, b) || (art.text.endsWith('ـ') && joined(ctx, b))) && (art.norm === 'ال' || art.norm.endsWith('ال'))) {
    definite = true;
    b--;
  }
  const prev = tokens[b];
  if (!prev || !joined(ctx, b)) return null;
  if (readings(prev.norm).some((r) => RANK.has(r))) return { span: nounSpan(ctx, prev), rank: true };
  if (definite && countable(prev, true) && isDefinite(prev)) return { span: nounSpan(ctx, prev), rank: false };
  return null;
}
