/**
 * Sentence and paragraph boundaries over the original text.
 *
 * A sentence ends at . ! ? ؟ ؛ ۔ (a run of them, plus closing quotes and brackets), and always at
 * a line break, because extracted news text puts headlines on their own line without a stop. It
 * does not end at a dot inside a number (2015.4), after an abbreviation (د. ، U.S.), at an ellipsis,
 * or inside a quotation that is still open (multi-sentence quotes stay whole) — unless the
 * quotation has run on so long that its closing mark is probably missing.
 *
 * One pass over UTF-16 code units; every span is trimmed of white space.
 */
import type { Span } from '../types.js';
import { normalizeWord } from './normalize.js';
import { ABBREVIATIONS } from '../lang/ar/abbreviations.js';

/** Opening quotation marks and the mark that closes each. */
const OPENERS = new Map<number, number>([
  [0xab, 0xbb], // « »
  [0x201c, 0x201d], // “ ”
  [0x201e, 0x201d], // „ ”
  [0x2039, 0x203a], // ‹ ›
]);
/** Marks that may follow a stop and still belong to the sentence. */
const CLOSERS = new Set([0xbb, 0x201d, 0x203a, 0x22, 0x27, 0x2019, 0x29, 0x5d, 0x7d, 0xfd3f]);
/** A quotation open longer than this is treated as unbalanced and stops blocking boundaries. */
const MAX_QUOTE_LENGTH = 1500;

const ABBREV: ReadonlySet<string> = new Set([...ABBREVIATIONS].map((a) => normalizeWord(a)));

const DOT = 0x2e;
const ELLIPSIS = 0x2026;

function isStop(c: number): boolean {
  return c === DOT || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x061b || c === ELLIPSIS || c === 0x06d4;
}

/** Characters that continue a run of terminators: «؟!», «...». */
function isRunChar(c: number): boolean {
  return c === DOT || c === 0x21 || c === 0x3f || c === 0x061f || c === ELLIPSIS;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028 || c === 0x85;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || isBreak(c) || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x200e || c === 0x200f || c === 0x061c;
}

/** Letters and combining marks of any script (for the word before a dot). */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0621 && c <= 0x065f) return true;
  if (c === 0x0670 || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5) return true;
  if ((c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)) return true;
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return true;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return true;
  if (c >= 0x0300 && c <= 0x036f) return true;
  return c >= 0x0370 && c <= 0x052f;
}

/** Start of the word just before index `i` (the dot); inner dots of «U.S» and «ق.م» belong to it. */
function wordStartBefore(text: string, i: number): number {
  let s = i;
  while (s > 0 && i - s < 20) {
    const c = text.charCodeAt(s - 1);
    if (isLetter(c)) s--;
    else if (c === DOT && s - 2 >= 0 && isLetter(text.charCodeAt(s - 2))) s--;
    else break;
  }
  return s;
}

function isAbbreviation(word: string): boolean {
  if (!word) return false;
  const norm = normalizeWord(word);
  if (norm.replace(/\./g, '').length === 1) return true;
  return ABBREV.has(norm);
}

/** «2015م.» «1436هـ.»: an era letter after a number ends a sentence like any word. */
function afterNumber(text: string, wordStart: number): boolean {
  let k = wordStart - 1;
  if (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  return k >= 0 && isDigit(text.charCodeAt(k));
}

/**
 * «بي.بي.سي», «U.S.A»: a short letter group glued to the dot on both sides is an acronym. A long
 * word after a dot with no space is more likely a lost space between two sentences.
 */
function isDottedAcronymPart(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && k - from <= 3 && /[\p{L}]/u.test(text[k])) k++;
  return k > from && k - from <= 3 && (k >= text.length || !/[\p{L}\p{M}]/u.test(text[k]));
}

