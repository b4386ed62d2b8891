/**
 * The tagger's feature function: one function for training (corpus words) and tagging (engine
 * tokens), so both see exactly the same features, and a run-time scorer that computes the same sums
 * faster. Words are read through the tagger's own normalization (words.ts) and the tables shipped
 * with the model (tables.ts: clusters, name lists, the hand-written lexicons), so nothing outside
 * the model can shift the features it was trained on. Features are hashed into 32 bits: a template
 * id mixed with the hash of the value (words are hashed once, when first seen).
 */
import { L } from './model.js';
import { rowsAdder } from './model.js';
import type { RowsAdder, Weights } from './model.js';
import { CLUSTER_LEVELS, CLUSTER_MASK, GAZ_CONTINUES, GAZ_TAGS, LEX_CLASSES, NAME_PART_BITS, NameTables, PhraseFlag, WIKI_SHIFT, clusterAt, frequencyOf, listBits, phraseStep, rangeHash, wordHash } from './tables.js';
import { fnorm, skeleton, splits } from './words.js';

export { fnorm, splits, skeleton } from './words.js';

/**
 * Gazetteer tags for a sentence (longest match, first word may carry proclitics): for each word
 * '' or 'B-LOC', 'I-ORGa' (a = an entry that is also an everyday word)…
 */
export function gazetteerTags(words: readonly string[], tables: NameTables): string[] {
  return longestMatches(words, tables, 'gaz');
}

/** A word's readings that start an entry of a phrase table, with the flags after one word. */
type Starts = readonly (readonly [hash: number, flags: number])[];
const NO_STARTS: Starts = [];

/** The readings of `w` (whole word first) that start an entry of the `kind` table. */
function startsOf(w: string, tables: NameTables, kind: 'gaz' | 'list'): Starts {
  const out: [number, number][] = [];
  for (const s of splits(w)) {
    const h = phraseStep(0, s.stem);
    const f = kind === 'gaz' ? tables.gazetteerPhrase(h) : tables.phrase(h);
    if (f) out.push([h, f]);
  }
  return out.length ? out : NO_STARTS;
}

/** `startsOf`, kept on the word's facts. */
function startsAt(info: WordInfo, tables: NameTables, kind: 'gaz' | 'list'): Starts {
  if (kind === 'gaz') return (info.gazStarts ??= startsOf(info.w, tables, 'gaz'));
  return (info.listStarts ??= startsOf(info.w, tables, 'list'));
}

/**
 * Longest matches of a phrase table over a sentence, as codes: 0 outside, else the entry's type
 * code × 2, + 1 inside (after the first word). `tagOf` turns a code into its BIO tag.
 */
function longestMatchCodes(words: readonly string[], tables: NameTables, kind: 'gaz' | 'list', hide?: Uint8Array, infos?: readonly WordInfo[]): Uint8Array {
  const gaz = kind === 'gaz';
  const more = gaz ? GAZ_CONTINUES : PhraseFlag.Continues;
  const out = new Uint8Array(words.length);
  let i = 0;
  while (i < words.length) {
    let bestLen = 0;
    let bestCode = 0;
    const starts = hide?.[i] ? NO_STARTS : infos ? startsAt(infos[i], tables, kind) : startsOf(words[i], tables, kind);
    for (const [h0, f0] of starts) {
      let h = h0;
      let f = f0;
      for (let n = 1; i + n <= words.length; n++) {
        if (n > 1) {
          if (hide?.[i + n - 1]) break;
          h = phraseStep(h, words[i + n - 1]);
          f = gaz ? tables.gazetteerPhrase(h) : tables.phrase(h);
        }
        const code = gaz ? f & (GAZ_CONTINUES - 1) : f & 7;
        if (code && n > bestLen) {
          bestLen = n;
          bestCode = code;
        }
        if (!(f & more)) break;
      }
    }
    if (bestLen) {
      out[i] = bestCode * 2;
      for (let k = 1; k < bestLen; k++) out[i + k] = bestCode * 2 + 1;
      i += bestLen;
    } else i++;
  }
  return out;
}

/** The BIO tag of a `longestMatchCodes` code. */
function tagOf(kind: 'gaz' | 'list', code: number): string {
  if (code === 0) return '';
  return (code & 1 ? 'I-' : 'B-') + (kind === 'gaz' ? GAZ_TAGS[(code >> 1) - 1] : LIST_TAG[code >> 1]);
}

/** Longest matches of a phrase table over a sentence, as BIO tags of the entries' types. */
function longestMatches(words: readonly string[], tables: NameTables, kind: 'gaz' | 'list', hide?: Uint8Array): string[] {
  return Array.from(longestMatchCodes(words, tables, kind, hide), (c) => tagOf(kind, c));
}

