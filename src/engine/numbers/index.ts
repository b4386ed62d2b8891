/**
 * The numbers stage («with what numbers»): every number in running text with its value, kind,
 * counted noun, unit and approximation.
 *
 * One left-to-right pass over the tokens. At each token it tries, in order: digits that are not
 * quantities (URLs, e-mail addresses, phone numbers, list markers: number-exclusions.ts; codes such
 * as «القرار 2254» here, «F-16» in number-parse.ts), dates and times (dates.ts), then a quantity:
 * [approximation] [currency sign] number phrase (number-parse.ts) [range] [percent or currency
 * (number-units.ts)] [approximation] [counted noun]. A match consumes its tokens, so mentions never
 * overlap and the pass stays linear; a token that cannot start a mention is skipped with one lookup.
 *
 * Conventions (docs/analysis-schema.md): the mention span covers the approximation, the number
 * and its percent sign or word; the counted noun is a separate span («80 قرية» → قرية), and for money
 * it is the currency word («53 دولارا» → دولارا, unit USD). Fractions and percentages have no
 * counted noun. For weekdays and relative days, `value` repeats `date.weekday` or
 * `date.relativeDays` (there is no number written).
 */
import type { Doc } from '../doc.js';
import type { NumberMention, TextSpan } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import type { Ctx, NumberPhrase } from './phrase.js';
import { digitAtom, isDefinite, joined, parseNumber, touching } from './phrase.js';
import { norm, phraseAt, phrases, readings, setOf, span } from './lookup.js';
import { excludedSpans, isListMarker, phoneEnd } from './exclusions.js';
import { isCurrencySymbol, isCurrencyWord, noteCurrency, resolveCurrencies, symbolBefore, unitAfter } from './units.js';
import { DETACHED_PROCLITICS } from '../lang/ar/clitics.js';
import { numberWord } from './words.js';
import { calendarOfYear, eraAt, looksLikeYear, matchDate, monthAt, yearDate } from './dates.js';
import type { Calendar } from '../lang/ar/dates.js';
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  COUNTED_ENDING_WA,
  COUNTING_DUALS,
  IDENTIFIER_HEADS,
  NOT_COUNTED,
  NOT_ONE_BEFORE,
  PERCENT_AFTER,
  PERCENT_BEFORE,
} from '../lang/ar/numbers.js';
import { MONTHS, RELATIVE_DAYS, WEEKDAYS, YEAR_HEADS, TIME_HEADS, DAY_WORDS, YEAR_PREPOSITIONS } from '../lang/ar/dates.js';

const APPROX_BEFORE_P = phrases(APPROX_BEFORE);
const APPROX_AFTER_P = phrases(APPROX_AFTER);
const PERCENT_HEADS = setOf(PERCENT_BEFORE);
const YEAR_HEAD = setOf(YEAR_HEADS);
const YEAR_PREP = setOf(YEAR_PREPOSITIONS);
const IDENTIFIER_HEAD = setOf(IDENTIFIER_HEADS);
const STOP = setOf(NOT_COUNTED);
const WA_NOUNS = setOf(COUNTED_ENDING_WA);
const RANGE_TO = setOf(['إلى', 'الى', 'حتى', 'لغاية']);
const BETWEEN = setOf(['بين', 'وبين', 'ما بين']);
const OF = norm('من');
const NOT_ONE = setOf(NOT_ONE_BEFORE);
const DUALS = setOf(Object.keys(COUNTING_DUALS));

/** First words of every trigger, to skip the many tokens that cannot start a mention. */
const TRIGGERS: Set<string> = (() => {
  const s = new Set<string>();
  for (const p of [...APPROX_BEFORE_P.keys(), ...phrases(PERCENT_AFTER).keys()]) s.add(p);
  for (const x of [...PERCENT_HEADS, ...YEAR_HEAD, ...IDENTIFIER_HEAD, ...setOf(TIME_HEADS), ...setOf(DAY_WORDS)]) s.add(x);
  for (const m of MONTHS) s.add(norm(m.name.split(' ')[0]));
  for (const w of Object.keys(WEEKDAYS)) s.add(norm(w));
  for (const r of RELATIVE_DAYS) s.add(norm(r.words.split(' ')[0]));
  for (const d of Object.keys(COUNTING_DUALS)) s.add(norm(d));
  return s;
})();

function mayStart(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'punct') return isCurrencySymbol(t.norm) || t.norm === '+';
  if (t.kind === 'latin') return isCurrencySymbol(t.norm);
  if (t.kind !== 'word') return false;
  for (const r of readings(t.norm)) if (TRIGGERS.has(r) || numberWord(r) !== null) return true;
  return numberWord(t.norm) !== null;
}

