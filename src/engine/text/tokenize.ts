/**
 * Tokens with exact offsets into the original text, and the clitic-stripped stems later stages
 * match against lexicons («وإدلب» → إدلب, «بدمشق» → دمشق, «للمرصد» → المرصد, «لـروسيا» → روسيا).
 */
import { normalizeWord, normalizedWidth } from './normalize.js';
import { ENCLITICS, CONJUNCTIONS, PREPOSITIONS } from '../lang/ar/clitics.js';

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
  /** Harakat, tatweel, zero-width joiners, soft hyphen: glue inside a word, never start one. */
  Mark,
  Digit,
  Latin,
  /** Combining marks of Latin and other scripts. */
  LatinMark,
  Punct,
  /** Invisible bidi and format controls: separate words, but may sit inside a number. */
  Format,
  Other,
}

const CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000).fill(C.Other);
  const range = (a: number, b: number, k: C) => t.fill(k, a, b + 1);
  range(0x21, 0x7f, C.Punct);
  range(0x30, 0x39, C.Digit);
  range(0x41, 0x5a, C.Latin);
  range(0x61, 0x7a, C.Latin);
  range(0xa1, 0xbf, C.Punct);
  range(0xc0, 0x24f, C.Latin);
  t[0xd7] = C.Punct;
  t[0xf7] = C.Punct;
  range(0x0370, 0x03ff, C.Latin); // Greek and Cyrillic behave like Latin words here
  range(0x0400, 0x052f, C.Latin);
  range(0x1e00, 0x1eff, C.Latin);
  range(0x0300, 0x036f, C.LatinMark);
  range(0x1ab0, 0x1aff, C.LatinMark);
  range(0x1dc0, 0x1dff, C.LatinMark);
  range(0x20d0, 0x20ff, C.LatinMark);
  range(0xfe20, 0xfe2f, C.LatinMark);
  // Arabic letters (base block, supplement, extended-A, presentation forms).
  range(0x0621, 0x064a, C.Arabic);
  range(0x066e, 0x06d3, C.Arabic);
  t[0x06d5] = C.Arabic;
  range(0x06ee, 0x06ef, C.Arabic);
  range(0x06fa, 0x06ff, C.Arabic);
  range(0x0750, 0x077f, C.Arabic);
  range(0x08a0, 0x08d2, C.Arabic);
  range(0xfb50, 0xfdff, C.Arabic);
  range(0xfe70, 0xfefc, C.Arabic);
  // Marks that glue to the letters around them.
  range(0x064b, 0x065f, C.Mark);
  t[0x0670] = C.Mark;
  t[0x0640] = C.Mark;
  range(0x0610, 0x061a, C.Mark);
  range(0x06d6, 0x06ed, C.Mark);
  range(0x08d3, 0x08ff, C.Mark);
  for (const c of [0x200c, 0x200d, 0x00ad]) t[c] = C.Mark;
  range(0x0660, 0x0669, C.Digit);
  range(0x06f0, 0x06f9, C.Digit);
  // Arabic punctuation.
  for (const c of [0x060c, 0x060d, 0x061b, 0x061e, 0x061f, 0x066a, 0x066b, 0x066c, 0x066d, 0x06d4, 0xfd3e, 0xfd3f]) t[c] = C.Punct;
  range(0x2010, 0x205e, C.Punct);
  range(0x3001, 0x303f, C.Punct);
  range(0xff01, 0xff5e, C.Punct);
  // Separators.
  for (let c = 0; c <= 0x20; c++) t[c] = C.Space;
  for (const c of [0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x200b]) t[c] = C.Space;
  range(0x2000, 0x200a, C.Space);
  for (const c of [0x200e, 0x200f, 0x061c, 0xfeff, 0x180e]) t[c] = C.Format;
  range(0x202a, 0x202e, C.Format);
  range(0x2060, 0x2064, C.Format);
  range(0x2066, 0x2069, C.Format);
  return t;
})();

/** Separators that may sit inside a number when a digit follows: 2015.4 ١٢٫٥ 1,000 ١،٢٣٤ 15/10 7:39 */
function isNumberInfix(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x060c || c === 0x2f || c === 0x3a;
}

function push(tokens: Token[], text: string, start: number, end: number, kind: TokenKind): void {
  const surface = text.slice(start, end);
  tokens.push({ index: tokens.length, start, end, text: surface, norm: normalizeWord(surface), kind });
}

/** Index after any invisible format characters from `i`. */
function skipFormat(text: string, i: number): number {
  while (i < text.length && CLASS[text.charCodeAt(i)] === C.Format) i++;
  return i;
}

/** Splits text into word, number, Latin and punctuation tokens. Never throws; linear time. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (typeof text !== 'string') return tokens;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === C.Space || k === C.Format) {
      i++;
      continue;
    }
    const start = i;
    if (k === C.Arabic || k === C.Mark) {
      let letters = k === C.Arabic;
      i++;
      while (i < n) {
        const kk = CLASS[text.charCodeAt(i)];
        if (kk === C.Arabic) letters = true;
        else if (kk !== C.Mark) break;
        i++;
      }
      // A token of marks alone (stray tatweel or harakat) is not a word.
      push(tokens, text, start, i, letters ? 'word' : 'other');
    } else if (k === C.Digit) {
      i++;
      while (i < n) {
        const cc = text.charCodeAt(i);
        if (CLASS[cc] === C.Digit) {
          i++;
          continue;
        }
        // Bidi marks pasted around separators («25799‪,‪52») stay inside the number.
        const j = skipFormat(text, i);
        if (j < n && isNumberInfix(text.charCodeAt(j))) {
          const d = skipFormat(text, j + 1);
          if (d < n && CLASS[text.charCodeAt(d)] === C.Digit) {
            i = d + 1;
            continue;
          }
        } else if (j > i && j < n && CLASS[text.charCodeAt(j)] === C.Digit) {
          i = j + 1;
          continue;
        }
        break;
      }
      push(tokens, text, start, i, 'number');
    } else if (k === C.Latin) {
      i++;
      while (i < n) {
        const cc = text.charCodeAt(i);
        const kk = CLASS[cc];
        if (kk === C.Latin || kk === C.Digit || kk === C.LatinMark) i++;
        else if ((cc === 0x27 || cc === 0x2d || cc === 0x2019) && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C.Latin) i += 2;
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
      // Surrogate pairs stay whole so a token never splits a code point; combining marks stay
      // with the symbol they decorate.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      while (i < n && CLASS[text.charCodeAt(i)] === C.LatinMark) i++;
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
    for (const conj of CONJUNCTIONS) {
      if (conj && !norm.startsWith(conj)) continue;
      const w1 = norm.slice(conj.length);
      for (const prep of PREPOSITIONS) {
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
        const stem = s.stem.slice(0, -suf.length);
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
 * so a stem found in the normalized form can be highlighted without its clitics. Marks and tatweel
 * right after a clitic («لـروسيا») stay with the clitic.
 */
export function originalOffset(token: Token, normIndex: number): number {
  if (normIndex <= 0) return token.start;
  let kept = 0;
  const t = token.text;
  for (let i = 0; i < t.length; i++) {
    const w = normalizedWidth(t.charCodeAt(i));
    if (w === 0) continue;
    if (kept >= normIndex) return token.start + i;
    kept += w;
  }
  return token.end;
}
