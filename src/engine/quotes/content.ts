/**
 * What was said: the content span of a quote. Direct content is the text inside the quotation marks
 * (to the paragraph's end when the closing mark is missing); indirect content and speech after a
 * colon run from the complementizer to the end of the clause — the sentence's end, or where the next
 * attribution starts («…، مضيفا أن», «… لكنه أكد أن»).
 */
import type { QuoteKind, Span } from '../types.js';
import type { QuoteContext } from './context.js';
import { isPunct, nextClauseStart, quoteOpenAt } from './context.js';
import type { QuotedSpan } from './marks.js';
import { matchParen } from './marks.js';
import type { Trigger } from './attribution.js';
import { closesClause } from './quotations.js';
import { W, isWord } from './word-classes.js';
import { normalizeWord } from '../text/normalize.js';

export interface Content extends Span {
  kind: QuoteKind;
  /** Direct content whose closing mark is missing: the quotation may go on in the next paragraph. */
  unclosed?: boolean;
}

/**
 * Longest content, in UTF-16 units. Nothing said in a news article runs longer; the cap keeps
 * pathological input (a megabyte without a full stop) linear.
 */
export const MAX_CONTENT = 6000;

const SPACE = /\s/;
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

function running(ctx: QuoteContext, start: number, kind: QuoteKind): Content | null {
  const [s, e] = trimContent(ctx, start, Math.min(clauseEnd(ctx, start), start + MAX_CONTENT));
  return e > s ? { start: s, end: e, kind } : null;
}

/** The content a trigger introduces, or null when nothing follows it. */
export function contentOf(ctx: QuoteContext, trig: Trigger): Content | null {
  const { tokens } = ctx;
  switch (trig.type) {
    case 'quote':
    case 'before':
      return inner(ctx, trig.span);
    case 'phrase':
      return running(ctx, trig.start, 'indirect');
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
      return running(ctx, next.start, 'direct');
    }
  }
}

/** The sentence holding the cue, extended to cover the content. */
export function quoteSentence(ctx: QuoteContext, cueStart: number, content: Span): Span {
  const s = spanAt(ctx.doc.sentences, cueStart) ?? { start: cueStart, end: cueStart };
  const c = spanAt(ctx.doc.sentences, content.start) ?? s;
  return { start: Math.min(s.start, c.start), end: Math.max(s.end, content.end) };
}
