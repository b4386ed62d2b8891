/**
 * Dates and clock times in running text: «20 يناير», «الخامس من شهر آب 2015», «15 رمضان 1436هـ»,
 * «يناير 2015», «15/10/1436», «2015-10-15», «الساعة 18:02», weekdays («الثلاثاء»، «يوم الجمعة») and
 * relative days («أمس»، «اليوم»، «غدا»).
 *
 * A date is one mention however it is written, with what it says in `date` (day, month, year,
 * calendar, weekday, relative day) and `value` the day (the year when no day is written); a
 * clock time is one mention with its hour and minute. Month names alone are not mentions: several
 * are also ordinary words or names (مارس «practised», رجب، صفر «zero»).
 */
import type { DateValue, NumberMention } from '../types.js';
import type { Ctx } from './context.js';
import { isDefinite, joined, touching } from './context.js';
import type { DigitAtom } from './digit-atom.js';
import { digitAtom } from './digit-atom.js';
import { parseNumber } from './phrase.js';
import type { DigitGroup } from './digits.js';
import { norm, setOf, splitReadings } from './lookup.js';
import { originalOffset } from '../text/tokenize.js';
import type { CliticPolicy } from '../text/clitics.js';
import { CLITIC_POLICIES, findReading } from '../text/clitics.js';
import type { Calendar } from '../lang/ar/dates.js';
import {
  AGREEMENT_WORDS,
  DATE_CUES,
  DAY_WORDS,
  ERA_MARKERS,
  MONTH_WORDS,
  MONTHS,
  NOT_TODAY_BEFORE,
  RELATIVE_DAYS,
  TIME_HEADS,
  WEEKDAY_QUALIFIERS,
  WEEKDAYS,
  YEAR_JOINERS,
} from '../lang/ar/dates.js';
import { TEEN_MARKERS } from '../lang/ar/numbers.js';

export interface DateMatch {
  mentions: NumberMention[];
  /** Token index after the match. */
  next: number;
}

/** Month names indexed by their first normalized word. */
const MONTH_INDEX: Map<string, { words: string[]; month: number; calendar: Calendar }[]> = (() => {
  const m = new Map<string, { words: string[]; month: number; calendar: Calendar }[]>();
  for (const e of MONTHS)
    for (const name of e.names) {
      const words = name.split(' ').map(norm);
      const list = m.get(words[0]) ?? [];
      list.push({ words, month: e.month, calendar: e.calendar });
      list.sort((a, b) => b.words.length - a.words.length);
      m.set(words[0], list);
    }
  return m;
})();
const WEEKDAY_INDEX = new Map(Object.entries(WEEKDAYS).map(([k, v]) => [norm(k), v]));
const RELATIVE = RELATIVE_DAYS.map((r) => ({ words: r.words.split(' ').map(norm), days: r.days, alsoNoun: r.alsoNoun === true }));
const RELATIVE_FIRST = new Set(RELATIVE.map((r) => r.words[0]));
const ERAS = new Map(Object.entries(ERA_MARKERS).map(([k, v]) => [norm(k), v]));
const DAY_WORD = setOf(DAY_WORDS);
const NOT_TODAY = setOf(NOT_TODAY_BEFORE);
const TIME_HEAD = setOf(TIME_HEADS);
const DATE_CUE = setOf(DATE_CUES);
const OF = norm('من');
const MONTH_WORD = setOf(MONTH_WORDS);
const YEAR_JOINER = setOf(YEAR_JOINERS);
const WEEKDAY_TAILS = new Map(Object.entries(WEEKDAY_QUALIFIERS).map(([k, v]) => [norm(k), v]));

/** «الخميس المقبل» (1), «الخميس الماضي» (-1): which such day a weekday mention means. */
const weekdayDirection = new WeakMap<NumberMention, -1 | 1>();

export function directionOf(m: NumberMention): -1 | 1 | undefined {
  return weekdayDirection.get(m);
}
const TEEN_WORDS = setOf(TEEN_MARKERS);
const AGREEMENT = setOf(AGREEMENT_WORDS);

