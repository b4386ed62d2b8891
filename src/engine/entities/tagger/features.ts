/**
 * The tagger's feature function: one function for training (ANERcorp words) and tagging (engine
 * tokens), so both see exactly the same features. It is self-contained on purpose — its own
 * normalization and clitic splitting — so changes elsewhere in the text core cannot silently shift
 * the features a committed model was trained on. Features are hashed (FNV-1a, 32 bits) without
 * building strings: template id, then the characters of the value.
 */
import { PERSON_NAMES, ORGANIZATIONS, OTHER_NAMES, placeRecords, recordsOf } from '../../lang/ar/index.js';
import type { NameRecord } from '../../lang/ar/index.js';
import { ABD_COMPLEMENTS, NAME_PARTICLES, NOT_NAME_WORDS } from '../../lang/ar/names.js';
import { DIRECTIONS, LOC_HEADS, ORG_HEADS, PERSON_TITLES, POST_NAME_ROLES } from '../../lang/ar/triggers.js';

// ---------------------------------------------------------------------------------------------
// Normalization and clitics (feature-private; see the module comment).

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

// ---------------------------------------------------------------------------------------------
// Lexicons in feature form.

/** Lexical classes of a word, as bits. */
const enum Lex {
  Given = 1,
  GivenAmb = 2,
  Title = 4,
  OrgHead = 8,
  LocHead = 16,
  Direction = 32,
  Particle = 64,
  NotName = 128,
  AbdComplement = 256,
  PostRole = 512,
  Family = 1024,
  Surname = 2048,
  /** First word of a listed person's full name (often a given name the given-name lists lack). */
  PersonFirst = 4096,
}

const LEX_NAMES = ['giv', 'gamb', 'tit', 'org', 'loc', 'dir', 'par', 'not', 'abd', 'role', 'fam', 'sur', 'pfirst'];
/** Bits that say "a part of a person's name". */
const NAME_PART_BITS = Lex.Given | Lex.GivenAmb | Lex.Family | Lex.Surname | Lex.PersonFirst;

interface GazEntry {
  words: string[];
  /** 0 PER, 1 LOC, 2 ORG, 3 MISC, 4 group of people; +5 when ambiguous. */
  code: number;
}

