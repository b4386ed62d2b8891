/**
 * How a reader is shown the numbers of an analysis, in the popup, its exports and the CLI: each
 * number as what it is («43 قتيلا», «$2.5 million», «7–11%», «⅓», «13 August 2015», «yesterday
 * (Tuesday)», «02:21»), never a bare value; grouped by what a reader came for (counts of people and
 * things, money, percentages, then dates and times); the article's own date once, apart; ordinals
 * left out. Nothing here knows Arabic morphology: it reads the Analysis and formats with Intl.
 */
import type { DateValue, NumberMention } from '../engine/types.js';

/** The messages this module uses (every one is in _locales/*\/messages.json). */
export type NumberMessage =
  | 'calendarHijri'
  | 'hijriMonths'
  | 'numberWithDetail'
  | 'vagueOf'
  | 'vague1'
  | 'vague2'
  | 'vague3'
  | 'vague4'
  | 'vague5'
  | 'vague6'
  | 'vague7'
  | 'vague8'
  | 'vague9'
  | 'vagueFew3'
  | 'vagueFew6'
  | 'vagueFew9';

/** What formatting needs of the interface: its language, Intl locale and messages. */
export interface NumberWords {
  lang: 'ar' | 'en';
  /** BCP 47 locale for numbers (Western digits, like the articles). */
  locale: string;
  t(key: NumberMessage, ...subs: (string | number)[]): string;
}

export type NumberGroup = 'counts' | 'money' | 'percent' | 'dates';
/** The order a reader wants: what is counted, what it costs, shares, then when. */
const NUMBER_GROUPS: readonly NumberGroup[] = ['counts', 'money', 'percent', 'dates'];

/** The group a number is listed in, or null when it is not listed (an ordinal, the article's date). */
function groupOf(n: NumberMention): NumberGroup | null {
  if (n.kind === 'ordinal' || n.published) return null;
  if (n.kind === 'date' || n.kind === 'year' || n.kind === 'time') return 'dates';
  if (n.kind === 'percent' || n.unit === '%') return 'percent';
  if (n.kind === 'money') return 'money';
  return 'counts';
}

/** The kind a reader is told: a range of percentages is a percentage, a range of money is money. */
export function shownKind(n: NumberMention): NumberMention['kind'] {
  if (n.kind !== 'range') return n.kind;
  if (n.unit === '%') return 'percent';
  if (n.unit && /^[A-Z]{3}$/.test(n.unit)) return 'money';
  return n.kind;
}

/** The numbers a reader is shown, in article order. */
export function listedNumbers(numbers: readonly NumberMention[]): NumberMention[] {
  return numbers.filter((n) => groupOf(n) !== null).sort((a, b) => a.start - b.start);
}

/** The listed numbers by group, in NUMBER_GROUPS order, article order within; empty groups left out. */
export function groupNumbers(numbers: readonly NumberMention[]): { group: NumberGroup; numbers: NumberMention[] }[] {
  const listed = listedNumbers(numbers);
  return NUMBER_GROUPS.map((group) => ({ group, numbers: listed.filter((n) => groupOf(n) === group) })).filter((g) => g.numbers.length > 0);
}

/** A number as read: the figure («$2.5 million», «13 August 2015») and the counted noun as written. */
export interface NumberReading {
  figure: string;
  noun?: string;
}

export function readNumber(n: NumberMention, w: NumberWords): NumberReading {
  const figure = figureOf(n, w);
  const noun = nounOf(n);
  return noun ? { figure, noun } : { figure };
}

/** The reading as one line of text: «43 قتيلا», «tens of الجرحى». */
export function readingText(r: NumberReading, n: NumberMention, w: NumberWords): string {
  if (!r.noun) return r.figure;
  if (n.vague) return w.t('vagueOf', r.figure, r.noun);
  return `${r.figure} ${r.noun}`;
}

/** «Tuesday 11 August 2015, 02:21»: the article's date from the analysis, or undefined. */
export function articleDate(a: { numbers: readonly NumberMention[]; publishedAt?: string }, w: NumberWords): string | undefined {
  const published = a.numbers.filter((n) => n.published).sort((x, y) => x.start - y.start);
  const time = published.find((n) => n.kind === 'time');
  let day: string | undefined;
  const iso = a.publishedAt ? isoParts(a.publishedAt) : null;
  if (iso) day = gregorian({ ...iso, weekday: weekdayOfIso(a.publishedAt!) }, w);
  else {
    const d = published.find((n) => n.kind === 'date');
    if (d) day = figureOf(d, w);
  }
  if (!day) return undefined;
  return time ? `${day}${w.lang === 'ar' ? '، ' : ', '}${figureOf(time, w)}` : day;
}

// ---------------------------------------------------------------- figures

const DASH = '–';