function mention(text: string, start: number, end: number, value: number, kind: NumberMention['kind'], date?: DateValue): NumberMention {
  const m: NumberMention = { start, end, text: text.slice(start, end), value, kind };
  if (date) m.date = date;
  return m;
}

/** A weekday, relative day or time head with one leading و ف ب ل («وأمس», «بالساعة»). */
function bare(n: string): readonly string[] {
  return splitReadings(n, CLITIC_POLICIES.oneLetter, bareCache);
}
const bareCache = new Map<string, readonly string[]>();

/**
 * A month name before its year may carry و or ب («وأغسطس 2015», «بيناير 2016») but not ل, and
 * the name keeps three letters: «لمايو» and «بماي» are read as other words.
 */
const MONTH_CLITICS: CliticPolicy = { ...CLITIC_POLICIES.oneLetter, prepositions: 'ب', minStem: 3 };

/**
 * A month name starting at token `k`: its month, calendar and the token after it. Two names of the
 * same month joined by a slash are one («آب/أغسطس», «مارس/ آذار»), as Levantine and Gulf outlets
 * write them for readers of both traditions.
 */
export function monthAt(ctx: Ctx, k: number, clitic = false): { month: number; calendar: Calendar; next: number; start: number } | null {
  const m = monthNameAt(ctx, k, clitic);
  if (!m) return null;
  const slash = ctx.tokens[m.next];
  if (slash && slash.text === '/' && touching(ctx, m.next - 1) && joined(ctx, m.next)) {
    const other = monthNameAt(ctx, m.next + 1, false);
    if (other && other.month === m.month) return { ...m, next: other.next };
  }
  return m;
}

function monthNameAt(ctx: Ctx, k: number, clitic: boolean): { month: number; calendar: Calendar; next: number; start: number } | null {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return null;
  let list = MONTH_INDEX.get(t.norm);
  let start = t.start;
  // Only a word opening with one of MONTH_CLITICS' letters can be a month with a clitic.
  if (!list && clitic && t.norm.length > 3 && 'وفب'.includes(t.norm[0])) {
    const r = findReading(t.norm, (s) => MONTH_INDEX.has(s), MONTH_CLITICS);
    if (r && r.prefix) {
      list = MONTH_INDEX.get(r.stem);
      start = originalOffset(t, r.prefix.length);
    }
  }
  if (!list) return null;
  for (const e of list) {
    let ok = true;
    for (let j = 1; j < e.words.length; j++) {
      const u = ctx.tokens[k + j];
      if (!u || u.norm !== e.words[j] || !joined(ctx, k + j - 1)) {
        ok = false;
        break;
      }
    }
    if (ok) return { month: e.month, calendar: e.calendar, next: k + e.words.length, start };
  }
  return null;
}

export function calendarOfYear(y: number, fallback?: Calendar): Calendar | undefined {
  if (fallback) return fallback;
  if (y >= 1300 && y <= 1500) return 'hijri';
  if (y >= 1600 && y <= 2200) return 'gregorian';
  return undefined;
}

/** An era marker (م، هـ، هجري…) at token `k` joined to the year before it. */
export function eraAt(ctx: Ctx, k: number): { calendar: Calendar; next: number; end: number; short: boolean } | null {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || !joined(ctx, k - 1)) return null;
  const c = ERAS.get(t.norm);
  if (!c) return null;
  // `short`: the single letter «م» is also «metre» («400 م»), so callers want more evidence for it.
  return { calendar: c, next: k + 1, end: t.end, short: t.norm === 'م' };
}

interface YearRead {
  value: number;
  start: number;
  end: number;
  next: number;
  calendar?: Calendar;
}

/** A year written in digits at token `k` (three or four digits), with an era marker after it. */
function yearAt(ctx: Ctx, k: number, requireShape = true): YearRead | null {
  const a = digitAtom(ctx, k);
  if (!a || a === 'identifier' || a.read.type !== 'number' || !a.read.plain || a.value < 0) return null;
  const digits = ctx.tokens[a.numberToken].norm.length;
  if (requireShape && (digits < 3 || digits > 4)) return null;
  const era = eraAt(ctx, a.last);
  const y: YearRead = { value: a.value, start: a.start, end: a.end, next: a.last };
  if (era) {
    y.calendar = era.calendar;
    y.end = era.end;
    y.next = era.next;
  }
  return y;
}

