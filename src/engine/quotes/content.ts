/**
 * What was said: the content span of a quote. Direct content is the text inside the quotation marks
 * (to the paragraph's end when the closing mark is missing); indirect content and speech after a
 * colon run from the complementizer to the end of the clause — the sentence's end, or where the next
 * attribution starts («…، مضيفا أن», «… لكنه أكد أن»).
 */
import type { QuoteKind, Span } from '../types.js';
import type { QuoteContext } from './context.js';
import { firstTokenFrom, isPunct, nextClauseStart, quoteOpenAt } from './context.js';
import type { QuotedSpan } from './marks.js';
import { matchParen } from './marks.js';
import type { Trigger } from './attribution.js';
import { closesClause, wordCount } from './quotations.js';
import { W, is, isWord } from './word-classes.js';
import { normalizeWord } from '../text/normalize.js';
import { CLITIC_POLICIES, readings } from '../text/clitics.js';

export interface Content extends Span {
  kind: QuoteKind;
  /** Direct content whose closing mark is missing: the quotation may go on in the next paragraph. */
  unclosed?: boolean;
}

/**
 * Longest content, in UTF-16 units. Nothing said in a news article runs longer; the cap keeps
 * pathological input (a megabyte without a full stop) linear.
 */
const MAX_CONTENT = 6000;

const SPACE = /\s/;
/** A dateline: a place, then the outlet in brackets and a dash. */
const DATELINE = /^[^.\n"«]{0,80}?\((?:CNN|سي إن إن)\)\s*[-–—]+\s*/;
const MAX_DATELINE = 120;
const LEAD_PUNCT = ':،,؛;-–—.…';
const TAIL_PUNCT = '.،,؛;:-–—…(';
const OPENING = '«“„‘‹';
const CLOSING = '»”’›';

/** Index into `text` of the sentence or paragraph span holding `pos`, by binary search. */
function spanAt(spans: readonly Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < spans[mid].start) hi = mid - 1;
    else if (pos >= spans[mid].end) lo = mid + 1;
    else return spans[mid];
  }
  return undefined;
}

function count(text: string, start: number, end: number, chars: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (chars.includes(text[i])) n++;
  return n;
}

/** Trims spaces, stray punctuation, a dangling mark and a trailing linker (لكنه، كما، و) off a span. */
export function trimContent(ctx: QuoteContext, start: number, end: number): [number, number] {
  const { text } = ctx;
  while (start < end && (SPACE.test(text[start]) || LEAD_PUNCT.includes(text[start]))) start++;
  // «أتلانتا، الولايات المتحدة الأمريكية (CNN)-- وسط القصف …»: the dateline opening an article is
  // where it was filed, not what was said (ANT: ~2,900 CNN articles open so).
  // (Only near the text's start, where an article's dateline stands; the pattern is costly to try.)
  const dateline = start < MAX_DATELINE && text.includes('(', start) ? DATELINE.exec(text.slice(start, Math.min(end, start + MAX_DATELINE))) : null;
  if (dateline) start += dateline[0].length;
  for (let guard = 0; guard < 8 && end > start; guard++) {
    const before = end;
    while (end > start && (SPACE.test(text[end - 1]) || TAIL_PUNCT.includes(text[end - 1]))) end--;
    const last = text[end - 1];
    if (last === '"') {
      if (count(text, start, end, '"') % 2 === 1) end--;
    } else if (CLOSING.includes(last) && count(text, start, end, OPENING) < count(text, start, end, CLOSING)) end--;
    else if (last === ')' && count(text, start, end, '(') < count(text, start, end, ')')) end--;
    // A linker left at the end belongs to the next clause: «… لكنه | أكد أن».
    let w = end;
    while (w > start && !SPACE.test(text[w - 1])) w--;
    if (w > start && w < end) {
      const word = normalizeWord(text.slice(w, end));
      if (word === 'و' || isWord(word, W.LINKER)) end = w;
    }
    if (end === before) break;
  }
  return [start, Math.max(start, end)];
}

/** End of the clause that starts at `start`: sentence end, paragraph end or the next attribution. */
export function clauseEnd(ctx: QuoteContext, start: number): number {
  const s = spanAt(ctx.doc.sentences, start);
  const p = spanAt(ctx.doc.paragraphs, start);
  let end = Math.min(s ? s.end : ctx.text.length, p ? p.end : ctx.text.length);
  const next = nextClauseStart(ctx, start);
  if (next < end) end = next;
  return end;
}

export function inner(ctx: QuoteContext, q: QuotedSpan): Content | null {
  const [s, e] = trimContent(ctx, q.innerStart, Math.min(q.innerEnd, q.innerStart + MAX_CONTENT));
  if (e <= s) return null;
  return q.close < 0 ? { start: s, end: e, kind: 'direct', unclosed: true } : { start: s, end: e, kind: 'direct' };
}

function running(ctx: QuoteContext, start: number, kind: QuoteKind, end = clauseEnd(ctx, start)): Content | null {
  const [s, e] = trimContent(ctx, start, Math.min(end, start + MAX_CONTENT));
  return e > s ? { start: s, end: e, kind } : null;
}

