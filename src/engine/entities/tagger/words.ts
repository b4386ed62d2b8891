/**
 * The tagger's own normalization and clitic readings, kept apart from the text core's on purpose:
 * a committed model was trained on exactly these forms, so a change to the text core must not
 * silently shift them (a golden-output test guards them; change them only with a retrain).
 */

const FOLD = new Map<number, string>();
for (const ch of 'أإآٱ') FOLD.set(ch.charCodeAt(0), 'ا');
FOLD.set('ى'.charCodeAt(0), 'ي');
FOLD.set('ة'.charCodeAt(0), 'ه');
FOLD.set('ؤ'.charCodeAt(0), 'و');
FOLD.set('ئ'.charCodeAt(0), 'ي');
FOLD.set('ی'.charCodeAt(0), 'ي');
FOLD.set('ک'.charCodeAt(0), 'ك');
for (let d = 0; d < 10; d++) {
  FOLD.set(0x660 + d, String(d));
  FOLD.set(0x6f0 + d, String(d));
}

function dropped(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640 || (c >= 0x610 && c <= 0x61a) || c === 0x200c || c === 0x200d || c === 0x200f || c === 0x200e;
}

const normCache = new Map<string, string>();

/** Feature-level normalization: harakat and tatweel dropped, letter variants folded, Latin lower-cased. */
export function fnorm(text: string): string {
  const hit = normCache.get(text);
  if (hit !== undefined) return hit;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (dropped(c)) continue;
    const f = FOLD.get(c);
    if (f !== undefined) out += f;
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else out += text[i];
  }
  if (normCache.size > 100_000) normCache.clear();
  normCache.set(text, out);
  return out;
}

export interface Split {
  /** Proclitics removed (normalized), '' when none. */
  prefix: string;
  /** What remains; the article stays on (it is part of how names are written). */
  stem: string;
  /** The stem without its article, when it has one. */
  bare: string;
}

const splitCache = new Map<string, Split[]>();

/**
 * Readings of a normalized word as proclitics + stem, the whole word first. Conjunction و/ف, then
 * preposition ب/ل/ك; ل before the article eats its alef (للمرصد = ل + المرصد). A stem keeps at least
 * two letters.
 */
export function splits(w: string): Split[] {
  const hit = splitCache.get(w);
  if (hit) return hit;
  const out: Split[] = [];
  const add = (prefix: string, stem: string) => {
    if (stem.length < 2 && prefix !== '') return;
    if (out.some((s) => s.prefix === prefix && s.stem === stem)) return;
    out.push({ prefix, stem, bare: stem.startsWith('ال') && stem.length >= 4 ? stem.slice(2) : stem });
  };
  add('', w);
  if (w.length >= 3 && /^[\u0621-\u064a]/.test(w)) {
    for (const conj of ['', 'و', 'ف']) {
      if (conj && !w.startsWith(conj)) continue;
      const w1 = w.slice(conj.length);
      for (const prep of ['', 'ب', 'ل', 'ك']) {
        if (prep && !w1.startsWith(prep)) continue;
        const w2 = w1.slice(prep.length);
        if (conj || prep) add(conj + prep, w2);
        if (prep === 'ل' && w2.startsWith('ل') && w2.length >= 3) add(conj + prep, 'ا' + w2);
      }
    }
  }
  if (splitCache.size > 100_000) splitCache.clear();
  splitCache.set(w, out);
  return out;
}


/**
 * A transliterated name's consonants: article and long vowels (ا و ي after the first letter) and
 * doubled letters dropped, so spellings that differ only in vowel letters meet
 * (برلسكوني / بيرلسكوني, ماتيراتزي / ماتيرازي is still apart). '' when fewer than four remain.
 */
export function skeleton(w: string): string {
  let s = w.startsWith('ال') && w.length >= 5 ? w.slice(2) : w;
  if (!/^[\u0621-\u064a]+$/.test(s)) return '';
  s = s[0] + s.slice(1).replace(/[اوىيءه]/g, '');
  s = s.replace(/(.)\1+/g, '$1');
  return s.length >= 4 ? s : '';
}