/** Length of the run of letters ending just before `i` (0 when there is none). */
function letterGroupBefore(text: string, i: number): number {
  let k = i;
  while (k > 0 && i - k <= 3 && /[\p{L}]/u.test(text[k - 1])) k--;
  return i - k === 0 ? 99 : i - k;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  if (typeof text !== 'string') return out;
  const n = text.length;
  let sentStart = 0;
  let open = -1; // expected closer of the open quotation, or -1
  let openAt = -1;
  let asciiOpen = -1; // position of an unmatched ASCII double quote
  const cut = (end: number) => {
    const s = trimSpan(text, sentStart, end);
    if (s) out.push(s);
    sentStart = end;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      cut(i);
      open = -1;
      asciiOpen = -1;
      continue;
    }
    if (open < 0 && OPENERS.has(c)) {
      open = OPENERS.get(c)!;
      openAt = i;
      continue;
    }
    if (open >= 0 && c === open) {
      open = -1;
      continue;
    }
    if (c === 0x22) {
      asciiOpen = asciiOpen < 0 ? i : -1;
      continue;
    }
    if (!isStop(c)) continue;
    // Consume the whole run of terminators.
    let j = i + 1;
    while (j < n && isRunChar(text.charCodeAt(j))) j++;
    const single = j === i + 1;
    const nextCode = j < n ? text.charCodeAt(j) : -1;
    let boundary = true;
    if (single && c === DOT) {
      if (i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(nextCode)) boundary = false;
      else {
        const ws = wordStartBefore(text, i);
        if (ws < i && isAbbreviation(text.slice(ws, i)) && !afterNumber(text, ws)) boundary = false;
        else if (letterGroupBefore(text, i) <= 3 && isDottedAcronymPart(text, i + 1)) boundary = false;
        // «العربية.نت»: a site's name, not two sentences.
        else if (text.startsWith('نت', i + 1) && isDottedAcronymPart(text, i + 1) && letterGroupBefore(text, i) < 99) boundary = false;
      }
    } else if (c === ELLIPSIS && single) boundary = false;
    else if (c === DOT || c === ELLIPSIS) {
      // A run made only of dots and ellipses is a pause, not an end.
      let allDots = true;
      for (let k = i; k < j; k++) {
        const d = text.charCodeAt(k);
        if (d !== DOT && d !== ELLIPSIS) allDots = false;
      }
      if (allDots) boundary = false;
    }
    const quoteOpen = (open >= 0 && i - openAt < MAX_QUOTE_LENGTH) || (asciiOpen >= 0 && i - asciiOpen < MAX_QUOTE_LENGTH);
    if (boundary && quoteOpen) {
      // Inside an open quotation: only a stop directly before its closing mark ends the sentence.
      let k = j;
      while (k < n && text.charCodeAt(k) === 0x20) k++;
      const ck = k < n ? text.charCodeAt(k) : -1;
      const closesHere = (open >= 0 && ck === open) || (asciiOpen >= 0 && ck === 0x22);
      if (!closesHere) boundary = false;
    }
    if (!boundary) {
      i = j - 1;
      continue;
    }
    // Closing quotes and brackets after the stop belong to this sentence.
    while (j < n) {
      const d = text.charCodeAt(j);
      // After a space, an ASCII quote more often opens the next sentence than closes this one.
      const e = j + 1 < n ? text.charCodeAt(j + 1) : -1;
      const closer = CLOSERS.has(d) || (d === 0x20 && CLOSERS.has(e) && (e !== 0x22 || asciiOpen >= 0) && e !== 0x27);
      if (!closer) break;
      if (open >= 0 && d === open) open = -1;
      if (d === 0x22) asciiOpen = asciiOpen < 0 ? j : -1;
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
  if (typeof text !== 'string') return out;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isBreak(text.charCodeAt(i))) {
      const s = trimSpan(text, start, i);
      if (s) out.push(s);
      start = i + 1;
    }
  }
  return out;
}

export { spanIndexAt } from '../spans.js';
