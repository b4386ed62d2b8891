/**
 * Deep links with a URL text fragment (`#:~:text=`), so a citation opens the article scrolled to
 * the sentence in any browser that supports them, for anyone, without the extension.
 *
 * Short sentences are quoted whole; long ones as `start,end` (a few words each side) to keep the
 * link short. Each candidate directive is checked against the article text with the browser's
 * matching rules (first match, whole words, whitespace collapsed); when the words also occur
 * earlier, words just before (prefix) or after (suffix) the sentence on the same line are added
 * until the link lands on this sentence and no other.
 *
 * Shared: the popup links and exports with it, the worker's reading log stores each quote's link.
 */
import type { Span } from '../engine/types.js';
import { pageKey } from './analysis-store.js';

const EDGE_WORDS = 4;
const WHOLE_MAX_WORDS = 2 * EDGE_WORDS + 2;
const CONTEXT_WORDS = 6;

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** Percent-encodes a term: `-`, `,` and `&` have a meaning inside a text directive. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const collapse = (s: string) => s.replace(/\s+/g, ' ');
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);

/** The article text as a browser matches it: whitespace runs collapsed, case folded. */
interface Haystack {
  text: string;
  flat: string;
  /** `flat` lower-cased, or `flat` itself where folding would shift offsets. */
  folded: string;
  /** Offset in `flat` of each offset of `text` (length text.length + 1). */
  toFlat: Uint32Array;
}

let cached: Haystack | null = null;

/** JavaScript's `\s`, by code unit: this runs over every character of a long article. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Prepared once per article text: exports and lists link every item into the same text. */
function haystack(text: string): Haystack {
  if (cached?.text === text) return cached;
  const toFlat = new Uint32Array(text.length + 1);
  const parts: string[] = [];
  let n = 0;
  let chunkStart = 0;
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    toFlat[i] = n;
    if (isSpace(text.charCodeAt(i))) {
      if (!prevSpace) {
        parts.push(text.slice(chunkStart, i), ' ');
        n++;
      }
      prevSpace = true;
      chunkStart = i + 1;
    } else {
      prevSpace = false;
      n++;
    }
  }
  toFlat[text.length] = n;
  parts.push(text.slice(chunkStart));
  const flat = parts.join('');
  const lower = flat.toLowerCase();
  cached = { text, flat, folded: lower.length === flat.length ? lower : flat, toFlat };
  return cached;
}

const fold = (h: Haystack, s: string) => (h.folded === h.flat ? s : s.toLowerCase());

/** Is `term` at `i` of the flat text a whole-word match (no letter glued on either side)? */
function wordBounded(flat: string, i: number, term: string): boolean {
  const okStart = !isWordChar(term[0]) || !isWordChar(flat[i - 1]);
  const okEnd = !isWordChar(term[term.length - 1]) || !isWordChar(flat[i + term.length]);
  return okStart && okEnd;
}

/** Next whole-word, case-insensitive occurrence of `term` at or after `from`, or -1. */
function findWord(h: Haystack, term: string, from: number): number {
  const t = fold(h, term);
  for (let i = h.folded.indexOf(t, from); i >= 0; i = h.folded.indexOf(t, i + 1)) if (wordBounded(h.flat, i, term)) return i;
  return -1;
}

/** Does `term` sit at `pos`, after an optional space? Returns the position after it, or -1. */
function followedBy(h: Haystack, pos: number, term: string): number {
  const p = h.flat[pos] === ' ' ? pos + 1 : pos;
  return h.folded.startsWith(fold(h, term), p) && wordBounded(h.flat, p, term) ? p + term.length : -1;
}

function resolve(h: Haystack, d: TextDirective): Span | null {
  let from = 0;
  for (;;) {
    let startAt: number;
    if (d.prefix) {
      const p = findWord(h, d.prefix, from);
      if (p < 0) return null;
      from = p + 1;
      startAt = p + d.prefix.length;
      if (h.flat[startAt] === ' ') startAt++;
      if (followedBy(h, startAt, d.start) < 0) continue;
    } else {
      startAt = findWord(h, d.start, from);
      if (startAt < 0) return null;
      from = startAt + 1;
    }
    const afterStart = startAt + d.start.length;
    if (!d.end) {
      if (!d.suffix || followedBy(h, afterStart, d.suffix) >= 0) return { start: startAt, end: afterStart };
      continue;
    }
    // With an end term, later end matches are tried for the same start until the suffix fits.
    const firstEnd = findWord(h, d.end, afterStart);
    if (firstEnd < 0) return null;
    for (let e = firstEnd; e >= 0; e = findWord(h, d.end, e + 1)) {
      const endAt = e + d.end.length;
      if (!d.suffix || followedBy(h, endAt, d.suffix) >= 0) return { start: startAt, end: endAt };
    }
  }
}

/** The terms of a text directive for `span` of `text` (the article text the offsets point into). */
export function textDirective(text: string, span: Span): TextDirective | null {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const raw = text.slice(start, end);
  const target = collapse(raw).trim();
  if (!target) return null;
  const h = haystack(text);
  const lead = raw.length - raw.trimStart().length;
  const flatStart = h.toFlat[start + lead];
  const want: Span = { start: flatStart, end: flatStart + target.length };

  const w = words(target);
  const bases: TextDirective[] = [];
  if (w.length > WHOLE_MAX_WORDS) bases.push({ start: w.slice(0, EDGE_WORDS).join(' '), end: w.slice(-EDGE_WORDS).join(' ') });
  bases.push({ start: target });
  // Context comes from the same line only: a browser does not match across a block boundary.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', end);
  const before = words(text.slice(Math.max(lineStart, start - 400), start)).slice(-CONTEXT_WORDS);
  const after = words(text.slice(end, Math.min(lineEndRaw < 0 ? text.length : lineEndRaw, end + 400))).slice(0, CONTEXT_WORDS);

  const hits = (d: TextDirective) => {
    const r = resolve(h, d);
    return !!r && r.start === want.start && r.end === want.end;
  };
  for (const base of bases) {
    if (hits(base)) return base;
    for (let k = 1; k <= CONTEXT_WORDS; k++) {
      const prefix = k <= before.length ? before.slice(-k).join(' ') : undefined;
      const suffix = k <= after.length ? after.slice(0, k).join(' ') : undefined;
      if (!prefix && !suffix) break;
      const tries: TextDirective[] = [];
      if (prefix) tries.push({ ...base, prefix });
      if (suffix) tries.push({ ...base, suffix });
      if (prefix && suffix) tries.push({ ...base, prefix, suffix });
      const found = tries.find(hits);
      if (found) return found;
    }
  }
  // The same words, with the same neighbours, occur earlier: a link can only reach the first copy,
  // so quote the sentence whole and land on identical text at least.
  return { start: target };
}

/** `url#:~:text=…` pointing at `span`; the bare URL when the span holds no text. */
export function textFragmentUrl(url: string, text: string, span: Span): string {
  // An old text directive or anchor must not stay in.
  const base = pageKey(url);
  const d = textDirective(text, span);
  if (!d) return base;
  const terms = [
    d.prefix ? `${encodeTerm(d.prefix)}-` : '',
    encodeTerm(d.start),
    d.end ? encodeTerm(d.end) : '',
    d.suffix ? `-${encodeTerm(d.suffix)}` : '',
  ].filter(Boolean);
  return `${base}#:~:text=${terms.join(',')}`;
}
