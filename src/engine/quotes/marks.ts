/**
 * Quotation marks paired within each paragraph: « » (nesting allowed), “ ” and „ (either way round,
 * since right-to-left typing often swaps them), ASCII " (toggling), ‹ › and ‘ ’. A mark left open at
 * the paragraph's end runs to that end: Arabic news often forgets the closing guillemet. One left
 * open when a verb of saying in a later sentence opens a new quotation ends with its last sentence.
 */
import type { Span } from '../types.js';
import { normalizeWord } from '../text/normalize.js';
import { cueAt } from './cue-index.js';

export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quotation is never closed in its paragraph. */
  close: number;
  /** The text inside the marks (to the paragraph's end when unclosed). */
  innerStart: number;
  innerEnd: number;
}

type Family = 'guillemet' | 'curly' | 'ascii' | 'single' | 'angle';

function familyOf(ch: string): Family | null {
  switch (ch) {
    case '«':
    case '»':
      return 'guillemet';
    case '“':
    case '”':
    case '„':
    case '‟':
      return 'curly';
    case '"':
      return 'ascii';
    case '‘':
      return 'single';
    case '‹':
    case '›':
      return 'angle';
    default:
      return null;
  }
}

export interface QuoteMarks {
  spans: QuotedSpan[];
  byOpen: Map<number, QuotedSpan>;
  byClose: Map<number, QuotedSpan>;
}

export function pairQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteMarks {
  const spans: QuotedSpan[] = [];
  // The first mark at or after `from` (null: none). A paragraph without marks leaves it for the
  // next one: searching again from each paragraph's start would read the text to its next mark
  // once per paragraph (quadratic when marks are few: 1.5 s for 100k words with one mark).
  let found: RegExpExecArray | null = null;
  let from = Infinity;
  for (const p of paragraphs) {
    const stack: { pos: number; family: Family }[] = [];
    if (from > p.start || (found && found.index < p.start)) {
      MARK.lastIndex = p.start;
      from = p.start;
      found = MARK.exec(text);
    }
    for (; found && found.index < p.end; found = MARK.exec(text)) {
      from = found.index + 1;
      const i = found.index;
      const ch = text[i];
      const family = familyOf(ch);
      if (ch === '’') {
        // A right single quote is an apostrophe unless a left one is open.
        const k = findOpen(stack, 'single');
        if (k >= 0) closeAt(stack, k, i, spans);
        continue;
      }
      const k = findOpen(stack, family!);
      const side = k >= 0 && UNDIRECTED.has(ch) ? sideOf(text, i, p.start, p.end) : null;
      const isOpener = ch === '«' || ch === '‹' || ch === '„' || ch === '‘' || side === 'open';
      const isCloser = ch === '»' || ch === '›' || side === 'close';
      if (isCloser) {
        if (k >= 0) closeAt(stack, k, i, spans);
        continue;
      }
      // «… يومين "هذا الاجتماع … الكورية. وأضاف "تبادل …"»: a new quotation opened by a verb of
      // saying in a later sentence means the one still open was never closed: it ends with its
      // last sentence, and the new one stands on its own (ANT: the usual way a missing closing
      // mark shows, swallowing every attribution after it).
      if (k >= 0 && side === 'open') {
        const end = lastSentenceEnd(text, stack[k].pos, i);
        if (end > 0 && saidBefore(text, i)) {
          spans.push({ open: stack[k].pos, close: -1, innerStart: stack[k].pos + 1, innerEnd: end });
          stack.splice(k);
          stack.push({ pos: i, family: family! });
          continue;
        }
      }
      // A mark that opens a quotation inside another of its own kind («"أظهر استطلاع "المؤشر" نموا"»)
      // nests; otherwise the undirected marks toggle, as typed.
      if (isOpener || k < 0) stack.push({ pos: i, family: family! });
      else closeAt(stack, k, i, spans);
    }
    // Unclosed marks run to the paragraph's end; an inner one left open inside an outer span is dropped.
    for (const o of stack) {
      if (o.family === 'single' || o.family === 'angle') continue;
      spans.push({ open: o.pos, close: -1, innerStart: o.pos + 1, innerEnd: p.end });
      break;
    }
  }
  spans.sort((a, b) => a.open - b.open);
  const byOpen = new Map<number, QuotedSpan>();
  const byClose = new Map<number, QuotedSpan>();
  for (const s of spans) {
    byOpen.set(s.open, s);
    if (s.close >= 0) byClose.set(s.close, s);
  }
  return { spans, byOpen, byClose };
}

/** How far back from a mark its previous sentence end is looked for (hostile pages stay linear). */
const MAX_SENTENCE_LOOKBACK = 2000;

/** The end of the last sentence (its stop) between an opening mark and `before`, or -1. */
function lastSentenceEnd(text: string, open: number, before: number): number {
  for (let j = before - 1; j > open + 1 && j > before - MAX_SENTENCE_LOOKBACK; j--) {
    const c = text[j];
    if ((c === '.' || c === '؟' || c === '!') && (text[j + 1] === ' ' || text[j + 1] === '\n') && !'"”»'.includes(text[j - 1])) return j;
  }
  return -1;
}

/** Whether the word right before the mark at i is a verb of saying («وأضاف "…"», «وزاد: "…"»). */
function saidBefore(text: string, i: number): boolean {
  const m = /([^\s:]+):?\s*$/u.exec(text.slice(Math.max(0, i - 24), i));
  if (!m) return false;
  const hit = cueAt({ index: 0, start: 0, end: 0, text: m[1], norm: normalizeWord(m[1]), kind: 'word' });
  return hit?.kind === 'verb';
}

/** Every character that may be a quotation mark, to jump from one to the next. */
const MARK = /[«»“”„‟"‘’‹›]/g;

/** Marks typed the same at both ends: which end each is, is read off its neighbours. */
const UNDIRECTED = new Set(['"', '“', '”', '‟']);
/** Letters that may be written on a quotation's first word as a proclitic («بـ"…"», «ل"…"», «و"…"»). */
const PROCLITIC = /[وفبلك]/;

/**
 * Which end of a quotation an undirected mark at i reads as: 'open' when a space, a bracket, a
 * colon or a proclitic letter stands before it and a word after it; 'close' when a word stands
 * before it and a space or punctuation after it; null when its neighbours do not tell.
 */
function sideOf(text: string, i: number, start: number, end: number): 'open' | 'close' | null {
  const before = i > start ? text[i - 1] : ' ';
  const after = i + 1 < end ? text[i + 1] : ' ';
  // A proclitic letter (with or without a tatweel) written alone before the mark: «بـ"…"», «ل"…"».
  let j = i - 1;
  if (j > start && text[j] === '\u0640') j--;
  const proclitic = j >= start && PROCLITIC.test(text[j]) && (j === start || /[\s(\[:]/.test(text[j - 1]));
  const spaceBefore = /[\s(\[:،,؛;«]/.test(before) || proclitic;
  const spaceAfter = /[\s.،,؛;:!?؟)\]»]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return null;
}

function findOpen(stack: readonly { family: Family }[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
  return -1;
}

function closeAt(stack: { pos: number; family: Family }[], k: number, close: number, out: QuotedSpan[]): void {
  const o = stack[k];
  // Marks opened inside and never closed are stray: they end with their enclosing quotation.
  stack.length = k;
  out.push({ open: o.pos, close, innerStart: o.pos + 1, innerEnd: close });
}

/** The matching «)» of the «(» at `open`, within `limit`, or -1. */
export function matchParen(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
