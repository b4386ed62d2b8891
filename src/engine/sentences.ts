/**
 * Sentence and paragraph boundaries over the original text.
 *
 * A sentence ends at . ! ? ؟ ؛ (a run of them, plus closing quotes and brackets), and always at a
 * line break, because extracted news text puts headlines on their own line without a stop. It does
 * not end at a dot inside a number (2015.4), after an abbreviation (د. ، U.S.), at an ellipsis, or
 * inside a quotation that is still open (multi-sentence quotes stay whole) — unless the quotation
 * has run on so long that its closing mark is probably missing.
 */
import type { Span } from './types.js';
import { normalizeWord } from './normalize.js';
import { ABBREVIATIONS } from './lexicon/abbreviations.js';

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '„': '”', '‹': '›' };
const CLOSERS = new Set(['»', '”', '›', '"', "'", '’', ')', ']', '}']);
/** A quotation open longer than this is treated as unbalanced and stops blocking boundaries. */
const MAX_QUOTE_LENGTH = 1500;

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

function isLetter(ch: string): boolean {
  return /[\p{L}\p{M}]/u.test(ch);
}

/** The word just before index `i` (the dot), for the abbreviation test. */
function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && (isLetter(text[s - 1]) || (text[s - 1] === '.' && s - 2 >= 0 && isLetter(text[s - 2])))) s--;
  return text.slice(s, i);
}

function isAbbreviation(word: string): boolean {
  if (!word) return false;
  const norm = normalizeWord(word);
  if (norm.replace(/\./g, '').length === 1) return true;
  return ABBREVIATIONS.has(norm);
}

/** «2015م.» «1436هـ.»: an era letter after a number ends a sentence like any word. */
function afterNumber(text: string, wordStart: number): boolean {
  let k = wordStart - 1;
  if (k >= 0 && text[k] === ' ') k--;
  return k >= 0 && isDigit(text.charCodeAt(k));
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let sentStart = 0;
  let open: string | null = null; // expected closer of the open quotation
  let openAt = -1;
  let asciiOpen = -1; // position of an unmatched ASCII double quote
  const cut = (end: number) => {
    const s = trimSpan(text, sentStart, end);
    if (s) out.push(s);
    sentStart = end;
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || ch === '\u2029') {
      cut(i);
      open = null;
      asciiOpen = -1;
      continue;
    }
    if (open === null && OPENERS[ch]) {
      open = OPENERS[ch];
      openAt = i;
      continue;
    }
    if (open !== null && ch === open) {
      open = null;
      continue;
    }
    if (ch === '"') {
      asciiOpen = asciiOpen < 0 ? i : -1;
      continue;
    }
    const isStop = ch === '.' || ch === '!' || ch === '?' || ch === '؟' || ch === '؛' || ch === '…' || ch === '۔';
    if (!isStop) continue;
    // Consume the whole run of terminators.
    let j = i + 1;
    while (j < n && '.!?؟…'.includes(text[j])) j++;
    const run = text.slice(i, j);
    const nextCode = j < n ? text.charCodeAt(j) : -1;
    let boundary = true;
    if (run === '.' && i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(nextCode)) boundary = false;
    else if (run === '.' && isAbbreviation(wordBefore(text, i)) && !afterNumber(text, i - wordBefore(text, i).length))
      boundary = false;
    else if (run === '…' || /^\.{2,}$/.test(run)) boundary = false; // ellipsis: a pause, not an end
    const quoteOpen =
      (open !== null && i - openAt < MAX_QUOTE_LENGTH) || (asciiOpen >= 0 && i - asciiOpen < MAX_QUOTE_LENGTH);
    if (boundary && quoteOpen) {
      // Inside an open quotation: only a stop directly before its closing mark ends the sentence.
      let k = j;
      while (k < n && text[k] === ' ') k++;
      const closesHere = k < n && ((open !== null && text[k] === open) || (asciiOpen >= 0 && text[k] === '"'));
      if (!closesHere) boundary = false;
    }
    if (!boundary) {
      i = j - 1;
      continue;
    }
    // Closing quotes and brackets after the stop belong to this sentence.
    while (j < n && (CLOSERS.has(text[j]) || text[j] === ' ' && j + 1 < n && CLOSERS.has(text[j + 1]))) {
      if (open !== null && text[j] === open) open = null;
      if (text[j] === '"') asciiOpen = asciiOpen < 0 ? j : -1;
      j++;
    }
    cut(j);
    i = j - 1;
  }
  cut(n);
  return out;
}

/** Paragraphs are the text's lines (extracted articles put one paragraph per line). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\r' || text[i] === '\u2029') {
      const s = trimSpan(text, start, i);
      if (s) out.push(s);
      start = i + 1;
    }
  }
  return out;
}

/** Index of the span containing `pos` in a sorted, non-overlapping list, or -1. Binary search. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