function nounOf(n: NumberMention): string | undefined {
  if (!n.counted) return undefined;
  if (n.kind === 'date' || n.kind === 'year' || n.kind === 'time' || n.kind === 'percent' || n.kind === 'multiple' || n.unit === '%') return undefined;
  // The currency is in the figure («$53»); a currency the text does not pin down keeps its word.
  if (n.kind === 'money' && n.unit && /^[A-Z]{3}$/.test(n.unit)) return undefined;
  return n.counted.text;
}

function figureOf(n: NumberMention, w: NumberWords): string {
  if (n.kind === 'date' || n.kind === 'year' || n.kind === 'time') return dateFigure(n, w);
  if (n.vague) return vagueFigure(n.value, w);
  const range = (f: (v: number) => string) => (n.to !== undefined && Number.isFinite(n.to) && n.to !== n.value ? `${f(n.value)}${DASH}${f(n.to)}` : f(n.value));
  if (n.kind === 'percent' || n.unit === '%') return `${range((v) => plain(v, w, 3))}%`;
  if (n.kind === 'money' && n.unit && /^[A-Z]{3}$/.test(n.unit)) return money(n, w);
  if (n.kind === 'multiple') return `×${range((v) => plain(v, w, 2))}`;
  return range((v) => count(v, w));
}

