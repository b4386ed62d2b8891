/**
 * The article's own date. A dateline near the top of the text («الأحد، 04 آب/أغسطس 2013، آخر تحديث
 * 02:21 (GMT+0400)», «الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس») is the article's, not a
 * fact it reports: its dates and times are marked `published`. The publication day is the page's
 * metadata when the caller gives it, else the dateline's Gregorian date; weekdays and relative
 * days are then resolved to the calendar day they stand for.
 */
import type { Doc } from '../doc.js';
import type { NumberMention, Span } from '../types.js';
import { setOf } from './lookup.js';
import { directionOf } from './dates.js';
import { DATELINE_WORDS } from '../lang/ar/dates.js';

/** A dateline is looked for in the first few lines only. */
const HEAD_LINES = 8;
const HEAD_CHARS = 2000;
/** Words a dateline may hold besides its dates and the words of DATELINE_WORDS: a city, an agency. */
const OTHER_WORDS = 3;
const DATELINE_WORD = setOf(DATELINE_WORDS);
const DAY_MS = 86_400_000;

/**
 * Marks the dateline's mentions `published`, resolves weekdays and relative days, and returns the
 * publication day (ISO `YYYY-MM-DD`) or undefined.
 */
export function applyArticleDate(doc: Doc, numbers: readonly NumberMention[], given?: string): string | undefined {
  const dateline = datelineMentions(doc, numbers);
  for (const m of dateline) m.published = true;
  const day = isoDay(given) ?? firstGregorianDay(dateline);
  if (day) for (const m of numbers) resolveDay(m, day);
  return day;
}

/** The dates and times of the first line near the top that holds little but them. */
function datelineMentions(doc: Doc, numbers: readonly NumberMention[]): NumberMention[] {
  let k = 0;
  for (const p of doc.paragraphs.slice(0, HEAD_LINES)) {
    if (p.start > HEAD_CHARS) break;
    while (k < numbers.length && numbers[k].end <= p.start) k++;
    const inside: NumberMention[] = [];
    for (let j = k; j < numbers.length && numbers[j].start < p.end; j++) if (isDatePart(numbers[j])) inside.push(numbers[j]);
    if (!inside.some(isFullDate)) continue;
    if (otherWords(doc, p, inside) <= OTHER_WORDS) return inside;
  }
  return [];
}

const isDatePart = (m: NumberMention) => m.kind === 'date' || m.kind === 'time' || m.kind === 'year';
const isFullDate = (m: NumberMention) => m.kind === 'date' && m.date?.month !== undefined && (m.date.day !== undefined || m.date.year !== undefined);

/** Words of line `p` outside the mentions that are not dateline words. */
function otherWords(doc: Doc, p: Span, mentions: readonly NumberMention[]): number {
  let n = 0;
  for (const t of doc.tokens) {
    if (t.end <= p.start) continue;
    if (t.start >= p.end) break;
    if (t.kind !== 'word' && t.kind !== 'latin' && t.kind !== 'number') continue;
    if (mentions.some((m) => t.start >= m.start && t.end <= m.end)) continue;
    if (t.kind !== 'number' && DATELINE_WORD.has(t.norm)) continue;
    if (++n > OTHER_WORDS) break;
  }
  return n;
}

/** The day of an ISO 8601 date or date-time as written («2015-08-13T23:30:00+03:00» → 2015-08-13). */
function isoDay(s: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return undefined;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function validDay(y: number, mo: number, d: number): string | undefined {
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return back.toISOString().slice(0, 10);
}

function firstGregorianDay(ms: readonly NumberMention[]): string | undefined {
  for (const m of ms) {
    const d = m.date;
    if (m.kind !== 'date' || !d || d.calendar === 'hijri' || d.day === undefined || d.month === undefined || d.year === undefined) continue;
    if (d.year < 1900 || d.year > 2200) continue;
    const day = validDay(d.year, d.month, d.day);
    if (day) return day;
  }
  return undefined;
}

/**
 * A weekday or relative day as the day it stands for: «أمس» the day before publication, «الخميس
 * المقبل» the next Thursday after it, «الخميس الماضي» the last one before it, and a bare
 * «الخميس» the last Thursday on or before it (news reports what has happened).
 */
function resolveDay(m: NumberMention, published: string): void {
  const d = m.date;
  if (m.kind !== 'date' || !d || d.day !== undefined || d.month !== undefined || d.year !== undefined) return;
  const base = Date.parse(`${published}T00:00:00Z`);
  let offset: number | undefined;
  if (d.relativeDays !== undefined) offset = d.relativeDays;
  else if (d.weekday !== undefined) {
    const from = new Date(base).getUTCDay();
    const dir = directionOf(m);
    if (dir === 1) offset = (d.weekday - from + 7) % 7 || 7;
    else if (dir === -1) offset = -((from - d.weekday + 7) % 7 || 7);
    else offset = -((from - d.weekday + 7) % 7);
  }
  if (offset !== undefined) d.resolved = new Date(base + offset * DAY_MS).toISOString().slice(0, 10);
}