/** A word that can be a counted noun (tamyiz): a plain noun, not a particle, verb or number. */
function countable(t: Token | undefined, allowDefinite: boolean): boolean {
  if (!t || t.kind !== 'word' || t.norm.length < 2) return false;
  const n = t.norm;
  if (STOP.has(n) || DETACHED_PROCLITICS.has(n)) return false;
  if (!allowDefinite && isDefinite(t)) return false;
  if (numberWord(n) !== null) return false;
  if (isCurrencyWord(n)) return false;
  if (n.endsWith('وا') && n.length >= 4 && !WA_NOUNS.has(n)) return false; // plural verbs: أصيبوا، قتلوا
  return true;
}

/** The counted-noun span of token `t`, leaving out a conjunction or preposition before ال. */
function nounSpan(ctx: Ctx, t: Token): TextSpan {
  const m = isDefinite(t) ? /^([وف]?[بك]?)(?=ال)/.exec(t.norm) : null;
  const cut = m && m[1] ? m[1].length : 0;
  const s = cut ? originalOffset(t, cut) : t.start;
  return span(ctx.text, s, t.end);
}

/**
 * A noun before an adjectival number is often coordinated («سبعة مقاتلين ومدنيين اثنين»): its
 * و/ف is left out when what remains is clearly a dual or plural noun, so «وزيرين» keeps its و.
 */
function coordinatedNounSpan(ctx: Ctx, t: Token): TextSpan {
  const n = t.norm;
  // The singular left after removing و and the suffix must still have four letters (مدني، موظف):
  // «وزيرين» leaves زير and keeps its و.
  if (/^[وف]/.test(n) && n.length >= 7 && /(ين|ان|ون|ات)$/.test(n) && !isDefinite(t)) {
    return span(ctx.text, originalOffset(t, 1), t.end);
  }
  return nounSpan(ctx, t);
}

interface Built {
  mentions: NumberMention[];
  next: number;
}

/** Approximation plurals: «عشرات القتلى», «مئات الآلاف», «بضعة آلاف». */
function approxPlural(ctx: Ctx, i: number): { value: number; start: number; end: number; next: number } | null {
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
  return { value, start: originalOffset(t, w.prefixLength), end, next };
}