/**
 * Speech after a colon without quotation marks runs on over its sentences to the paragraph's end,
 * unless a new attribution starts first (annotated news: 25 colon quotes in 28 end with their paragraph).
 * A comma before «لكن», «في حين» is the speaker's own clause there, not the journalist's.
 */
function spokenAfterColon(ctx: QuoteContext, start: number): number {
  const p = spanAt(ctx.doc.paragraphs, start);
  const end = p ? p.end : ctx.text.length;
  return Math.min(end, nextClauseStart(ctx, start, ctx.attributionStarts));
}

/** The content a trigger introduces, or null when nothing follows it. */
export function contentOf(ctx: QuoteContext, trig: Trigger): Content | null {
  const { tokens } = ctx;
  switch (trig.type) {
    case 'quote':
    case 'before':
      return inner(ctx, trig.span);
    case 'phrase': {
      // «داعية المواطنين إلى "تجنب المنطقة"»: a complement that is all quoted is direct. A
      // quotation of several words opening the complement is the words quoted, whatever follows
      // («تحدث عن "تزوير قبل الانتخابات" في الأسبوع …», «طالب بـ"عقد عالمي جديد" ضد …»:
      // annotated news, 22 such quotations direct, none indirect); one quoted word with more after
      // it («عن "أسفها" لأن …»), quotations joined by و («إلى "انتصار …" و"نقطة تحول" في …») and
      // a quoted noun whose ل-complement follows («على "رؤية جديدة" للتعاون …») are part of an
      // indirect statement, to the clause's end.
      const k = firstTokenFrom(ctx, trig.start);
      const q = ctx.tokens[k]?.start === trig.start ? quoteOpenAt(ctx, k) : undefined;
      const indirect = running(ctx, trig.start, 'indirect');
      const several = !!q && wordCount(ctx.text, q.innerStart, q.innerEnd) >= 2 && !coordinatedQuote(ctx, q) && !genitiveAfter(ctx, q);
      if (q && q.close >= 0 && (several || !indirect || indirect.end <= q.close + 1 || closesClause(ctx, q) || adjunctFollows(ctx, q))) return inner(ctx, q);
      return indirect;
    }
    case 'comp': {
      const next = tokens[trig.tok + 1];
      if (!next || ctx.tokParagraph[trig.tok + 1] !== ctx.tokParagraph[trig.tok]) return null;
      const q = quoteOpenAt(ctx, trig.tok + 1);
      // «إنه "…"»: a direct quotation after an indirect opening.
      if (q && closesClause(ctx, q)) return inner(ctx, q);
      return running(ctx, next.start, 'indirect');
    }
    case 'colon': {
      const next = tokens[trig.tok + 1];
      if (!next) return null;
      const q = quoteOpenAt(ctx, trig.tok + 1);
      if (q) return inner(ctx, q);
      if (ctx.tokParagraph[trig.tok + 1] !== ctx.tokParagraph[trig.tok]) return null;
      if (isPunct(next, '(')) {
        const p = spanAt(ctx.doc.paragraphs, next.start);
        const close = matchParen(ctx.text, next.start, Math.min(p ? p.end : ctx.text.length, next.start + 4000));
        if (close > next.start) {
          const [s, e] = trimContent(ctx, next.start + 1, close);
          if (e > s) return { start: s, end: e, kind: 'direct' };
        }
      }
      return running(ctx, next.start, 'direct', spokenAfterColon(ctx, next.start));
    }
  }
}

/** «"…" و"…"»: another quotation joined to this one by و. */
function coordinatedQuote(ctx: QuoteContext, q: QuotedSpan): boolean {
  const { text } = ctx;
  let j = q.close + 1;
  while (j < text.length && text[j] === ' ') j++;
  if (text[j] !== 'و') return false;
  j++;
  while (j < text.length && text[j] === ' ') j++;
  return OPENING.includes(text[j]) || text[j] === '"';
}

/** «"رؤية جديدة" للتعاون»: a word with ل right after the quotation completes the quoted noun. */
function genitiveAfter(ctx: QuoteContext, q: QuotedSpan): boolean {
  const t = ctx.tokens[firstTokenFrom(ctx, q.close + 1)];
  return !!t && t.kind === 'word' && t.norm.startsWith('ل') && !is(t, W.LINKER) && readings(t.norm, CLITIC_POLICIES.preposition).length > 0;
}

/** «"تجنب المنطقة" لحين الإعلان …»: an adjunct of time or circumstance follows the quotation. */
function adjunctFollows(ctx: QuoteContext, q: QuotedSpan): boolean {
  return is(ctx.tokens[firstTokenFrom(ctx, q.close + 1)], W.ADJUNCT_STARTER | W.TIME);
}

/** The sentence holding the cue, extended to cover the content. */
export function quoteSentence(ctx: QuoteContext, cueStart: number, content: Span): Span {
  const s = spanAt(ctx.doc.sentences, cueStart) ?? { start: cueStart, end: cueStart };
  const c = spanAt(ctx.doc.sentences, content.start) ?? s;
  return { start: Math.min(s.start, c.start), end: Math.max(s.end, content.end) };
}