/** The day before a month name: digits 1–31 or an ordinal/cardinal word phrase. */
function dayAt(ctx: Ctx, k: number): { value: number; start: number; next: number } | null {
  const t = ctx.tokens[k];
  if (!t) return null;
  if (t.kind === 'number' || t.kind === 'word') {
    const p = parseNumber(ctx, k);
    if (!p || p === 'identifier') return null;
    if (!Number.isInteger(p.value) || p.value < 1 || p.value > 31 || p.fraction) return null;
    if (p.digitsOnly && (!p.digits || p.digits.read.type !== 'number' || !p.digits.read.plain)) return null;
    // «الأسبوع الأول من أغسطس»: an ordinal after a definite noun qualifies that noun, not a day.
    if (!p.digitsOnly && isDefinite(ctx.tokens[k - 1]) && joined(ctx, k - 1) && !DAY_WORD.has(ctx.tokens[k - 1].norm)) return null;
    return { value: p.value, start: p.start, next: p.last };
  }
  return null;
}

/** Day + month (+ year) from token `k`: «20 يناير», «الخامس من شهر آب 2015», «15 رمضان 1436هـ». */
function dayMonthAt(ctx: Ctx, k: number): { day: number; month: number; calendar?: Calendar; start: number; end: number; next: number; year?: YearRead } | null {
  const d = dayAt(ctx, k);
  if (!d) return null;
  let j = d.next;
  if (!joined(ctx, j - 1)) return null;
  if (ctx.tokens[j]?.norm === OF && joined(ctx, j)) j++;
  if (ctx.tokens[j] && MONTH_WORD.has(ctx.tokens[j].norm) && joined(ctx, j)) j++;
  const m = monthAt(ctx, j);
  if (!m) return null;
  const y = yearAfter(ctx, m.next);
  return {
    day: d.value,
    month: m.month,
    calendar: y?.calendar ?? m.calendar,
    start: d.start,
    end: y ? y.end : ctx.tokens[m.next - 1].end,
    next: y ? y.next : m.next,
    year: y ?? undefined,
  };
}

/** A year right after a month name: «يناير 2015», «آب، 2015», «يناير من عام 2015». */
function yearAfter(ctx: Ctx, k: number): YearRead | null {
  let j = k;
  if (!ctx.tokens[j] || !joined(ctx, j - 1)) return null;
  if (ctx.tokens[j].norm === ',' && joined(ctx, j)) j++;
  for (let n = 0; n < 2 && ctx.tokens[j] && YEAR_JOINER.has(ctx.tokens[j].norm) && joined(ctx, j); n++) j++;
  const y = yearAt(ctx, j);
  if (!y) return null;
  if (y.value < 100 || y.value > 2200) return null;
  return y;
}

/** A weekday at token `k` («الثلاثاء», «يوم الجمعة»), not the «أحد» of «الأحد عشر». */
function weekdayAt(ctx: Ctx, k: number): { weekday: number; start: number; next: number; direction?: -1 | 1 } | null {
  let j = k;
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'word') return null;
  let start = t.start;
  if (DAY_WORD.has(t.norm) && joined(ctx, j)) j++;
  const u = ctx.tokens[j];
  if (!u || u.kind !== 'word') return null;
  for (const b of bare(u.norm)) {
    const wd = WEEKDAY_INDEX.get(b);
    if (wd === undefined) continue;
    const after = ctx.tokens[j + 1];
    if (after && joined(ctx, j) && TEEN_WORDS.has(after.norm)) return null;
    if (j === k && b !== u.norm) start = originalOffset(u, u.norm.length - b.length);
    const tail = ctx.tokens[j + 1] && joined(ctx, j) ? WEEKDAY_TAILS.get(ctx.tokens[j + 1].norm) : undefined;
    return tail === undefined ? { weekday: wd, start, next: j + 1 } : { weekday: wd, start, next: j + 2, direction: tail };
  }
  return null;
}