interface Lexicons {
  classes: Map<string, number>;
  gaz: Map<string, GazEntry[]>;
  /** Consonant skeleton of single-word names → bit per type (1 PER, 2 LOC, 4 ORG). */
  skeletons: Map<string, number>;
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

let lexicons: Lexicons | null = null;

function buildLexicons(): Lexicons {
  const classes = new Map<string, number>();
  const mark = (list: readonly string[], bit: number) => {
    for (const w of list) {
      const words = w.split(/\s+/).map(fnorm);
      const k = words[0];
      if (words.length === 1) classes.set(k, (classes.get(k) ?? 0) | bit);
    }
  };
  const names = (rs: readonly NameRecord[]) => rs.map((r) => r.name);
  const given = recordsOf('given');
  // A given name that is mostly another word («الملك», «العزيز») is only an ambiguous one here.
  mark(names(given.filter((r) => r.ambiguous !== 'mostly')), Lex.Given);
  mark(names(given.filter((r) => r.ambiguous)), Lex.GivenAmb);
  mark(PERSON_TITLES, Lex.Title);
  mark(ORG_HEADS, Lex.OrgHead);
  mark(LOC_HEADS, Lex.LocHead);
  mark(DIRECTIONS, Lex.Direction);
  mark(NAME_PARTICLES, Lex.Particle);
  mark(NOT_NAME_WORDS, Lex.NotName);
  mark(ABD_COMPLEMENTS, Lex.AbdComplement);
  mark(POST_NAME_ROLES, Lex.PostRole);
  mark(names(recordsOf('family')), Lex.Family);
  mark(names(recordsOf('surname')), Lex.Surname);
  const titles = new Set(PERSON_TITLES.map(fnorm));
  const particles = new Set(NAME_PARTICLES.map(fnorm));
  const people = PERSON_NAMES.filter((r) => r.class === 'person');
  for (const p of names(people)) {
    const words = p.split(/\s+/).map(fnorm);
    if (words.length < 2) continue;
    const first = words[0];
    const last = words[words.length - 1];
    if (!titles.has(first) && !particles.has(first)) classes.set(first, (classes.get(first) ?? 0) | Lex.PersonFirst);
    if (!particles.has(last) && last.length >= 3) classes.set(last, (classes.get(last) ?? 0) | Lex.Surname);
  }
  const gaz = new Map<string, GazEntry[]>();
  const add = (list: readonly NameRecord[], code: number) => {
    for (const r of list) {
      if (/[()]/.test(r.name)) continue;
      const words = r.name.split(/\s+/).filter(Boolean).map(fnorm);
      // «الأمير الوليد بن طلال»: a person's name starts after the title (as ANERcorp marks it).
      while (code === 0 && words.length > 2 && titles.has(words[0])) words.shift();
      const e: GazEntry = { words, code: code + (r.ambiguous ? 5 : 0) };
      const l = gaz.get(words[0]);
      if (l) l.push(e);
      else gaz.set(words[0], [e]);
    }
  };
  // Among equally long matches the first entry wins: people, places, organizations, other names.
  add(people, 0);
  add(placeRecords(), 1);
  add(ORGANIZATIONS, 2);
  add(OTHER_NAMES.filter((r) => r.class === 'misc'), 3);
  add(OTHER_NAMES.filter((r) => r.class === 'group'), 4);
  for (const l of gaz.values()) l.sort((a, b) => b.words.length - a.words.length);
  const skeletons = new Map<string, number>();
  const skel = (list: readonly string[], bit: number) => {
    for (const p of list) {
      if (/\s/.test(p)) continue;
      const k = skeleton(fnorm(p));
      if (k) skeletons.set(k, (skeletons.get(k) ?? 0) | bit);
    }
  };
  // Skeletons are for transliterations: not for the common Arabic given names, whose consonants
  // are shared by too many ordinary words.
  const transliterated = given.filter((r) => r.ambiguous !== 'mostly' && (r.origin === 'foreign' || r.origin === 'extended'));
  skel(names([...recordsOf('surname'), ...recordsOf('family'), ...transliterated, ...people.filter((r) => r.origin === 'news')]), 1);
  skel(names(placeRecords()), 2);
  skel(names(ORGANIZATIONS), 4);
  return { classes, gaz, skeletons };
}

/**
 * A fingerprint of the lexicons as the features see them (word classes, gazetteer entries,
 * consonant skeletons): the model is only valid with the lexicon it was trained with, so its
 * metadata records this and a test fails when the two drift apart (a retrain regenerates it).
 */
export function lexiconFingerprint(): string {
  const { classes, gaz, skeletons } = lex();
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, FNV);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  };
  const sorted = <T>(m: Map<string, T>) => [...m.keys()].sort();
  for (const k of sorted(classes)) feed(`c:${k}=${classes.get(k)};`);
  for (const k of sorted(gaz)) for (const e of gaz.get(k)!) feed(`g:${e.words.join(' ')}=${e.code};`);
  for (const k of sorted(skeletons)) feed(`s:${k}=${skeletons.get(k)};`);
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

function lex(): Lexicons {
  return (lexicons ??= buildLexicons());
}

/** Lexical class bits of a word: the union over its clitic readings. */
function classesOf(w: string): number {
  const { classes } = lex();
  let bits = 0;
  for (const s of splits(w)) bits |= classes.get(s.stem) ?? 0;
  return bits;
}

const GAZ_TAG = ['PER', 'LOC', 'ORG', 'MISC', 'GRP', 'PERa', 'LOCa', 'ORGa', 'MISCa', 'GRPa'];

/**
 * Gazetteer tags for a sentence (longest match, first word may carry proclitics): for each word
 * '' or 'B-LOC', 'I-ORGa' (a = ambiguous entry)…
 */
