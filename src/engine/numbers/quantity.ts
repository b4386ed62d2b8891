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
  FRACTION_COMPOUNDS,
  IDENTIFIER_HEADS,
  MULTIPLE_PLURALS,
  NAMED_BY_NUMBER,
  NEGATIONS,
  NOT_ONE_AFTER,
  NOT_ONE_BEFORE,
  PERCENT_BEFORE,
  RANGE_BETWEEN,
  RANGE_TO,
  RANK_NOUNS,
  VERB_NUMBER_WORDS,
  VERB_PARTICLES,
} from '../lang/ar/numbers.js';
import { normalizeWord } from '../text/normalize.js';

const APPROX_BEFORE_P = phrases(APPROX_BEFORE);
const APPROX_AFTER_P = phrases(APPROX_AFTER);
const PERCENT_HEADS = setOf(PERCENT_BEFORE);
const YEAR_HEAD = setOf(YEAR_HEADS);
const YEAR_PREP = setOf(YEAR_PREPOSITIONS);
const IDENTIFIER_HEAD = setOf(IDENTIFIER_HEADS);
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
const OPENERS = new Set(['"', "'", '(', '[']);

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
  const noun = countedNoun(ctx, m, p, next);
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
    if (r.some((x) => IDENTIFIER_HEAD.has(x)) && tokens[i + 1] && joined(ctx, i)) {
      const at = tokens[i + 1].text === '(' && joined(ctx, i + 1) ? i + 2 : i + 1;
      const a = digitAtom(ctx, at);
      if (a && a !== 'identifier') return { mentions: [], next: a.last };
    }
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
  // «القضية "4000"», «الرحلة (302)»: a quotation mark or bracket may stand between.
  let b = p.first - 1;
  if (ctx.tokens[b]?.kind === 'punct' && OPENERS.has(ctx.tokens[b].norm) && touching(ctx, b)) b--;
  const prev = ctx.tokens[b];
  if (!prev || prev.kind !== 'word' || !joined(ctx, b) || !readings(prev.norm).some((r) => NAMED.has(r))) return false;
  return !unitAfter(ctx, p.last) && !countedAfter(ctx, p.last, false);
}

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
  return (nt !== undefined && joined(ctx, p.last - 1) && ONE_OF.has(nt.norm)) || (pt !== undefined && joined(ctx, p.first - 1) && NOT_ONE.has(pt.norm));
}

/** Whether «و» may join a range: after «بين», or after a dual year head («عامي 2014 و2015»). */
function pairedBefore(ctx: Ctx, i: number, o: Opening): boolean {
  const { tokens } = ctx;
  const before = (o.approx ? i : o.k) - 1;
  return (tokens[before] !== undefined && BETWEEN.has(tokens[before].norm) && joined(ctx, before)) || (o.yearHead !== undefined && norm(o.yearHead.text).endsWith('ي'));
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
  if (countedAfter(ctx, next, false)) return null;
  if (tokens[next] && joined(ctx, next - 1) && numberWord(tokens[next].norm)) return null;
  return { end: -1, next };
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
function countedNoun(ctx: Ctx, m: NumberMention, p: NumberPhrase, next: number): { next: number; approx?: string } | null {
  if (m.counted) return null;
  if (m.kind === 'fraction' && !p.digitsOnly) {
    // «ربع المستخدمين», «نصف مستخدمي فيسبوك»: the whole the fraction is of.
    const c = countedAfter(ctx, next, true);
    if (c) m.counted = c.span;
    return c ? { next: c.next } : null;
  }
  if (!(m.kind === 'cardinal' || (m.kind === 'range' && !m.unit))) return null;
  const { tokens } = ctx;
  const prev = tokens[p.first - 1] && joined(ctx, p.first - 1) ? tokens[p.first - 1] : undefined;
  if (p.adjectival || p.definite) {
    if (prev && countable(prev, p.definite) && (!p.definite || isDefinite(prev))) {
      m.counted = coordinatedNounSpan(ctx, prev);
      return { next };
    }
  }
  if (p.definite) {
    // «الخمس سنوات الأخيرة»: a definite number before an indefinite plural.
    const c = countedAfter(ctx, next, false);
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