/** A relative day at token `k` («أمس», «أول أمس», «اليوم», «غدا»). */
function relativeAt(ctx: Ctx, k: number): { days: number; start: number; next: number } | null {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return null;
  const forms = bare(t.norm);
  if (!forms.some((b) => RELATIVE_FIRST.has(b))) return null;
  for (const r of RELATIVE) {
    let ok = false;
    let start = t.start;
    for (const b of forms) {
      if (b !== r.words[0]) continue;
      ok = true;
      if (b !== t.norm) start = originalOffset(t, t.norm.length - b.length);
      break;
    }
    if (!ok) continue;
    for (let j = 1; j < r.words.length; j++) {
      const u = ctx.tokens[k + j];
      if (!u || u.norm !== r.words[j] || !joined(ctx, k + j - 1)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const next = k + r.words.length;
    if (r.alsoNoun) {
      // «اليوم التالي», «ذلك اليوم», «في اليوم» (per day), «صحيفة اليوم» are not today.
      const prev = ctx.tokens[k - 1];
      if (prev && joined(ctx, k - 1) && NOT_TODAY.has(prev.norm)) return null;
      const after = ctx.tokens[next];
      if (after && joined(ctx, next - 1) && isDefinite(after) && !WEEKDAY_INDEX.has(after.norm)) return null;
      if (after && joined(ctx, next - 1) && after.kind === 'number') return null;
    }
    return { days: r.days, start, next };
  }
  return null;
}

/** A date written in digits, one mention: «15/10/1436», «2015-10-15», «17.03.2020»; value = the day. */
function digitDate(ctx: Ctx, groups: DigitGroup[], eraCalendar?: Calendar): NumberMention {
  const vals = groups.map((g) => Number(g.digits));
  let day: number;
  let month: number;
  let year: number | undefined;
  if (groups.length === 3 && groups[0].digits.length === 4) [year, month, day] = vals;
  else if (groups.length === 3 && vals[0] <= 12 && vals[1] > 12) [month, day, year] = vals;
  else if (groups.length === 3) [day, month, year] = vals;
  else [day, month] = vals;
  const date: DateValue = {};
  const calendar = year !== undefined ? calendarOfYear(year, eraCalendar) : undefined;
  if (calendar) date.calendar = calendar;
  if (year !== undefined) date.year = year;
  date.month = month;
  date.day = day;
  const start = Math.min(...groups.map((g) => g.start));
  const end = Math.max(...groups.map((g) => g.end));
  return mention(ctx.text, start, end, day, 'date', date);
}

/** The head noun before a time («الساعة»), as a counted span. */
function headBefore(ctx: Ctx, k: number, heads: Set<string>): { start: number; end: number; text: string } | null {
  const h = ctx.tokens[k - 1];
  if (!h || h.kind !== 'word' || !joined(ctx, k - 1)) return null;
  for (const b of bare(h.norm)) {
    if (!heads.has(b)) continue;
    const s = b === h.norm ? h.start : originalOffset(h, h.norm.length - b.length);
    return { start: s, end: h.end, text: ctx.text.slice(s, h.end) };
  }
  return null;
}

/** Dates written in digits, times, and «15/10/ 1436» split by a stray space. */
function digitDateAt(ctx: Ctx, k: number): DateMatch | null {
  const { tokens } = ctx;
  const a: DigitAtom | 'identifier' | null = digitAtom(ctx, k);
  if (!a || a === 'identifier' || a.numberToken !== k || a.first !== k) return null;
  const r = a.read;
  if (r.type === 'date') {
    let next = a.last;
    const era = eraAt(ctx, next);
    if (era) next = era.next;
    return { mentions: [digitDate(ctx, r.groups, era?.calendar)], next };
  }
  if (r.type === 'time') return clockTime(ctx, k, a.start, a.end, a.last, r.hours, r.minutes, r.value);
  if (r.type === 'fraction' && r.groups.length === 2) {
    const [d, mo] = [r.num, r.den];
    const slash = tokens[k + 1];
    // «15/10/ 1436»: a day/month, a trailing slash, then the year after a space.
    if (slash && touching(ctx, k) && slash.text === '/' && d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
      const y = yearAt(ctx, k + 2);
      if (y && joined(ctx, k + 1)) {
        const groups: DigitGroup[] = [...r.groups, { digits: String(y.value), start: y.start, end: tokens[k + 2].end }];
        return { mentions: [digitDate(ctx, groups, y.calendar)], next: y.next };
      }
    }
    const cue = tokens[k - 1];
    if (cue && joined(ctx, k - 1) && DATE_CUE.has(cue.norm) && d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && !(slash && touching(ctx, k) && slash.text === '/'))
      return { mentions: [digitDate(ctx, r.groups)], next: a.last };
    return null;
  }
  if (r.type === 'number' && r.plain && r.integer) {
    // «15-10-2015», «2015-10-15».
    const parts = [k];
    let j = k;
    while (parts.length < 3 && tokens[j + 2] && touching(ctx, j) && touching(ctx, j + 1) && tokens[j + 1].text === '-' && tokens[j + 2].kind === 'number') {
      parts.push(j + 2);
      j += 2;
    }
    if (parts.length === 3) {
      const groups = parts.map((p) => ({ digits: tokens[p].norm, start: tokens[p].start, end: tokens[p].end }));
      if (groups.every((g) => /^\d+$/.test(g.digits))) {
        const [x, y, z] = groups.map((g) => Number(g.digits));
        const ok = groups[0].digits.length === 4 ? y >= 1 && y <= 12 && z >= 1 && z <= 31 : groups[2].digits.length === 4 && x >= 1 && x <= 31 && y >= 1 && y <= 12;
        if (ok) return { mentions: [digitDate(ctx, groups)], next: parts[2] + 1 };
      }
    }
  }
  return null;
}

/**
 * A clock time «18:02» (with «الساعة» before it as its head). A wire agency's dispatch stamp
 * («//انتهى// 14:12 ت م»: the time after the end mark, or before «ت م/ت غ», Mecca or Greenwich
 * time) is the agency's bookkeeping, not a fact of the article: it is skipped.
 */
function clockTime(ctx: Ctx, k: number, start: number, end: number, next: number, hour: number, minute: number, value: number): DateMatch {
  if (isDispatchStamp(ctx, k, next)) return { mentions: [], next: stampEnd(ctx, next) };
  const m = mention(ctx.text, start, end, value, 'time', { hour, minute });
  const head = headBefore(ctx, k, TIME_HEAD);
  if (head) m.counted = head;
  return { mentions: [m], next };
}

const END_MARK = norm('انتهى');
const STAMP_ZONES = new Set(['ت', 'تم', 'تغ']);

function isDispatchStamp(ctx: Ctx, k: number, next: number): boolean {
  const { tokens } = ctx;
  let b = k - 1;
  while (b >= 0 && k - b <= 4 && tokens[b].kind === 'punct') b--;
  if (b >= 0 && tokens[b].norm === END_MARK && k - b <= 4) return true;
  const z = tokens[next];
  return z !== undefined && joined(ctx, next - 1) && z.kind === 'word' && STAMP_ZONES.has(z.norm);
}

function stampEnd(ctx: Ctx, next: number): number {
  let j = next;
  while (ctx.tokens[j] && joined(ctx, j - 1) && ctx.tokens[j].kind === 'word' && ctx.tokens[j].norm.length <= 2 && j - next < 2) j++;
  return j;
}

/** «الساعة الخامسة», «الساعة 10»: a clock time named by its hour. */
function hourAt(ctx: Ctx, k: number): DateMatch | null {
  const head = headBefore(ctx, k, TIME_HEAD);
  if (!head || !isDefinite(ctx.tokens[k - 1])) return null;
  const p = parseNumber(ctx, k);
  if (!p || p === 'identifier' || p.fraction || !Number.isInteger(p.value) || p.value < 0 || p.value > 24) return null;
  if (p.digitsOnly && (!p.digits || p.digits.read.type !== 'number' || !p.digits.read.plain)) return null;
  if (!p.digitsOnly && !p.ordinal) return null;
  // «الساعة 24 ساعة» or «الساعة 5 أشخاص» would be odd; a following noun means a count.
  const m = mention(ctx.text, p.start, p.end, p.value, 'time', { hour: p.value });
  m.counted = head;
  return { mentions: [m], next: p.last };
}

/** A date mention starting at token `i`, or null. */
export function matchDate(ctx: Ctx, i: number): DateMatch | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    const dd = digitDateAt(ctx, i);
    if (dd) return dd;
  }
  if (t.kind === 'number' || t.kind === 'word') {
    const h = hourAt(ctx, i);
    if (h) return h;
  }
  return namedDayAt(ctx, i) ?? dayMonthMention(ctx, i) ?? monthYearAt(ctx, i);
}

