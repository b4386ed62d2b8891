/**
 * Normalization for matching (never for display). Arabic news spells the same word many ways
 * (أحمد/احمد، مدرسة/مدرسه، مصطفى/مصطفي, with or without harakat and tatweel), so every lookup in a
 * lexicon goes through `normalizeWord`. Whole texts go through `normalize`, which also returns the
 * way back: `map[i]` is the index in the original text of normalized character `i`.
 *
 * Both functions use one code-unit table, so a word normalizes the same way alone or inside a text.
 * Characters outside the table (other scripts, emoji, lone surrogates) pass through unchanged, so
 * the normalized text never loses information a later step could need.
 */
import { ARABIC_INDIC_ZERO, ARABIC_MARKS, BIDI_CONTROLS, EXTENDED_ARABIC_INDIC_ZERO, INVISIBLE_FORMAT, TATWEEL, ZERO_WIDTH_JOINERS } from './charset.js';

export interface Normalized {
  text: string;
  /** `map[i]` = original UTF-16 index of `text[i]`; `map[text.length]` = original length. */
  map: Int32Array;
}

const KEEP = -1;
const DROP = -2;
/** Arabic presentation forms: expanded through NFKC (ligatures such as ﻻ become several letters). */
const EXPAND = -3;

/** One entry per BMP code unit: KEEP, DROP, EXPAND or the replacement code unit. */
const TABLE: Int32Array = (() => {
  const t = new Int32Array(0x10000).fill(KEEP);
  const set = (from: string, to: string | number) => {
    for (const ch of from) t[ch.charCodeAt(0)] = typeof to === 'number' ? to : to.charCodeAt(0);
  };
  const range = (a: number, b: number, to: number) => {
    for (let c = a; c <= b; c++) t[c] = to;
  };
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32; // ASCII upper case
  // Letter variants: alef forms, hamza seats, alef maqsura, ta marbuta, Persian/Urdu look-alikes.
  set('أإآٱٲٳٵ', 'ا');
  set('ىیېۍ', 'ي');
  set('ئٸ', 'ي');
  set('ؤٶ', 'و');
  set('ةۃۀەھہ', 'ه');
  set('کڪ', 'ك');
  t[TATWEEL] = DROP;
  for (const [a, b] of ARABIC_MARKS) range(a, b, DROP);
  for (const [a, b] of [...BIDI_CONTROLS, ...INVISIBLE_FORMAT]) range(a, b, DROP);
  for (const c of ZERO_WIDTH_JOINERS) t[c] = DROP;
  // Digits: Arabic-Indic and Persian (Extended Arabic-Indic) become ASCII.
  for (let d = 0; d < 10; d++) {
    t[ARABIC_INDIC_ZERO + d] = 0x30 + d;
    t[EXTENDED_ARABIC_INDIC_ZERO + d] = 0x30 + d;
  }
  // Punctuation variants.
  set('٫', '.');
  set('٬', ',');
  set('،', ',');
  set('؛', ';');
  set('؟', '?');
  set('۔', '.');
  set('٪', '%');
  set('٭', '*');
  set('؍', '/');
  set('﴾', '(');
  set('﴿', ')');
  set('«»“”„‟″', '"');
  set('‘’‚‛′', "'");
  set('‐‑‒–—―−', '-');
  set('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', ' ');
  // Full-width ASCII (seen in pasted text) becomes ASCII, upper case folded.
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const a = c - 0xfee0;
    t[c] = a >= 0x41 && a <= 0x5a ? a + 32 : a;
  }
  range(0xfb50, 0xfdff, EXPAND);
  range(0xfe70, 0xfefc, EXPAND);
  return t;
})();

const expandCache = new Map<number, string>();

/** The normalized letters of one presentation-form code unit («ﻻ» → «لا»), '' when it is a mark. */
function expand(c: number): string {
  let hit = expandCache.get(c);
  if (hit === undefined) {
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    hit = nfkc.length === 1 && nfkc.charCodeAt(0) === c ? nfkc : normalizeWord(nfkc);
    expandCache.set(c, hit);
  }
  return hit;
}

/** Normalizes a whole text and records, for every output character, its original index. */
export function normalize(text: string): Normalized {
  const n = text.length;
  let buf = new Uint16Array(n + 16);
  let map = new Int32Array(n + 17);
  let len = 0;
  const grow = (extra: number) => {
    if (len + extra < buf.length) return;
    const size = Math.max(buf.length * 2, len + extra + 16);
    const b = new Uint16Array(size);
    b.set(buf);
    buf = b;
    const m = new Int32Array(size + 1);
    m.set(map);
    map = m;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const r = TABLE[c];
    if (r === KEEP) {
      buf[len] = c;
      map[len++] = i;
    } else if (r >= 0) {
      buf[len] = r;
      map[len++] = i;
    } else if (r === EXPAND) {
      // Ligatures expand to several letters; all of them point at the ligature.
      // The buffer must also keep room for the rest of the input, written without checks.
      const e = expand(c);
      grow(e.length + (n - i));
      for (let k = 0; k < e.length; k++) {
        buf[len] = e.charCodeAt(k);
        map[len++] = i;
      }
    }
    // DROP: nothing is written.
  }
  map[len] = n;
  let out = '';
  const CHUNK = 8192; // String.fromCharCode.apply has an argument-count limit
  for (let k = 0; k < len; k += CHUNK) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]);
  return { text: out, map: map.slice(0, len + 1) };
}

/** Normalizes a short string for lexicon lookup, without building an offset map. */
export function normalizeWord(word: string): string {
  let out = '';
  let from = 0; // start of the current run of unchanged characters
  for (let i = 0; i < word.length; i++) {
    const r = TABLE[word.charCodeAt(i)];
    if (r === KEEP) continue;
    out += word.slice(from, i);
    from = i + 1;
    if (r >= 0) out += String.fromCharCode(r);
    else if (r === EXPAND) out += expand(word.charCodeAt(i));
  }
  return from === 0 ? word : out + word.slice(from);
}

/** Maps a normalized span back to the original text: [start, end) in original indices. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const last = n.map.length - 1;
  start = Math.max(0, Math.min(start, last));
  end = Math.max(start, Math.min(end, last));
  const s = n.map[start];
  // Trailing dropped marks (harakat after the last letter) belong to the span; a ligature split
  // in the middle maps to its whole original character.
  const e = end > start ? Math.max(n.map[end - 1] + 1, n.map[end]) : s;
  return [s, e];
}

/** True for characters that are dropped by normalization (diacritics, tatweel, controls). */
export function isIgnorable(code: number): boolean {
  return code >= 0 && code < 0x10000 && TABLE[code] === DROP;
}

/** Number of UTF-16 units `normalizeWord` produces for one code unit (0 when it is dropped). */
export function normalizedWidth(code: number): number {
  const r = TABLE[code & 0xffff];
  if (r === DROP) return 0;
  if (r === EXPAND) return expand(code).length;
  return 1;
}
