/**
 * Normalization for matching (never for display). Arabic news spells the same word many ways
 * (أحمد/احمد، مدرسة/مدرسه، مصطفى/مصطفي, with or without harakat and tatweel), so every lookup in a
 * lexicon goes through `normalizeWord`. Whole texts go through `normalize`, which also returns the
 * way back: `map[i]` is the index in the original text of normalized character `i`.
 */

export interface Normalized {
  text: string;
  /** `map[i]` = original UTF-16 index of `text[i]`; `map[text.length]` = original length. */
  map: Int32Array;
}

const DROP = 0; // marker in the table: the character disappears

/** Single-character replacements; characters not listed are kept as they are. */
const TABLE: Map<number, number> = (() => {
  const t = new Map<number, number>();
  const set = (from: string, to: string | typeof DROP) => {
    for (const ch of from) t.set(ch.codePointAt(0)!, to === DROP ? DROP : to.codePointAt(0)!);
  };
  set('أإآٱٲٳٵ', 'ا');
  set('ى', 'ي');
  set('ی', 'ي'); // Persian yeh, common in badly-encoded Arabic text
  set('ک', 'ك');
  set('ة', 'ه');
  set('ؤ', 'و');
  set('ئ', 'ي');
  set('ـ', DROP); // tatweel
  // Harakat, tanwin, shadda, sukun, superscript alef and Quranic annotation marks.
  for (let c = 0x064b; c <= 0x065f; c++) t.set(c, DROP);
  t.set(0x0670, DROP);
  for (let c = 0x06d6; c <= 0x06ed; c++) if (c !== 0x06e5 && c !== 0x06e6) t.set(c, DROP);
  for (let c = 0x0610; c <= 0x061a; c++) t.set(c, DROP);
  // Zero-width and bidi controls.
  for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x00ad]) t.set(c, DROP);
  for (let c = 0x202a; c <= 0x202e; c++) t.set(c, DROP);
  for (let c = 0x2066; c <= 0x2069; c++) t.set(c, DROP);
  // Digits.
  for (let d = 0; d < 10; d++) {
    t.set(0x0660 + d, 0x30 + d);
    t.set(0x06f0 + d, 0x30 + d);
  }
  set('٫', '.');
  set('٬', ',');
  set('،', ',');
  set('؛', ';');
  set('؟', '?');
  set('٪', '%');
  set('«»“”„‟″', '"');
  set('‘’‚‛′', "'");
  set('‐‑‒–—―−', '-');
  set('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', ' ');
  return t;
})();

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Normalizes one code unit/point sequence into `out`, recording original indices in `map`. */
export function normalize(text: string): Normalized {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out.push(c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text[i]);
      map.push(i);
      continue;
    }
    const r = TABLE.get(c);
    if (r !== undefined) {
      if (r !== DROP) {
        out.push(String.fromCharCode(r));
        map.push(i);
      }
      continue;
    }
    if (isPresentationForm(c)) {
      // Ligatures such as ﻻ expand to several letters; all of them point at the ligature.
      const expanded = normalizeWord(text[i].normalize('NFKC'));
      for (const ch of expanded) {
        out.push(ch);
        map.push(i);
      }
      continue;
    }
    // Everything else (including lone surrogates and other scripts) passes through unchanged.
    out.push(text[i]);
    map.push(i);
  }
  map.push(text.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}

/** Normalizes a short string for lexicon lookup, without building an offset map. */
export function normalizeWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : word[i];
      continue;
    }
    const r = TABLE.get(c);
    if (r !== undefined) {
      if (r !== DROP) out += String.fromCharCode(r);
      continue;
    }
    if (isPresentationForm(c)) {
      const nfkc = word[i].normalize('NFKC');
      out += nfkc === word[i] ? nfkc : normalizeWord(nfkc);
      continue;
    }
    out += word[i];
  }
  return out;
}

/** Maps a normalized span back to the original text: [start, end) in original indices. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start];
  // Trailing dropped marks (harakat after the last letter) belong to the span; a ligature split
  // in the middle maps to its whole original character.
  const e = end > start ? Math.max(n.map[end - 1] + 1, n.map[end]) : s;
  return [s, e];
}

/** True for characters that are dropped by normalization (diacritics, tatweel, controls). */
export function isIgnorable(code: number): boolean {
  return TABLE.get(code) === DROP;
}