/** The quantity starting at token `i`: approximation, number, range, unit, counted noun. */
/** A quantity starting at token `i`; tokens before `free` were taken by the mention before. */
function matchQuantity(ctx: Ctx, i: number, free: number): Built | null {
  const { tokens, text } = ctx;
  let k = i;
  let approx: { start: number; end: number } | undefined;
  let percentHead = false;
  let yearHead: TextSpan | undefined;
  let symbol: { code: string; start: number } | undefined;
  let paren = false;
  const t = tokens[i];

  if (t.kind === 'number' && isListMarker(ctx, i)) return { mentions: [], next: i + 2 };
  if (t.kind === 'word') {
    const r = readings(t.norm);
    if (r.some((x) => IDENTIFIER_HEAD.has(x)) && tokens[i + 1] && joined(ctx, i)) {
      // «القرار 2254», «القرار (1701)», «بوينغ 737»: skip the code.
      const at = tokens[i + 1].text === '(' && joined(ctx, i + 1) ? i + 2 : i + 1;
      const a = digitAtom(ctx, at);
      if (a && a !== 'identifier') return { mentions: [], next: a.last };
    }
    const hy = r.find((x) => YEAR_HEAD.has(x));
    if (hy !== undefined && tokens[i + 1] && joined(ctx, i)) {
      const s = hy === t.norm ? t.start : originalOffset(t, t.norm.length - hy.length);
      yearHead = span(text, s, t.end);
      k = i + 1;
    } else if (r.some((x) => PERCENT_HEADS.has(x)) && joined(ctx, i)) {
      percentHead = true;
      k = i + 1;
    }
  }
  const ap = phraseAt(ctx, k, APPROX_BEFORE_P);
  if (ap && !yearHead && tokens[ap.next] && joined(ctx, ap.next - 1)) {
    approx = { start: ap.start, end: ap.end };
    k = ap.next;
  }
  if (tokens[k] && tokens[k].text === '(' && (approx || percentHead) && joined(ctx, k)) {
    paren = true;
    k++;
  }
  const sb = symbolBefore(ctx, k, free);
  if (sb && tokens[k]?.kind === 'number') symbol = sb;

  const p = tokens[k] ? parseNumber(ctx, k) : null;
  if (p === 'identifier') return { mentions: [], next: k + 1 };
  let approxText: string | undefined = approx ? text.slice(approx.start, approx.end) : undefined;
  if (!p) {
    // Lists and codes in one token («2013،2014», «3:1»): each part on its own; identifiers skipped.
    const a = tokens[k]?.kind === 'number' ? digitAtom(ctx, k) : null;
    if (a && a !== 'identifier' && a.read.type === 'list') {
      const g = a.read.groups;
      const [y1, y2] = g.map((x) => Number(x.digits));
      if (g.length === 2 && looksLikeYear(y1, g[0].digits.length) && looksLikeYear(y2, g[1].digits.length) && y2 > y1 && y2 - y1 <= 5) {
        // «موسم 2014/2015»: one range of years.
        const m: NumberMention = { ...span(text, g[0].start, g[1].end), value: y1, to: y2, kind: 'range', date: yearDate(y1) };
        if (yearHead) m.counted = yearHead;
        return { mentions: [m], next: a.last };
      }
      const ms = a.read.groups.map((g) => {
        const v = Number(g.digits);
        return looksLikeYear(v, g.digits.length) && v >= 1900
          ? { ...span(text, g.start, g.end), value: v, kind: 'year' as const, date: yearDate(v) }
          : { ...span(text, g.start, g.end), value: v, kind: 'cardinal' as const };
      });
      return { mentions: ms, next: a.last };
    }
    if (a === 'identifier' || (a && a.read.type === 'identifier')) return { mentions: [], next: k + 1 };
    const pl = approxPlural(ctx, k);
    if (!pl) return null;
    const m: NumberMention = { ...span(text, approx ? approx.start : pl.start, pl.end), value: pl.value, kind: 'cardinal' };
    m.approx = approxText ? `${approxText} ${text.slice(pl.start, pl.end)}` : text.slice(pl.start, pl.end);
    let next = pl.next;
    const c = countedAfter(ctx, next, true);
    if (c) {
      m.counted = c.span;
      next = c.next;
    }
    return { mentions: [m], next };
  }
  if (p.adjectival && p.value === 1) {
    // «واحد من أكثر الأسابيع» (one of), «كل واحد منهم» (each): not a count.
    const nt = tokens[p.last];
    const pt = tokens[p.first - 1];
    if ((nt && joined(ctx, p.last - 1) && nt.norm === OF) || (pt && joined(ctx, p.first - 1) && NOT_ONE.has(pt.norm))) return { mentions: [], next: p.last };
  }
  if (yearHead && !(p.digitsOnly || p.value >= 1000)) {
    // «عام واحد» is a duration, not a year: read the number without the head.
    yearHead = undefined;
  }

  const start = approx ? approx.start : symbol ? symbol.start : p.start;
  let end = p.end;
  let j = p.last;
  let value = p.value;
  let to: number | undefined;

  // Ranges: «10-20», «من 10 إلى 20», «بين 10 و20», «عامي 2014 و2015».
  const before = (approx ? i : k) - 1;
  const pair = (tokens[before] !== undefined && BETWEEN.has(tokens[before].norm) && joined(ctx, before)) || (yearHead !== undefined && norm(yearHead.text).endsWith('ي'));
  const range = rangeAfter(ctx, p, pair);
  if (range) {
    value = range.from;
    to = range.to;
    end = range.end;
    j = range.next;
  }

  const unit = unitAfter(ctx, j);
  const m: NumberMention = { start, end, text: '', value, kind: 'cardinal' };
  let next = j;
  if (unit) {
    next = unit.next;
    if (unit.kind === 'percent') {
      m.kind = 'percent';
      m.unit = '%';
      end = unit.end;
    } else {
      m.kind = 'money';
      if (unit.code) m.unit = unit.code;
      if (unit.counted) m.counted = unit.counted;
      if (unit.end > 0) end = unit.end;
      if (unit.currencyId !== undefined) noteCurrency(m, unit.currencyId);
    }
  } else if (symbol) {
    m.kind = 'money';
    m.unit = symbol.code;
  } else if (percentHead) {
    m.kind = 'percent';
    m.unit = '%';
  }

  // Years: «عام 2015», «2015م», «1436هـ», or a bare 2018 with nothing counted after it.
  const year = m.kind === 'cardinal' ? yearReading(ctx, p, value, next, yearHead !== undefined, approx !== undefined) : null;
  if (year) {
    m.kind = to !== undefined ? 'range' : 'year';
    m.date = yearDate(value, year.calendar ?? calendarOfYear(value));
    if (yearHead) m.counted = yearHead;
    end = Math.max(end, year.end);
    next = year.next;
  }
  if (to !== undefined) {
    m.kind = 'range';
    m.to = to;
  } else if (!year && m.kind === 'cardinal') {
    if (p.ordinal) m.kind = 'ordinal';
    else if (p.fraction) m.kind = 'fraction';
  }

  // Approximation after the number: «20 تقريبا», «50 ونيف».
  const aa = joined(ctx, next - 1) ? phraseAt(ctx, next, APPROX_AFTER_P, false) : null;
  if (aa) {
    approxText = approxText ? `${approxText} ${text.slice(aa.start, aa.end)}` : text.slice(aa.start, aa.end);
    end = aa.end;
    next = aa.next;
  }
  if (paren && tokens[next]?.text === ')' && touching(ctx, next - 1)) {
    end = tokens[next].end;
    next++;
  }

  // The counted noun.
  if (!m.counted && (m.kind === 'cardinal' || (m.kind === 'range' && !m.unit))) {
    if (p.adjectival || p.definite) {
      const prev = tokens[p.first - 1];
      if (prev && joined(ctx, p.first - 1) && countable(prev, p.definite) && (!p.definite || isDefinite(prev))) {
        m.counted = coordinatedNounSpan(ctx, prev);
      }
    }
    if (!m.counted && !p.definite) {
      const c = countedAfter(ctx, next, false);
      if (c) {
        m.counted = c.span;
        next = c.next;
        const a2 = joined(ctx, next - 1) ? phraseAt(ctx, next, APPROX_AFTER_P, false) : null;
        if (a2) {
          approxText = approxText ? `${approxText} ${text.slice(a2.start, a2.end)}` : text.slice(a2.start, a2.end);
          next = a2.next;
        }
      }
    }
  }
  if (approxText) m.approx = approxText;
  m.start = start;
  m.end = end;
  m.text = text.slice(start, end);
  return { mentions: [m], next };
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
  else if (RANGE_TO.has(rt.norm) && joined(ctx, j)) b = parseNumber(ctx, j + 1);
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

/** The counted noun after a number: the next word, or the word after «من» («ثلاثة من أفرادها»). */
function countedAfter(ctx: Ctx, k: number, allowDefinite: boolean): { span: TextSpan; next: number } | null {
  const { tokens } = ctx;
  let j = k;
  if (tokens[j]?.text === ')' && touching(ctx, j - 1)) j++;
  const t = tokens[j];
  if (!t || !joined(ctx, j - 1)) return null;
  if (monthAt(ctx, j)) return null;
  if (countable(t, allowDefinite)) return { span: span(ctx.text, t.start, t.end), next: j + 1 };
  if (t.norm === OF && joined(ctx, j)) {
    const u = tokens[j + 1];
    if (countable(u, true) && !monthAt(ctx, j + 1)) return { span: nounSpan(ctx, u), next: j + 2 };
  }
  return null;
}

/** Dual nouns that count two by themselves: «قتيلان», «وجريحين». */
function matchDual(ctx: Ctx, i: number): Built | null {
  const t = ctx.tokens[i];
  if (t.kind !== 'word') return null;
  for (const r of readings(t.norm)) {
    if (!DUALS.has(r)) continue;
    const nt = ctx.tokens[i + 1];
    const nw = nt && joined(ctx, i) ? numberWord(nt.norm) : null;
    if (nw && (nw.unit === 2 || nw.unit === 1)) return null; // «قتيلين اثنين»: the number word carries it
    const s = r === t.norm ? t.start : originalOffset(t, t.norm.length - r.length);
    const sp = span(ctx.text, s, t.end);
    return { mentions: [{ ...sp, value: 2, kind: 'cardinal', counted: { ...sp } }], next: i + 1 };
  }
  return null;
}

export function findNumbers(doc: Doc): void {
  const ctx: Ctx = { text: doc.text, tokens: doc.tokens, memo: new Map() };
  const { tokens } = doc;
  const out: NumberMention[] = [];
  const skip = excludedSpans(doc.text);
  let si = 0;
  // The first token no mention has taken: a mention never reaches back over another's tokens.
  let free = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    while (si < skip.length && skip[si].end <= t.start) si++;
    if (si < skip.length && skip[si].start <= t.start) {
      i++;
      continue;
    }
    if (!mayStart(t)) {
      i++;
      continue;
    }
    if (t.kind === 'number' || t.norm === '+') {
      const pe = phoneEnd(ctx, i);
      if (pe >= 0) {
        i = pe;
        continue;
      }
    }
    const d = matchDate(ctx, i);
    if (d) {
      out.push(...d.mentions);
      i = free = Math.max(d.next, i + 1);
      continue;
    }
    const q = matchQuantity(ctx, i, free);
    if (q) {
      out.push(...q.mentions);
      i = free = Math.max(q.next, i + 1);
      continue;
    }
    const du = matchDual(ctx, i);
    if (du) {
      out.push(...du.mentions);
      i = free = du.next;
      continue;
    }
    i++;
  }
  resolveCurrencies(out);
  doc.numbers = out;
}

