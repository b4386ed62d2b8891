/**
 * Tokens with exact offsets into the original text, each with its normalized form. How a word
 * reads as clitics + stem is `clitics.ts`; `originalOffset` maps a stem found there back into the
 * token's original text.
 */
import { normalizeWord, normalizedWidth } from './normalize.js';
import { ARABIC_INDIC_ZERO, ARABIC_LETTERS, ARABIC_MARKS, BIDI_CONTROLS, EXTENDED_ARABIC_INDIC_ZERO, SMALL_LETTERS, TATWEEL, ZERO_WIDTH_JOINERS } from './charset.js';

type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'other';

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
  for (const [a, b] of ARABIC_LETTERS) range(a, b, C.Arabic);
  // Marks that glue to the letters around them (small waw and yeh too: they never start a word).
  for (const [a, b] of ARABIC_MARKS) range(a, b, C.Mark);
  for (const c of [...SMALL_LETTERS, TATWEEL, ...ZERO_WIDTH_JOINERS, 0x00ad]) t[c] = C.Mark;
  range(ARABIC_INDIC_ZERO, ARABIC_INDIC_ZERO + 9, C.Digit);
  range(EXTENDED_ARABIC_INDIC_ZERO, EXTENDED_ARABIC_INDIC_ZERO + 9, C.Digit);
  // Arabic punctuation.
  for (const c of [0x060c, 0x060d, 0x061b, 0x061e, 0x061f, 0x066a, 0x066b, 0x066c, 0x066d, 0x06d4, 0xfd3e, 0xfd3f]) t[c] = C.Punct;
  range(0x2010, 0x205e, C.Punct);
  range(0x3001, 0x303f, C.Punct);
  range(0xff01, 0xff5e, C.Punct);
  // Separators.
  for (let c = 0; c <= 0x20; c++) t[c] = C.Space;
  for (const c of [0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x200b]) t[c] = C.Space;
  range(0x2000, 0x200a, C.Space);
  for (const [a, b] of BIDI_CONTROLS) range(a, b, C.Format);
  for (const c of [0xfeff, 0x180e]) t[c] = C.Format;
  range(0x2060, 0x2064, C.Format);
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
    // «#حزب_الله»: a hashtag joins a name's words with «_»; read it as the space it stands for.
    // The «#» itself, before an Arabic word, is read like a space too: «دونالد #ترمب» is one name
    // to the tagger, and the mention still spans the «#» between its words.
    if (
      k === C.Space ||
      k === C.Format ||
      (c === 0x5f && i > 0 && i + 1 < n && CLASS[text.charCodeAt(i - 1)] === C.Arabic && CLASS[text.charCodeAt(i + 1)] === C.Arabic) ||
      (c === 0x23 && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C.Arabic)
    ) {
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