/**
 * A relative day or weekday, with the date it names when one follows: «أمس الثلاثاء», «الخميس
 * المقبل», «الاثنين 12 يناير 2016», «الثلاثاء الموافق 12 يناير».
 */
function namedDayAt(ctx: Ctx, i: number): DateMatch | null {
  const { tokens, text } = ctx;
  const rel = relativeAt(ctx, i);
  let j = rel ? rel.next : i;
  const wd = rel && !joined(ctx, j - 1) ? null : weekdayAt(ctx, j);
  if (wd) j = wd.next;
  if (!rel && !wd) return null;
  const start = rel ? rel.start : wd!.start;
  const date: DateValue = {};
  if (rel) date.relativeDays = rel.days;
  if (wd) date.weekday = wd.weekday;
  let end = tokens[j - 1].end;
  let k = j;
  if (tokens[k] && joined(ctx, k - 1) && tokens[k].norm === ',') k++;
  if (tokens[k] && joined(ctx, k - 1) && AGREEMENT.has(tokens[k].norm)) k++;
  const dm = tokens[k] && joined(ctx, k - 1) ? dayMonthAt(ctx, k) : null;
  if (!dm) {
    const m = mention(text, start, end, rel ? rel.days : wd!.weekday, 'date', date);
    if (wd?.direction) weekdayDirection.set(m, wd.direction);
    return { mentions: [m], next: j };
  }
  Object.assign(date, dayMonthDate(dm));
  end = dm.end;
  return { mentions: [mention(text, start, end, dm.day, 'date', date)], next: dm.next };
}