export function gazetteerTags(words: readonly string[]): string[] {
  const { gaz } = lex();
  const out: string[] = new Array(words.length).fill('');
  let i = 0;
  while (i < words.length) {
    let bestLen = 0;
    let bestCode = 0;
    for (const s of splits(words[i])) {
      const list = gaz.get(s.stem);
      if (!list) continue;
      for (const e of list) {
        const n = e.words.length;
        if (n <= bestLen || i + n > words.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = words[i + k] === e.words[k];
        if (ok) {
          bestLen = n;
          bestCode = e.code;
        }
      }
    }
    if (bestLen) {
      out[i] = 'B-' + GAZ_TAG[bestCode];
      for (let k = 1; k < bestLen; k++) out[i + k] = 'I-' + GAZ_TAG[bestCode];
      i += bestLen;
    } else i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hashing.

const FNV = 0x01000193;

function hs(tpl: number, s: string): number {
  let x = Math.imul(0x811c9dc5 ^ tpl, FNV);
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV);
  return x >>> 0 || 1;
}

function hs2(tpl: number, a: string, b: string): number {
  let x = Math.imul(0x811c9dc5 ^ tpl, FNV);
  for (let i = 0; i < a.length; i++) x = Math.imul(x ^ a.charCodeAt(i), FNV);
  x = Math.imul(x ^ 0x1f, FNV);
  for (let i = 0; i < b.length; i++) x = Math.imul(x ^ b.charCodeAt(i), FNV);
  return x >>> 0 || 1;
}

function hn(tpl: number, n: number): number {
  return Math.imul(Math.imul(0x811c9dc5 ^ tpl, FNV) ^ n, FNV) >>> 0 || 1;
}

// ---------------------------------------------------------------------------------------------
// Per-word facts, cached by normalized word.

interface WordInfo {
  w: string;
  /** Shortest plausible stem (clitics and article removed) and the clitics removed. */
  stem: string;
  prefix: string;
  shape: string;
  lexBits: number;
  nisba: boolean;
  /** Types (1 PER, 2 LOC, 4 ORG) whose single-word names share this word's consonant skeleton. */
  skel: number;
}

const infoCache = new Map<string, WordInfo>();

function shapeOf(w: string): string {
  if (/^\d+([.,/:]\d+)*$/.test(w)) return w.length <= 2 ? 'd' : w.length === 4 ? 'dddd' : 'dd';
  if (/^[a-z]/.test(w)) return 'lat';
  if (/^[\u0621-\u064a]+$/.test(w)) return w.length <= 2 ? 'a2' : w.length <= 4 ? 'a4' : w.length <= 7 ? 'a7' : 'a8';
  if (/[\u0621-\u064a]/.test(w)) return 'amix';
  if (/^["«»“”']+$/.test(w)) return 'q';
  if (/^[()[\]]+$/.test(w)) return 'par';
  return 'p';
}

function wordInfo(w: string): WordInfo {
  const hit = infoCache.get(w);
  if (hit) return hit;
  const ss = splits(w);
  // The reading with the most clitics removed that still leaves three letters.
  let best = ss[0];
  for (const s of ss) if (s.bare.length >= 3 && s.prefix.length + (s.bare !== s.stem ? 2 : 0) > best.prefix.length + (best.bare !== best.stem ? 2 : 0)) best = s;
  const stem = best.bare;
  const info: WordInfo = {
    w,
    stem,
    prefix: best.prefix + (best.bare !== best.stem ? 'ال' : ''),
    shape: shapeOf(w),
    lexBits: classesOf(w),
    nisba: stem.length >= 4 && /(ي|يه|يين|يون)$/.test(stem),
    skel: 0,
  };
  // Only words the lexicons do not know by their exact form: the skeleton is for spelling variants.
  if (!(info.lexBits & NAME_PART_BITS) && !ss.some((x) => lex().gaz.has(x.stem))) {
    for (const x of ss) info.skel |= lex().skeletons.get(skeleton(x.stem)) ?? 0;
  }
  if (infoCache.size > 100_000) infoCache.clear();
  infoCache.set(w, info);
  return info;
}

const BOS: WordInfo = { w: '<s>', stem: '<s>', prefix: '', shape: 'bos', lexBits: 0, nisba: false, skel: 0 };
const EOS: WordInfo = { w: '</s>', stem: '</s>', prefix: '', shape: 'eos', lexBits: 0, nisba: false, skel: 0 };

/** Number of hashed features per token is at most this. */
const MAX_FEATURES = 128;

/**
 * Hashed features of every word of a sentence: `out` receives them flat, `offsets[i]..offsets[i+1]`
 * are word i's. Words are surface forms (engine token text or ANERcorp words); `memo` holds the
 * document-memory values of the second pass (see memory.ts).
 */
export function sentenceFeatures(surface: readonly string[], memo?: readonly (string | null)[], mask?: Uint8Array): { feats: Uint32Array; offsets: Uint32Array } {
  const n = surface.length;
  const words = surface.map(fnorm);
  const info = words.map(wordInfo);
  // Training only: masked words lose their identity (word, stem) and keep everything that carries
  // over to names never seen (shape, affixes, letter n-grams, lexicon classes, context), so the
  // model learns to recognise names it has not memorised.
  if (mask) for (let i = 0; i < n; i++) if (mask[i]) info[i] = { ...info[i], w: '<unk>', stem: '<unk>' };
  const gaz = gazetteerTags(words);
  const feats = new Uint32Array(n * MAX_FEATURES);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  // Inside quotation marks or brackets: product and work titles (MISC), quoted organizations.
  const quoted = new Uint8Array(n);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (w === '«' || w === '(' || w === '“') depth++;
    else if ((w === '»' || w === ')' || w === '”') && depth > 0) depth--;
    else if (depth > 0) quoted[i] = 1;
  }
  const at = (i: number): WordInfo => (i < 0 ? BOS : i >= n ? EOS : info[i]);
  const gz = (i: number): string => (i < 0 || i >= n ? '^' : gaz[i]);
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const c = info[i];
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const f = (h: number) => (feats[k++] = h);
    f(1);
    f(hs(2, c.w));
    f(hs(3, p1.w));
    f(hs(4, n1.w));
    f(hs(5, p2.w));
    f(hs(6, n2.w));
    f(hs(7, c.stem));
    f(hs(8, c.prefix));
    f(hs(9, p1.stem));
    f(hs(10, n1.stem));
    const s = mask && mask[i] ? wordInfo(words[i]).stem : c.stem;
    if (s.length >= 3) {
      f(hs(11, s.slice(0, 2)));
      f(hs(12, s.slice(0, 3)));
      f(hs(13, s.slice(-1)));
      f(hs(14, s.slice(-2)));
      f(hs(15, s.slice(-3)));
    }
    // Character trigrams of the stem: unseen transliterated names share them («...يف», «تش»).
    if (s.length >= 4 && c.shape[0] === 'a') {
      const padded = '<' + s + '>';
      for (let j = 0; j + 3 <= padded.length; j++) f(hs(36, padded.slice(j, j + 3)));
    }
    f(hs2(16, p1.w, c.w));
    f(hs2(17, c.w, n1.w));
    f(hs(18, c.shape));
    f(hs2(19, p1.shape, c.shape));
    f(hs(20, gz(i)));
    f(hs2(21, gz(i - 1), gz(i)));
    f(hs2(22, gz(i), gz(i + 1)));
    // Lexical classes of the word and its neighbours (at most a few bits are set per word).
    for (let b = 0; b < LEX_NAMES.length; b++) {
      const bit = 1 << b;
      if (c.lexBits & bit) f(hn(23, b));
      if (p1.lexBits & bit) f(hn(24, b));
      if (n1.lexBits & bit) f(hn(25, b));
      if (p2.lexBits & bit) f(hn(26, b));
      if (n2.lexBits & bit) f(hn(27, b));
    }
    if (c.nisba) f(hs(28, c.prefix === '' ? 'n' : 'np'));
    const p3 = at(i - 3);
    for (let b = 0; b < LEX_NAMES.length; b++) if (p3.lexBits & (1 << b)) f(hn(29, b));
    if (quoted[i]) f(hs(37, c.shape));
    f(hs2(30, p1.stem, c.stem));
    f(hs2(31, c.stem, n1.stem));
    f(hs2(32, c.shape, n1.shape));
    if (n1.nisba) f(hs(33, 'n'));
    if (p1.nisba) f(hs(34, 'n'));
    // A name part behind a conjunction or preposition («وسعيد», «لبرلسكوني») starts a name.
    const parts = c.lexBits & NAME_PART_BITS;
    if (parts) f(hn(44, parts * 8 + c.prefix.length));
    if (c.skel) f(hn(45, c.skel));
    if (p1.skel) f(hn(46, p1.skel));
    if (n1.skel) f(hn(47, n1.skel));
    if (memo) {
      // Second pass: how the first pass labelled this stem (and the neighbours' stems) elsewhere.
      const m = memo[i];
      if (m) f(hs(40, m));
      const mp = i > 0 ? memo[i - 1] : '^';
      const mn = i + 1 < n ? memo[i + 1] : '$';
      if (mp) f(hs(41, mp));
      if (mn) f(hs(42, mn));
      if (m) f(hs2(43, m, c.shape));
    }

  }
  offsets[n] = k;
  return { feats: feats.subarray(0, k), offsets };
}

/** Types (1 PER, 2 LOC, 4 ORG) of listed single-word names spelled like `surface` but for vowel letters. */
export function skeletonTypes(surface: string): number {
  return wordInfo(fnorm(surface)).skel;
}

/** The stem the features use for a word (also the key of document memory). */
export function featureStem(surface: string): string {
  return wordInfo(fnorm(surface)).stem;
}