/** Hashes of the tags of every code of a phrase table (code → sh(tag)), made on first use. */
const tagHashes: Partial<Record<'gaz' | 'list', Uint32Array>> = {};
function tagHash(kind: 'gaz' | 'list'): Uint32Array {
  let t = tagHashes[kind];
  if (!t) {
    t = new Uint32Array(2 * (kind === 'gaz' ? GAZ_TAGS.length + 1 : LIST_TAG.length));
    for (let c = 0; c < t.length; c++) t[c] = sh(tagOf(kind, c));
    tagHashes[kind] = t;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Name-list phrases (NERAr) as span tags.

const LIST_TAG = ['', 'PER', 'LOC', 'PER', 'ORG', 'PER', 'LOC', 'PER'];

/**
 * Longest-match tags of the shipped name lists' phrases (first word possibly behind proclitics):
 * '' or 'B-LOC', 'I-PER'… for each word. Words in `hide` are treated as unlisted.
 */
export function listPhraseTags(words: readonly string[], tables: NameTables, hide?: Uint8Array): string[] {
  return longestMatches(words, tables, 'list', hide);
}

// ---------------------------------------------------------------------------------------------
// Hashing: a feature is a template id and a value, mixed into 32 bits.

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 2;
}

const strHash = new Map<string, number>();
/** Hash of a short string value (shapes, tags, affixes), cached. */
function sh(s: string): number {
  let h = strHash.get(s);
  if (h === undefined) {
    h = wordHash(s);
    if (strHash.size > 50_000) strHash.clear();
    strHash.set(s, h);
  }
  return h;
}

const f1 = (tpl: number, v: number) => mix(tpl, v);
const f2 = (tpl: number, a: number, b: number) => mix(mix(tpl, a), b);
/** The bias feature (hash 1): on every token; DenseModel.withOBias adjusts its O weight. */
const BIAS = 1;

// ---------------------------------------------------------------------------------------------
// Per-word facts, cached by normalized word.

/** What the features know of a word: its form, and its facts in the tables. */
interface WordInfo {
  w: string;
  /** Shortest plausible stem (clitics and article removed) and the clitics removed. */
  stem: string;
  prefix: string;
  shape: string;
  nisba: boolean;
  hw: number;
  hstem: number;
  hshape: number;
  /** Classes in the hand-written lexicons (Lex bits), over the word's clitic readings. */
  lexBits: number;
  /** Types (1 PER, 2 LOC, 4 ORG) whose single-word names share this word's consonant skeleton. */
  skel: number;
  /** The tables' entry (tables.ts), of the word or of its first clitic reading they know. */
  entry: number;
  /** Middle-level cluster of the word without its proclitics («وبغداد» → بغداد), or -1. */
  bareCluster: number;
  /** Readings that start a gazetteer or name-list phrase (filled on first use). */
  gazStarts: Starts | undefined;
  listStarts: Starts | undefined;
  /** The word's slot rows (Scorer), and the id of the scorer they are of (0: none yet). */
  rows: Float32Array | undefined;
  rowsBy: number;
}

/** The table-independent part, cached by normalized word. */
type WordForm = Pick<WordInfo, 'w' | 'stem' | 'prefix' | 'shape' | 'nisba' | 'hw' | 'hstem' | 'hshape'>;

/** A word's facts, every field set from the start: all of them share one shape (fast property reads). */
function makeInfo(f: WordForm, lexBits: number, skel: number, entry: number, bareCluster: number): WordInfo {
  return { w: f.w, stem: f.stem, prefix: f.prefix, shape: f.shape, nisba: f.nisba, hw: f.hw, hstem: f.hstem, hshape: f.hshape, lexBits, skel, entry, bareCluster, gazStarts: undefined, listStarts: undefined, rows: undefined, rowsBy: 0 };
}

const formCache = new Map<string, WordForm>();

function shapeOf(w: string): string {
  if (/^\d+([.,/:]\d+)*$/.test(w)) return w.length <= 2 ? 'd' : w.length === 4 ? 'dddd' : 'dd';
  if (/^[a-z]/.test(w)) return 'lat';
  if (/^[\u0621-\u064a]+$/.test(w)) return w.length <= 2 ? 'a2' : w.length <= 4 ? 'a4' : w.length <= 7 ? 'a7' : 'a8';
  if (/[\u0621-\u064a]/.test(w)) return 'amix';
  if (/^["«»“”']+$/.test(w)) return 'q';
  if (/^[()[\]]+$/.test(w)) return 'par';
  return 'p';
}

function formOf(w: string): WordForm {
  const hit = formCache.get(w);
  if (hit) return hit;
  const ss = splits(w);
  // The reading with the most clitics removed that still leaves three letters.
  let best = ss[0];
  for (const s of ss) if (s.bare.length >= 3 && s.prefix.length + (s.bare !== s.stem ? 2 : 0) > best.prefix.length + (best.bare !== best.stem ? 2 : 0)) best = s;
  const stem = best.bare;
  const shape = shapeOf(w);
  const form: WordForm = { w, stem, prefix: best.prefix + (best.bare !== best.stem ? 'ال' : ''), shape, nisba: stem.length >= 4 && /(ي|يه|يين|يون)$/.test(stem), hw: wordHash(w), hstem: wordHash(stem), hshape: sh(shape) };
  if (formCache.size > 100_000) formCache.clear();
  formCache.set(w, form);
  return form;
}

/** A word's features' facts, cached with the tables they come from. */
function wordInfo(w: string, tables: NameTables): WordInfo {
  const hit = tables.memo.get(w) as WordInfo | undefined;
  if (hit) return hit;
  const form = formOf(w);
  const ss = splits(w);
  let lexBits = 0;
  for (const s of ss) lexBits |= tables.lex(s.stem);
  let skel = 0;
  // Only words the lexicons do not know by their exact form: the skeleton is for spelling variants.
  if (!(lexBits & NAME_PART_BITS) && !ss.some((x) => tables.gazetteerPhrase(phraseStep(0, x.stem)))) {
    for (const x of ss) skel |= tables.skeleton(skeleton(x.stem));
  }
  let bareCluster = -1;
  for (const x of ss) {
    if (x.prefix === '') continue;
    bareCluster = clusterAt(tables.word(x.stem), 1);
    if (bareCluster >= 0) break;
  }
  const info = makeInfo(form, lexBits, skel, entryOf(tables, w), bareCluster);
  if (tables.memo.size > 100_000) tables.memo.clear();
  tables.memo.set(w, info);
  return info;
}

/** `wordInfo` of a word as written (engine token text or corpus word), cached by that form. */
function surfaceInfo(surface: string, tables: NameTables): WordInfo {
  const hit = tables.bySurface.get(surface) as WordInfo | undefined;
  if (hit) return hit;
  const info = wordInfo(fnorm(surface), tables);
  if (tables.bySurface.size > 100_000) tables.bySurface.clear();
  tables.bySurface.set(surface, info);
  return info;
}

function edge(w: string, shape: string): WordInfo {
  return makeInfo({ w, stem: w, prefix: '', shape, nisba: false, hw: wordHash(w), hstem: wordHash(w), hshape: sh(shape) }, 0, 0, 0, -1);
}

const BOS = edge('<s>', 'bos');
const EOS = edge('</s>', 'eos');
const UNK = wordHash('<unk>');

/** The tables' entry of a word, or of its first clitic reading the tables know («وبغداد» → بغداد). */
function entryOf(tables: NameTables, w: string): number {
  const e = tables.word(w);
  if (e) return e;
  for (const s of splits(w)) {
    if (s.prefix === '') continue;
    const x = tables.word(s.stem);
    if (x) return x;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Features by slot. A word's features as the current word, or as the word one or two before or
// after it, depend on that word alone: the run time sums their weights once per word (Scorer);
// only the pairs and the span tags are computed per token.

const enum Slot {
  Self,
  Prev1,
  Next1,
  Prev2,
  Next2,
  Prev3,
}
const SLOTS = 6;

/** Where feature hashes go: a plain array (training) or the run time's typed buffer (Hashes). */
interface Sink {
  push(...hashes: number[]): unknown;
}

/** A growable buffer of feature hashes: filling it again allocates nothing. */
class Hashes implements Sink {
  buf = new Uint32Array(256);
  length = 0;

  push(...hashes: number[]): void {
    if (this.length + hashes.length > this.buf.length) {
      const buf = new Uint32Array(2 * (this.length + hashes.length));
      buf.set(this.buf);
      this.buf = buf;
    }
    for (let j = 0; j < hashes.length; j++) this.buf[this.length++] = hashes[j];
  }
}

/** What a word contributes in one slot. `entry` = tables entry (list bits hidden when `hidden`). */
function slotFeatures(slot: Slot, c: WordInfo, entry: number, out: Sink, masked = false): void {
  const hw = masked ? UNK : c.hw;
  const hstem = masked ? UNK : c.hstem;
  // One function per slot: as one function of all six, the optimizing compiler spent ~30 ms of a
  // fresh worker's first analysis on it (its many calls each keeping every slot's variables).
  switch (slot) {
    case Slot.Self:
      return selfFeatures(c, entry, hw, hstem, out);
    case Slot.Prev1:
      return prev1Features(c, entry, hw, hstem, out);
    case Slot.Next1:
      return next1Features(c, entry, hw, hstem, out);
    case Slot.Prev2:
      return prev2Features(c, entry, hw, out);
    case Slot.Next2:
      return next2Features(c, entry, hw, out);
    case Slot.Prev3:
      return prev3Features(c, out);
  }
}

function selfFeatures(c: WordInfo, entry: number, hw: number, hstem: number, out: Sink): void {
  const lists = listBits(entry);
  // Short values are hashed in place (rangeHash = wordHash of the slice): cheaper than a cache.
  out.push(BIAS, f1(2, hw), f1(7, hstem), f1(8, wordHash(c.prefix)), f1(18, c.hshape));
  const s = c.stem;
  const e = s.length;
  if (e >= 3) out.push(f1(11, rangeHash(s, 0, 2)), f1(12, rangeHash(s, 0, 3)), f1(13, rangeHash(s, e - 1, e)), f1(14, rangeHash(s, e - 2, e)), f1(15, rangeHash(s, e - 3, e)));
  // Character trigrams of the stem: unseen transliterated names share them («...يف», «تش»).
  if (s.length >= 4 && c.shape[0] === 'a') {
    const padded = '<' + s + '>';
    for (let j = 0; j + 3 <= padded.length; j++) out.push(f1(36, rangeHash(padded, j, j + 3)));
  }
  for (let b = 0; b < LEX_CLASSES; b++) if (c.lexBits & (1 << b)) out.push(f1(23, b));
  if (c.nisba) out.push(f1(28, c.prefix === '' ? 1 : 2));
  // A name part behind a conjunction or preposition («وسعيد», «لبرلسكوني») starts a name.
  const parts = c.lexBits & NAME_PART_BITS;
  if (parts) out.push(f1(44, parts * 8 + c.prefix.length));
  if (c.skel) out.push(f1(45, c.skel));
  for (let l = 0; l < CLUSTER_LEVELS; l++) {
    const k = clusterAt(entry, l);
    if (k >= 0) out.push(f1(50 + l, k));
  }
  if ((entry & CLUSTER_MASK) === 0) out.push(f1(53, c.shape === 'a8' || c.shape === 'a7' ? 1 : 0));
  // How common the word is in news: everyday words are seldom names.
  out.push(f1(54, frequencyOf(entry)));
  for (let b = 0; b < 7; b++) if (lists & (1 << b)) out.push(f1(56, b));
  const wiki = (entry >>> WIKI_SHIFT) & 7;
  if (wiki) out.push(f1(57, wiki));
  if (lists && c.prefix) out.push(f1(58, lists));
  if (c.bareCluster >= 0) out.push(f1(59, c.bareCluster));
}

function prev1Features(c: WordInfo, entry: number, hw: number, hstem: number, out: Sink): void {
  const lists = listBits(entry);
  out.push(f1(3, hw), f1(9, hstem));
  for (let b = 0; b < LEX_CLASSES; b++) if (c.lexBits & (1 << b)) out.push(f1(24, b));
  if (c.skel) out.push(f1(46, c.skel));
  if (c.nisba) out.push(f1(34, 1));
  for (let l = 0; l < CLUSTER_LEVELS; l++) {
    const k = clusterAt(entry, l);
    if (k >= 0) out.push(f1(60 + l, k));
  }
  for (let b = 0; b < 7; b++) if (lists & (1 << b)) out.push(f1(64, b));
}

function next1Features(c: WordInfo, entry: number, hw: number, hstem: number, out: Sink): void {
  const lists = listBits(entry);
  out.push(f1(4, hw), f1(10, hstem));
  for (let b = 0; b < LEX_CLASSES; b++) if (c.lexBits & (1 << b)) out.push(f1(25, b));
  if (c.skel) out.push(f1(47, c.skel));
  if (c.nisba) out.push(f1(33, 1));
  for (let l = 0; l < CLUSTER_LEVELS; l++) {
    const k = clusterAt(entry, l);
    if (k >= 0) out.push(f1(62, k + 4096 * l));
  }
  for (let b = 0; b < 7; b++) if (lists & (1 << b)) out.push(f1(65, b));
}

function prev2Features(c: WordInfo, entry: number, hw: number, out: Sink): void {
  out.push(f1(5, hw));
  for (let b = 0; b < LEX_CLASSES; b++) if (c.lexBits & (1 << b)) out.push(f1(26, b));
  const k = clusterAt(entry, 1);
  if (k >= 0) out.push(f1(68, k));
}

function next2Features(c: WordInfo, entry: number, hw: number, out: Sink): void {
  out.push(f1(6, hw));
  for (let b = 0; b < LEX_CLASSES; b++) if (c.lexBits & (1 << b)) out.push(f1(27, b));
  const k = clusterAt(entry, 1);
  if (k >= 0) out.push(f1(69, k));
}

function prev3Features(c: WordInfo, out: Sink): void {
  for (let b = 0; b < LEX_CLASSES; b++) if (c.lexBits & (1 << b)) out.push(f1(29, b));
}

/**
 * Everything about one sentence that the per-token features need, as hashes: position k + 1 holds
 * word k; position 0 and n + 1 the sentence boundaries.
 */
export interface SentenceView {
  n: number;
  info: WordInfo[];
  entry: number[];
  hw: Uint32Array;
  hstem: Uint32Array;
  hshape: Uint32Array;
  gaz: Uint32Array;
  lists: Uint32Array;
  listed: Uint8Array;
  quoted: Uint8Array;
  /** Middle-level cluster + 1 (0 = none, 0xffff the sentence boundary). */
  cluster: Uint32Array;
}

const EDGE_TAG = sh('^');

function viewOf(surface: readonly string[], tables: NameTables, mask?: Uint8Array, hide?: Uint8Array): SentenceView {
  const n = surface.length;
  const info = surface.map((w) => surfaceInfo(w, tables));
  const words = info.map((c) => c.w);
  // Hidden from the name lists: the cluster and frequency stay, the list bits go.
  const entry = info.map((c, i) => (hide?.[i] ? c.entry & ~((0xff << 16) | (7 << WIKI_SHIFT)) : c.entry));
  const gazTags = longestMatchCodes(words, tables, 'gaz', undefined, info);
  if (hide) for (let i = 0; i < n; i++) if (hide[i]) gazTags[i] = 0;
  const listTags = longestMatchCodes(words, tables, 'list', hide, info);
  const gazHash = tagHash('gaz');
  const listHash = tagHash('list');
  // One buffer for the columns: a sentence allocates two arrays, not eight.
  const m = n + 2;
  const u32 = new Uint32Array(6 * m);
  const u8 = new Uint8Array(2 * m);
  const v: SentenceView = {
    n,
    info,
    entry,
    hw: u32.subarray(0, m),
    hstem: u32.subarray(m, 2 * m),
    hshape: u32.subarray(2 * m, 3 * m),
    gaz: u32.subarray(3 * m, 4 * m),
    lists: u32.subarray(4 * m, 5 * m),
    cluster: u32.subarray(5 * m, 6 * m),
    listed: u8.subarray(0, m),
    quoted: u8.subarray(m, 2 * m),
  };
  const { hw, hstem, hshape, gaz, lists, cluster, listed, quoted } = v;
  cluster[0] = cluster[n + 1] = 0xffff;
  hw[0] = BOS.hw;
  hstem[0] = BOS.hstem;
  hshape[0] = BOS.hshape;
  hw[n + 1] = EOS.hw;
  hstem[n + 1] = EOS.hstem;
  hshape[n + 1] = EOS.hshape;
  gaz[0] = gaz[n + 1] = lists[0] = lists[n + 1] = EDGE_TAG;
  // Inside quotation marks or brackets: product and work titles (MISC), quoted organizations.
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const c = info[i];
    const hidden = mask?.[i] === 1;
    hw[i + 1] = hidden ? UNK : c.hw;
    hstem[i + 1] = hidden ? UNK : c.hstem;
    hshape[i + 1] = c.hshape;
    gaz[i + 1] = gazHash[gazTags[i]];
    lists[i + 1] = listHash[listTags[i]];
    listed[i + 1] = listTags[i] ? 1 : 0;
    cluster[i + 1] = clusterAt(c.entry, 1) + 1;
    const w = words[i];
    if (w === '«' || w === '(' || w === '“') depth++;
    else if ((w === '»' || w === ')' || w === '”') && depth > 0) depth--;
    else if (depth > 0) quoted[i + 1] = 1;
  }
  return v;
}

/** Features of token i that depend on more than one word (pairs, span tags, memory). */
/**
 * Features of token i that depend on more than one word (pairs, span tags, memory). Those whose
 * values are few (shapes, tags, memory) go to `few` when given (the run time keeps their rows).
 */
function pairFeatures(v: SentenceView, i: number, memo: readonly (string | null)[] | undefined, out: Sink, few: Sink = out): void {
  const k = i + 1;
  const { hw, hstem, hshape, gaz, lists } = v;
  // Always four (the run time's Scorer counts on it).
  out.push(f2(16, hw[k - 1], hw[k]), f2(17, hw[k], hw[k + 1]), f2(30, hstem[k - 1], hstem[k]), f2(31, hstem[k], hstem[k + 1]));
  // Cluster bigrams: «قال [cluster of given names]», «[cluster of titles] [cluster of names]».
  const cl = v.cluster;
  few.push(f2(70, cl[k - 1], cl[k]), f2(71, cl[k], cl[k + 1]));
  few.push(f2(19, hshape[k - 1], hshape[k]), f2(32, hshape[k], hshape[k + 1]), f1(20, gaz[k]), f2(21, gaz[k - 1], gaz[k]), f2(22, gaz[k], gaz[k + 1]));
  if (v.listed[k]) few.push(f1(66, lists[k]), f2(67, lists[k - 1], lists[k]));
  if (v.quoted[k]) few.push(f1(37, hshape[k]));
  if (memo) {
    // Second pass: how the first pass labelled this stem (and the neighbours' stems) elsewhere.
    const m = memo[i];
    if (m) few.push(f1(40, sh(m)), f2(43, sh(m), hshape[k]));
    const mp = i > 0 ? memo[i - 1] : '^';
    const mn = i + 1 < v.n ? memo[i + 1] : '$';
    if (mp) few.push(f1(41, sh(mp)));
    if (mn) few.push(f1(42, sh(mn)));
  }
}

export interface FeatureOptions {
  /** The word and phrase tables (clusters, name lists); none by default. */
  tables?: NameTables;
  /** Second pass: the document memory of each word (memory.ts). */
  memo?: readonly (string | null)[];
  /** Training: words whose identity is hidden (word, stem), so the model learns unseen names. */
  mask?: Uint8Array;
  /** Training: words hidden from the name lists, so the model does not lean on them alone. */
  hide?: Uint8Array;
}

/** Slot features of the word at `k` (may be outside the sentence: the boundary words). */
function slotAt(v: SentenceView, s: Slot, k: number, out: Sink, mask: Uint8Array | undefined): void {
  if (k < 0) slotFeatures(s, BOS, 0, out);
  else if (k >= v.n) slotFeatures(s, EOS, 0, out);
  else slotFeatures(s, v.info[k], v.entry[k], out, mask?.[k] === 1);
}

/**
 * Hashed features of every word of a sentence: `out` receives them flat, `offsets[i]..offsets[i+1]`
 * are word i's. Words are surface forms (engine token text or corpus words).
 */
export function sentenceFeatures(surface: readonly string[], opts: FeatureOptions = {}): { feats: Uint32Array; offsets: Uint32Array } {
  const v = viewOf(surface, opts.tables ?? NameTables.EMPTY, opts.mask, opts.hide);
  const { n } = v;
  const offsets = new Uint32Array(n + 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    slotAt(v, Slot.Self, i, out, opts.mask);
    slotAt(v, Slot.Prev1, i - 1, out, opts.mask);
    slotAt(v, Slot.Next1, i + 1, out, opts.mask);
    slotAt(v, Slot.Prev2, i - 2, out, opts.mask);
    slotAt(v, Slot.Next2, i + 2, out, opts.mask);
    slotAt(v, Slot.Prev3, i - 3, out, opts.mask);
    pairFeatures(v, i, opts.memo, out);
  }
  offsets[n] = out.length;
  return { feats: Uint32Array.from(out), offsets };
}

/**
 * The values a word's document memory can take (memory.ts), by code (0 = none): 'o' + a type
 * (mostly O, but named somewhere), or a type + 'h'/'l' (how clear the majority) + '3' when the
 * stem occurs three or more times elsewhere.
 */
export const MEMORY_VALUES: readonly (string | null)[] = (() => {
  const types = ['O', 'PERS', 'LOC', 'ORG', 'MISC'];
  return [null, ...types.slice(1).map((t) => 'o' + t), ...types.flatMap((t) => ['h', 'l'].flatMap((c) => [t + c, t + c + '3']))];
})();

/** The memory features of pairFeatures by memory code (memory.ts MEMORY_VALUES): this word's, the previous and the next word's. */
const memoHash = (c: number) => sh(MEMORY_VALUES[c] as string);
let memoFeats: { hash: Uint32Array; self: Uint32Array; prev: Uint32Array; next: Uint32Array; prevEdge: number; nextEdge: number } | null = null;
function memoryFeatures(): NonNullable<typeof memoFeats> {
  if (memoFeats) return memoFeats;
  const k = MEMORY_VALUES.length;
  const hash = new Uint32Array(k);
  for (let c = 1; c < k; c++) hash[c] = memoHash(c);
  return (memoFeats = {
    hash,
    self: hash.map((h) => f1(40, h)),
    prev: hash.map((h) => f1(41, h)),
    next: hash.map((h) => f1(42, h)),
    prevEdge: f1(41, sh('^')),
    nextEdge: f1(42, sh('$')),
  });
}

/**
 * Weight rows of features by hash, for every pass at once (`width` = passes × L), kept in an
 * open-addressing table of typed arrays: for the features with few values, which recur from token
 * to token. An all-zero row is kept as none.
 */
class RowCache {
  private keys = new Uint32Array(1 << 12);
  private at = new Int32Array(1 << 12);
  private pool: Float32Array;
  private rows = 0;
  private count = 0;
  private readonly row: Float32Array;

  constructor(
    private readonly add: RowsAdder,
    private readonly width: number,
    private readonly limit: number,
  ) {
    this.pool = new Float32Array(1024 * width);
    this.row = new Float32Array(width);
  }

  /** Where the row of feature `h` starts in `pool` (-1: all zeros). */
  private find(h: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let s = h & mask;
    for (;;) {
      const k = keys[s];
      if (k === h) return this.at[s];
      if (k === 0) return this.insert(h);
      s = (s + 1) & mask;
    }
  }

  /** Adds every pass's row of feature `h`: pass k's into `emit[base + k × stride ..)`. */
  addAll(h: number, emit: Float64Array, base: number, stride: number, passes: number): void {
    const at = this.find(h);
    if (at < 0) return;
    const pool = this.pool;
    for (let k = 0; k < passes; k++) {
      const o = base + k * stride;
      const r = at + k * L;
      for (let y = 0; y < L; y++) emit[o + y] += pool[r + y];
    }
  }

  /** Adds pass `pass`'s row of feature `h` into `emit[base..base + L)`. */
  addOne(h: number, emit: Float64Array, base: number, pass: number): void {
    const at = this.find(h);
    if (at < 0) return;
    const pool = this.pool;
    const r = at + pass * L;
    for (let y = 0; y < L; y++) emit[base + y] += pool[r + y];
  }

  private insert(h: number): number {
    if (this.count >= this.limit) this.clear();
    else if (2 * (this.count + 1) > this.keys.length) this.grow();
    const row = this.row;
    row.fill(0);
    this.add(h, row, 0, L);
    let at = -1;
    if (row.some((x) => x !== 0)) {
      if ((this.rows + 1) * this.width > this.pool.length) {
        const pool = new Float32Array(this.pool.length * 2);
        pool.set(this.pool);
        this.pool = pool;
      }
      at = this.rows++ * this.width;
      this.pool.set(row, at);
    }
    this.count++;
    this.put(h, at);
    return at;
  }

  private put(h: number, at: number): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    let s = h & mask;
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = h;
    this.at[s] = at;
  }

  private grow(): void {
    const keys = this.keys;
    const at = this.at;
    this.keys = new Uint32Array(keys.length * 2);
    this.at = new Int32Array(keys.length * 2);
    for (let s = 0; s < keys.length; s++) if (keys[s] !== 0) this.put(keys[s], at[s]);
  }

  private clear(): void {
    this.keys.fill(0);
    this.rows = 0;
    this.count = 0;
  }
}

/**
 * A token's emissions from its six slots' rows (pass rows from `r`) into `emit[base..base + L)`.
 * (A function of its own: the loop that calls it stays light enough not to be optimized during a
 * fresh worker's first analysis, when compiling it cost more than it saved.)
 */
function sumSlots(emit: Float64Array, base: number, r: number, self: Float32Array, p1: Float32Array, n1: Float32Array, p2: Float32Array, n2: Float32Array, p3: Float32Array): void {
  for (let y = 0; y < L; y++) {
    emit[base + y] = self[r + y] + p1[r + L + y] + n1[r + 2 * L + y] + p2[r + 3 * L + y] + n2[r + 4 * L + y] + p3[r + 5 * L + y];
  }
}

/**
 * Emission scores at run time: the same features as `sentenceFeatures`, but each word's slot
 * features are summed once per word (and kept across sentences and documents), so a token costs
 * a handful of lookups instead of about a hundred. One scorer may serve both passes of the
 * two-pass tagger: their weights are then looked up together, and a sentence's emissions but for
 * the document memory are computed once for both.
 */
export class Scorer {
  private readonly rows = new Map<string, Float32Array>();
  private readonly tmp = new Hashes();
  private readonly pairs = new Hashes();
  private readonly few = new Hashes();
  private fewAt = new Int32Array(64);
  private readonly bos: Float32Array;
  private readonly eos: Float32Array;
  private readonly add: RowsAdder;
  private readonly passes: number;
  /** Rows of features with few values, looked up once each. */
  private readonly fewRows: RowCache;
  /** Each view's emissions but for the memory features, every pass's (`passes` × n × L). */
  private readonly fixed = new WeakMap<SentenceView, Float64Array>();

  constructor(
    weights: Weights | readonly Weights[],
    readonly tables: NameTables,
  ) {
    const passes = Array.isArray(weights) ? (weights as readonly Weights[]) : [weights as Weights];
    this.passes = passes.length;
    this.add = rowsAdder(passes);
    this.fewRows = new RowCache(this.add, this.passes * L, 60_000);
    this.bos = this.computeRows(BOS, 0);
    this.eos = this.computeRows(EOS, 0);
  }

  /** A word's slot rows, every pass's: `[pass][slot][label]`. */
  private computeRows(c: WordInfo, entry: number): Float32Array {
    const r = new Float32Array(this.passes * SLOTS * L);
    const tmp = this.tmp;
    for (let s = 0; s < SLOTS; s++) {
      tmp.length = 0;
      slotFeatures(s, c, entry, tmp);
      for (let j = 0; j < tmp.length; j++) this.add(tmp.buf[j], r, s * L, SLOTS * L);
    }
    return r;
  }

  /** Rows kept on the words' facts, counted to bound the memory they hold. */
  private kept = 0;

  /** Tells the scorers apart without keeping them alive (training makes many). */
  private static count = 0;
  private readonly id = ++Scorer.count;

  private rowsOf(c: WordInfo): Float32Array {
    if (c.rowsBy === this.id) return c.rows!;
    if (c.rowsBy === 0) {
      // Past the bound, the words' facts are dropped with their rows (and computed again on use).
      if (++this.kept > 30_000) {
        this.kept = 0;
        this.tables.memo.clear();
        this.tables.bySurface.clear();
      }
      c.rowsBy = this.id;
      return (c.rows = this.computeRows(c, c.entry));
    }
    // The word's rows are another scorer's (training runs several): kept here instead.
    let r = this.rows.get(c.w);
    if (!r) {
      r = this.computeRows(c, c.entry);
      if (this.rows.size > 30_000) this.rows.clear();
      this.rows.set(c.w, r);
    }
    return r;
  }

  /** What the features need of a sentence, computed once for both passes. */
  view(surface: readonly string[]): SentenceView {
    return viewOf(surface, this.tables);
  }

  /** Every pass's emissions of a view but for the memory features, in pairFeatures' order. */
  private fixedEmissions(v: SentenceView): Float64Array {
    const hit = this.fixed.get(v);
    if (hit) return hit;
    const { n, info } = v;
    const P = this.passes;
    const stride = n * L;
    const emit = new Float64Array(P * stride);
    const rows: Float32Array[] = new Array(n);
    for (let i = 0; i < n; i++) rows[i] = this.rowsOf(info[i]);
    const { bos, eos, add, fewRows } = this;
    // The sentence's pair and few-valued features, gathered first.
    const pairs = this.pairs;
    const few = this.few;
    pairs.length = 0;
    few.length = 0;
    if (this.fewAt.length < n + 1) this.fewAt = new Int32Array(2 * n + 2);
    const fewAt = this.fewAt;
    for (let i = 0; i < n; i++) {
      fewAt[i] = few.length;
      pairFeatures(v, i, undefined, pairs, few);
    }
    fewAt[n] = few.length;
    for (let i = 0; i < n; i++) {
      // The six slots: the word itself, one and two words before and after, three before.
      const self = rows[i];
      const p1 = i >= 1 ? rows[i - 1] : bos;
      const n1 = i + 1 < n ? rows[i + 1] : eos;
      const p2 = i >= 2 ? rows[i - 2] : bos;
      const n2 = i + 2 < n ? rows[i + 2] : eos;
      const p3 = i >= 3 ? rows[i - 3] : bos;
      for (let k = 0; k < P; k++) sumSlots(emit, k * stride + i * L, k * SLOTS * L, self, p1, n1, p2, n2, p3);
      for (let j = 4 * i; j < 4 * i + 4; j++) add(pairs.buf[j], emit, i * L, stride);
      for (let j = fewAt[i]; j < fewAt[i + 1]; j++) fewRows.addAll(few.buf[j], emit, i * L, stride, P);
    }
    this.fixed.set(v, emit);
    return emit;
  }

  /**
   * Emission scores of a sentence (words, or their view) for pass `pass`: `emit[i * L + y]`.
   * `memo`: the second pass's document memory, as codes (memory.ts `memoryCodes`).
   */
  emissions(sentence: readonly string[] | SentenceView, memo?: Uint8Array, pass = 0): Float64Array {
    const v = Array.isArray(sentence) ? viewOf(sentence, this.tables) : (sentence as SentenceView);
    const { n } = v;
    const emit = this.fixedEmissions(v).slice(pass * n * L, (pass + 1) * n * L);
    if (!memo) return emit;
    // pairFeatures' memory features, the last it adds.
    const mf = memoryFeatures();
    const fewRows = this.fewRows;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const m = memo[i];
      if (m) {
        fewRows.addOne(mf.self[m], emit, base, pass);
        fewRows.addOne(f2(43, mf.hash[m], v.hshape[i + 1]), emit, base, pass);
      }
      if (i === 0) fewRows.addOne(mf.prevEdge, emit, base, pass);
      else if (memo[i - 1]) fewRows.addOne(mf.prev[memo[i - 1]], emit, base, pass);
      if (i + 1 === n) fewRows.addOne(mf.nextEdge, emit, base, pass);
      else if (memo[i + 1]) fewRows.addOne(mf.next[memo[i + 1]], emit, base, pass);
    }
    return emit;
  }
}

/** Types (1 PER, 2 LOC, 4 ORG) of listed single-word names spelled like `surface` but for vowel letters. */
export function skeletonTypes(surface: string, tables: NameTables): number {
  return wordInfo(fnorm(surface), tables).skel;
}

/** The stem the features use for a word (also the key of document memory). */
export function featureStem(surface: string): string {
  return formOf(fnorm(surface)).stem;
}