/** A number in the interface's digits; beyond a million in words («2.5 million», «43 مليون»). */
function count(v: number, w: NumberWords): string {
  if (!Number.isFinite(v)) return '?';
  if (Math.abs(v) >= 1e6) return new Intl.NumberFormat(w.locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(v);
  const whole = Math.trunc(v);
  const frac = VULGAR.find(([x]) => Math.abs(Math.abs(v - whole) - x) < 1e-9);
  if (frac && Math.abs(v - whole) > 1e-9) return whole === 0 ? frac[1] : `${plain(whole, w, 0)}${frac[1]}`;
  return plain(v, w, 4);
}

function plain(v: number, w: NumberWords, digits: number): string {
  if (!Number.isFinite(v)) return '?';
  return new Intl.NumberFormat(w.locale, { maximumFractionDigits: digits }).format(v);
}

const VULGAR: readonly (readonly [number, string])[] = [
  [1 / 2, '½'], [1 / 3, '⅓'], [2 / 3, '⅔'], [1 / 4, '¼'], [3 / 4, '¾'], [1 / 5, '⅕'], [2 / 5, '⅖'], [3 / 5, '⅗'], [4 / 5, '⅘'],
  [1 / 6, '⅙'], [5 / 6, '⅚'], [1 / 7, '⅐'], [1 / 8, '⅛'], [3 / 8, '⅜'], [5 / 8, '⅝'], [7 / 8, '⅞'], [1 / 9, '⅑'], [1 / 10, '⅒'],
];

/** Signs that read well before a figure in both interfaces; other currencies are named. */
const NARROW_SIGNS = new Set(['USD', 'EUR', 'GBP']);

/** «$2.5 million», «$53», «2.5 مليون ريال سعودي», «SAR 300» (never «2500000 USD»). */
function money(n: NumberMention, w: NumberWords): string {
  const code = n.unit!;
  const big = Math.abs(n.value) >= 1e6;
  const opts: Intl.NumberFormatOptions = { style: 'currency', currency: code, maximumFractionDigits: 2, minimumFractionDigits: 0 };
  try {
    if (w.lang === 'en' && NARROW_SIGNS.has(code)) {
      const sign = new Intl.NumberFormat('en', { ...opts, currencyDisplay: 'narrowSymbol' }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? code;
      const f = (v: number) => `${sign}${big ? count(v, w) : plain(v, w, 2)}`;
      return n.to !== undefined && n.to !== n.value ? `${f(n.value)}${DASH}${f(n.to)}` : f(n.value);
    }
    const fmt = new Intl.NumberFormat(w.locale, { ...opts, currencyDisplay: 'name', ...(big ? { notation: 'compact', compactDisplay: 'long' } : {}) });
    if (n.to !== undefined && n.to !== n.value) return `${count(n.value, w)}${DASH}${fmt.format(n.to)}`;
    return fmt.format(n.value);
  } catch {
    return `${count(n.value, w)} ${code}`;
  }
}

/** «tens», «hundreds of thousands», «a few thousand»: a vague plural's magnitude in words. */
function vagueFigure(v: number, w: NumberWords): string {
  if (!(v > 0)) return '?';
  const e = Math.round(Math.log10(v));
  if (Math.abs(v - 10 ** e) < 1e-6 * v && e >= 1 && e <= 9) return w.t(`vague${e}` as NumberMessage);
  const few = Math.round(Math.log10(v / 3));
  if ((few === 3 || few === 6 || few === 9) && Math.abs(v - 3 * 10 ** few) < 1e-6 * v) return w.t(`vagueFew${few}` as NumberMessage);
  return count(v, w);
}

// ---------------------------------------------------------------- dates

const pad2 = (v: number, w: NumberWords) => new Intl.NumberFormat(w.locale, { minimumIntegerDigits: 2, useGrouping: false }).format(v);
/** English dates as «13 August 2015»; Arabic as «13 أغسطس 2015» with Western digits. */
const dateLocale = (w: NumberWords) => (w.lang === 'en' ? 'en-GB' : w.locale);

function dateFigure(n: NumberMention, w: NumberWords): string {
  const d = n.date ?? {};
  if (n.kind === 'time') {
    const hour = d.hour ?? Math.trunc(n.value);
    const minute = d.minute ?? Math.round((n.value - Math.trunc(n.value)) * 100);
    return `${pad2(hour, w)}:${pad2(minute, w)}`;
  }
  if (n.kind === 'year' || (d.day === undefined && d.month === undefined && d.relativeDays === undefined && d.weekday === undefined)) {
    const y = (v: number) => String(v);
    const years = n.to !== undefined && n.to !== n.value ? `${y(n.value)}${DASH}${y(n.to)}` : y(d.year ?? n.value);
    return d.calendar === 'hijri' ? `${years} (${w.t('calendarHijri')})` : years;
  }
  if (d.day === undefined && d.month === undefined) return namedDay(d, w);
  return writtenDate(d, w);
}

/** «yesterday (Tuesday)», «Thursday (13 August)», «today». */
function namedDay(d: DateValue, w: NumberWords): string {
  const resolved = d.resolved ? isoParts(d.resolved) : null;
  const weekday = d.weekday ?? (d.resolved ? weekdayOfIso(d.resolved) : undefined);
  const shortDate = resolved ? gregorian({ day: resolved.day, month: resolved.month }, w) : undefined;
  if (d.relativeDays !== undefined) {
    const rel = relative(d.relativeDays, w);
    const wd = weekday !== undefined ? weekdayName(weekday, w) : undefined;
    const detail = [wd, shortDate].filter(Boolean).join(w.lang === 'ar' ? ' ' : ' ');
    return detail ? w.t('numberWithDetail', rel, detail) : rel;
  }
  const wd = weekday !== undefined ? weekdayName(weekday, w) : '?';
  return shortDate ? w.t('numberWithDetail', wd, shortDate) : wd;
}

/** A date with its day or month written: Gregorian through Intl, Hijri with its month names. */
function writtenDate(d: DateValue, w: NumberWords): string {
  if (d.calendar === 'hijri') {
    const month = d.month !== undefined ? w.t('hijriMonths').split(',')[d.month - 1]?.trim() : undefined;
    const parts = [d.day !== undefined ? String(d.day) : '', month ?? '', d.year !== undefined ? String(d.year) : ''].filter(Boolean);
    const wd = d.weekday !== undefined ? `${weekdayName(d.weekday, w)} ` : '';
    return `${wd}${parts.join(' ')} (${w.t('calendarHijri')})`;
  }
  const out = gregorian(d, w);
  if (d.relativeDays !== undefined) return w.t('numberWithDetail', relative(d.relativeDays, w), out);
  return out;
}

/** A Gregorian date of which any part may be missing: «Tuesday 13 August 2015», «August 2015». */
function gregorian(d: { day?: number; month?: number; year?: number; weekday?: number }, w: NumberWords): string {
  if (d.month === undefined || d.month < 1 || d.month > 12) return [d.day, d.year].filter((x) => x !== undefined).join(' ');
  const day = d.day !== undefined && d.day >= 1 && d.day <= 31 ? d.day : undefined;
  const opts: Intl.DateTimeFormatOptions = { month: 'long', timeZone: 'UTC' };
  if (day !== undefined) opts.day = 'numeric';
  if (d.year !== undefined) opts.year = 'numeric';
  const t = Date.UTC(d.year ?? 2001, d.month - 1, day ?? 1);
  let out = new Intl.DateTimeFormat(dateLocale(w), opts).format(t);
  // A weekday the text wrote is shown as written, not recomputed.
  if (d.weekday !== undefined) out = `${weekdayName(d.weekday, w)} ${out}`;
  return out;
}

function weekdayName(weekday: number, w: NumberWords): string {
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) return '?';
  // 1 January 2023 was a Sunday.
  return new Intl.DateTimeFormat(dateLocale(w), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + weekday));
}

function relative(days: number, w: NumberWords): string {
  try {
    return new Intl.RelativeTimeFormat(w.locale, { numeric: 'auto' }).format(days, 'day');
  } catch {
    return String(days);
  }
}

function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function weekdayOfIso(iso: string): number | undefined {
  const p = isoParts(iso);
  return p ? new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() : undefined;
}