/** Day + month name (+ year): «20 يناير», «الخامس من شهر آب 2015», «15 رمضان 1436هـ». */
function dayMonthMention(ctx: Ctx, i: number): DateMatch | null {
  const dm = dayMonthAt(ctx, i);
  if (!dm) return null;
  return { mentions: [mention(ctx.text, dm.start, dm.end, dm.day, 'date', dayMonthDate(dm))], next: dm.next };
}

function dayMonthDate(dm: NonNullable<ReturnType<typeof dayMonthAt>>): DateValue {
  const date: DateValue = {};
  if (dm.calendar) date.calendar = dm.calendar;
  if (dm.year) date.year = dm.year.value;
  date.month = dm.month;
  date.day = dm.day;
  return date;
}

/** Month name + year: «يناير 2015», «رمضان 1436هـ»; value = the year. */
function monthYearAt(ctx: Ctx, i: number): DateMatch | null {
  const m = monthAt(ctx, i, true);
  if (!m) return null;
  const y = yearAfter(ctx, m.next);
  if (!y) return null;
  const date: DateValue = { month: m.month, year: y.value, calendar: y.calendar ?? m.calendar };
  return { mentions: [mention(ctx.text, m.start, y.end, y.value, 'date', date)], next: y.next };
}

export function yearDate(year: number, calendar?: Calendar): DateValue {
  const d: DateValue = { year };
  const c = calendarOfYear(year, calendar);
  if (c) d.calendar = c;
  return d;
}

/** True for a plausible calendar year (Gregorian or Hijri) written in four digits. */
export function looksLikeYear(value: number, digits: number): boolean {
  return digits === 4 && ((value >= 1900 && value <= 2100) || (value >= 1300 && value <= 1500));
}

