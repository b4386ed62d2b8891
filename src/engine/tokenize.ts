/**
 * Tokens with exact offsets into the original text, and the clitic-stripped stems later stages
 * match against lexicons («وإدلب» → إدلب, «بدمشق» → دمشق, «للمرصد» → المرصد).
 */
import { normalizeWord } from './normalize.js';
import { ENCLITICS } from './lexicon/clitics.js';

export type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'other';

export interface Token {
  /** Index of this token in the document's token array. */
  index: number;
  start: number;
  end: number;
  /** Surface text exactly as in the original. */
  text: string;
  /** `normalizeWord(text)`: diacritics and tatweel gone, letter variants unified. */
  norm: string;
  kind: TokenKind;
}

/** One way to read a word: proclitics + stem + enclitic, all normalized. */
export interface Stem {
  stem: string;
  /** Normalized proclitics removed, e.g. 'و', 'وب', 'وال', 'لل'. */
  prefix: string;
  /** Normalized enclitic pronoun removed ('' when none). */
  suffix: string;
  /** True when the definite article ال (or the ل of لل) was removed. */
  article: boolean;
}

const enum C {
  Space,
  Arabic,
  Mark, // harakat, tatweel, zero-width joiners: glue, never start a token on their own
  Digit,
  Latin,
  Punct,
  Other,
}

function classify(c: number): C {
  if (c <= 0x20 || c === 0x85 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000) return C.Space;
  if (c >= 0x30 && c <= 0x39) return C.Digit;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return C.Latin;
  if (c < 0x80) return C.Punct;
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return C.Digit;
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed) || c === 0x200c || c === 0x200d) return C.Mark;
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return C.Arabic;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return C.Latin;
  if (c === 0x200b || c === 0x200e || c === 0x200f || c === 0x061c || c === 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return C.Space;
  if ((c >= 0x2010 && c <= 0x205e) || c === 0x060c || c === 0x061b || c === 0x061f || c === 0x066a || c === 0x066b || c === 0x066c || c === 0x06d4 || c === 0xab || c === 0xbb || (c >= 0xa1 && c <= 0xbf)) return C.Punct;
  return C.Other;
}

/** Separators that may sit inside a number when a digit follows: 2015.4 ١٢٫٥ 1,000 15/10 7:39 */
function isNumberInfix(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x2f || c === 0x3a;
}

function push(tokens: Token[], text: string, start: number, end: number, kind: TokenKind): void {
  const surface = text.slice(start, end);
  tokens.push({ index: tokens.length, start, end, text: surface, norm: normalizeWord(surface), kind });
}

/** Splits text into word, number, Latin and punctuation tokens. Never throws; linear time. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classify(c);
    if (k === C.Space) {
      i++;
      continue;
    }
    const start = i;
    if (k === C.Arabic || k === C.Mark) {
      i++;
      while (i < n) {
        const kk = classify(text.charCodeAt(i));
        if (kk !== C.Arabic && kk !== C.Mark) break;
        i++;
      }
      // A token of marks alone (stray tatweel or harakat) is not a word.
      push(tokens, text, start, i, /[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/.test(text.slice(start, i)) ? 'word' : 'other');
    } else if (k === C.Digit) {
      i++;
      while (i < n) {
        const cc = text.charCodeAt(i);
        if (classify(cc) === C.Digit) i++;
        else if (isNumberInfix(cc) && i + 1 < n && classify(text.charCodeAt(i + 1)) === C.Digit) i += 2;
        else break;
      }
      push(tokens, text, start, i, 'number');
    } else if (k === C.Latin) {
      i++;
      while (i < n) {
        const cc = text.charCodeAt(i);
        const kk = classify(cc);
        if (kk === C.Latin || kk === C.Digit) i++;
        else if ((cc === 0x27 || cc === 0x2d || cc === 0x2019) && i + 1 < n && classify(text.charCodeAt(i + 1)) === C.Latin) i += 2;
        else break;
      }
      push(tokens, text, start, i, 'latin');
    } else if (k === C.Punct) {
      // Runs of dots (ellipsis) and of ?!؟ stay together; other punctuation is one token each.
      const ch = text[i];
      i++;
      if (ch === '.' || ch === '!' || ch === '?' || ch === '؟') {
        while (i < n && (text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === '؟')) i++;
      }
      push(tokens, text, start, i, 'punct');
    } else {
      // Surrogate pairs stay whole so a token never splits a code point.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      push(tokens, text, start, i, 'other');
    }
  }
  return tokens;
}

const stemCache = new Map<string, readonly Stem[]>();
const STEM_CACHE_LIMIT = 50_000;

/**
 * Every plausible reading of a normalized word as proclitics + stem (+ enclitic), the whole word
 * first. Conservative: a stem keeps at least two letters, and an enclitic is only removed from a
 * stem of three letters or more.
 */
export function stemCandidates(norm: string): readonly Stem[] {
  const hit = stemCache.get(norm);
  if (hit) return hit;
  const out: Stem[] = [];
  const seen = new Set<string>();
  const add = (stem: string, prefix: string, article: boolean) => {
    if (stem.length < 2) return;
    const key = prefix + '|' + stem;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ stem, prefix, suffix: '', article });
  };
  add(norm, '', false);
  if (norm.length >= 3) {
    for (const conj of ['', 'و', 'ف']) {
      if (conj && !norm.startsWith(conj)) continue;
      const w1 = norm.slice(conj.length);
      for (const prep of ['', 'ب', 'ك', 'ل', 'س']) {
        if (prep && !w1.startsWith(prep)) continue;
        const w2 = w1.slice(prep.length);
        const prefix = conj + prep;
        if (prefix) add(w2, prefix, false);
        if (w2.startsWith('ال') && w2.length >= 4) add(w2.slice(2), prefix + 'ال', true);
        // لل = ل + ال with the alef dropped: «للمرصد» reads as ل + المرصد.
        if (prep === 'ل' && w2.startsWith('ل') && w2.length >= 3) {
          add('ال' + w2.slice(1), prefix, false);
          add(w2.slice(1), prefix + 'ل', true);
        }
      }
    }
  }
  // Enclitic pronouns on every reading so far («مقاتليه» → مقاتلي, «بحوزتهم» → حوزة).
  const base = out.length;
  for (let j = 0; j < base; j++) {
    const s = out[j];
    for (const suf of ENCLITICS) {
      if (s.stem.length - suf.length >= 3 && s.stem.endsWith(suf)) {
        let stem = s.stem.slice(0, -suf.length);
        // ta marbuta becomes ta before a pronoun: حوزتهم → حوزه
        if (stem.endsWith('ت')) out.push({ stem: stem.slice(0, -1) + 'ه', prefix: s.prefix, suffix: suf, article: s.article });
        out.push({ stem, prefix: s.prefix, suffix: suf, article: s.article });
      }
    }
  }
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(norm, out);
  return out;
}

/**
 * The original-text offset inside `token` where its normalized character `normIndex` starts,
 * so a stem found in the normalized form can be highlighted without its clitics.
 */
export function originalOffset(token: Token, normIndex: number): number {
  if (normIndex <= 0) return token.start;
  let kept = 0;
  for (let i = 0; i < token.text.length; i++) {
    const w = normalizeWord(token.text[i]).length;
    if (w === 0) continue;
    if (kept >= normIndex) return token.start + i;
    kept += w;
  }
  return token.end;
}
