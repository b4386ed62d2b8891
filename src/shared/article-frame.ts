/**
 * The article's frame: its byline (who wrote it) and its dateline (where it was filed from,
 * «الخرطوم - …»). Names there are not people and places the article is about: the reader meets
 * them first, and a hover card for the author would be empty. The worker finds the frame once per
 * analysis (it has the text, the whole analysis and the page's metadata) and stores it with the
 * analysis; the page and the popup both read the article through it (`reader-view.ts`), so they
 * agree on what is marked and counted.
 *
 * A byline is a short line before the body (or at its end) holding a person's name and one more
 * sign: an opening word («كتب», «بقلم»), a date, the author the page's metadata names, or nothing
 * but the name. A dateline is a place at the very start of one of the first lines, followed by a
 * dash or colon (after an optional credit in brackets: «بيروت (رويترز) -»).
 */
import { stripMarks } from '../engine/text/charset.js';
import type { Analysis, Span } from '../engine/types.js';

/**
 * Words that open a byline («كتب: فلان», «بقلم فلان», «إعداد فلان»), in the spellings news uses.
 * A fact of page layout rather than of the language's grammar, and the only word list here: it
 * stays beside the one rule that reads it, since src/shared/ may not reach into the engine's
 * language data (test/architecture.test.ts).
 */
const BYLINE_OPENERS: ReadonlySet<string> = new Set([
  'كتب', 'كتبت', 'بقلم', 'إعداد', 'اعداد', 'أعد', 'اعد', 'أعدت', 'اعدت', 'أعده', 'أعدها', 'تقرير', 'متابعة', 'متابعه',
  'تحرير', 'حرر', 'حوار', 'حاوره', 'حاورته', 'أجرى', 'تغطية', 'ترجمة', 'عرض', 'مراسل', 'مراسلة', 'مراسلنا', 'مراسلتنا',
  'المراسل', 'المراسلة', 'author', 'by',
]);

export interface ArticleFrame {
  /** The byline's line, and the author as the page names them (metadata) or as the line writes them. */
  byline?: Span & { author: string };
  /** The dateline, from its place to its dash («دمشق، سوريا (CNN)»), and the place's name. */
  dateline?: Span & { place: string };
}

export interface FrameHints {
  /** The author named by the page's metadata. */
  author?: string;
  /** The page's title: a headline line is never a byline. */
  title?: string;
}

/** Lines looked at before the body, and after it. */
const HEAD_LINES = 4;
const TAIL_LINES = 2;
/** A line this long is body text; a byline is shorter than BYLINE_CHARS and BYLINE_WORDS. */
const BODY_CHARS = 120;
const BYLINE_CHARS = 100;
const BYLINE_WORDS = 12;
/** Share of a line's letters (dates and the dateline left out) that a name alone fills. */
const NAME_ONLY_SHARE = 0.75;
/** The same share beside a date («منية الزواري — 21 جويلية 2026»). */
const DATED_NAME_SHARE = 0.5;
/**
 * After a dateline's place: optionally its country («دمشق، سوريا»), optionally a credit in
 * brackets («(رويترز)», «(CNN)»), then a dash or colon.
 */
const AFTER_DATELINE = /^\s*(?:[،,]\s*[^\s،,()\-–—:]+(?:\s[^\s،,()\-–—:]+)?)?\s*(?:[(（][^)）\n]{1,30}[)）])?\s*[-–—ـ:]/u;

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
const squash = (s: string) => stripMarks(s).replace(/\s+/g, ' ').trim();

function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = i + 1;
  }
  return out;
}

const inside = (m: Span, line: Span) => m.start >= line.start && m.end <= line.end;

function opensByline(lineText: string): boolean {
  const word = stripMarks(lineText.split(/[\s:：\-–—،,]+/u).find(Boolean) ?? '').toLowerCase();
  return BYLINE_OPENERS.has(word) || (/^[وف]/.test(word) && BYLINE_OPENERS.has(word.slice(1)));
}

type FrameInput = Pick<Analysis, 'entities' | 'numbers'>;

function findDateline(text: string, a: FrameInput, candidates: Span[]): ArticleFrame['dateline'] {
  for (const line of candidates) {
    for (const e of a.entities) {
      if (e.type !== 'location') continue;
      for (const m of e.mentions) {
        if (!inside(m, line) || /[\p{L}\p{N}]/u.test(text.slice(line.start, m.start))) continue;
        const after = AFTER_DATELINE.exec(text.slice(m.end, Math.min(line.end, m.end + 40)));
        // The dateline runs to its dash: the country and the credit in it are part of it too.
        if (after) return { start: m.start, end: m.end + after[0].replace(/\s*[-–—ـ:]$/u, '').length, place: e.name };
      }
    }
  }
  return undefined;
}

export function articleFrame(text: string, a: FrameInput, hints: FrameHints = {}): ArticleFrame {
  const all = lines(text);
  const bodyAt = all.findIndex((l) => l.end - l.start >= BODY_CHARS);
  const headEnd = Math.min(bodyAt < 0 ? all.length : bodyAt, HEAD_LINES);
  // The dateline opens the body's first paragraph, or a short line above it.
  const dateline = findDateline(text, a, all.slice(0, Math.min(all.length, headEnd + 1)));
  const title = hints.title ? squash(hints.title) : '';
  const author = hints.author ? squash(hints.author) : '';
  const head = all.slice(0, headEnd);
  const tail = bodyAt < 0 ? [] : all.slice(Math.max(bodyAt + 1, all.length - TAIL_LINES));
  for (const line of [...head, ...tail]) {
    const lineText = text.slice(line.start, line.end);
    if (lineText.length > BYLINE_CHARS || lineText.split(/\s+/).length > BYLINE_WORDS) continue;
    if (title && (squash(lineText) === title || title.startsWith(squash(lineText)))) continue;
    // The author the page names, written on the line: the byline, whatever the names stage found.
    if (author && squash(lineText).includes(author)) return { byline: { ...line, author: hints.author!.trim() }, ...(dateline ? { dateline } : {}) };
    const people = a.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.filter((m) => inside(m, line)).map((m) => ({ m, e })));
    if (!people.length) continue;
    const dates = a.numbers.filter((n) => inside(n, line) && (n.kind === 'date' || n.kind === 'year'));
    const named = author ? people.find(({ m, e }) => author.includes(squash(m.text)) || squash(e.name).includes(author)) : undefined;
    let rest = letters(lineText);
    for (const n of dates) rest -= letters(n.text);
    if (dateline && inside(dateline, line)) rest -= letters(text.slice(dateline.start, dateline.end));
    const nameShare = people.reduce((k, p) => k + letters(p.m.text), 0) / Math.max(1, rest);
    if (named || opensByline(lineText) || (dates.length > 0 && nameShare >= DATED_NAME_SHARE) || nameShare >= NAME_ONLY_SHARE)
      return { byline: { ...line, author: hints.author?.trim() || (named ?? people[0]).e.name }, ...(dateline ? { dateline } : {}) };
  }
  return dateline ? { dateline } : {};
}
