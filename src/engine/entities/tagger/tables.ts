/**
 * The word and phrase tables the tagger's features read, shipped inside the model file
 * (model-file.ts) as sorted hash columns, so the run time builds nothing:
 * - words: the word's cluster (learned from unlabelled news: scripts/train-clusters.ts), at three
 *   granularities, its membership in the name lists (NERAr persons, places and organizations;
 *   Wikidata person-name tokens with how often they occur), how frequent it is in news, and its
 *   classes in the project's hand-written lexicons (given name, title, head word…: `Lex`);
 * - list phrases: the name lists' entries and their prefixes, for longest-match span features;
 * - gazetteer phrases: the project's listed names (lang/ar/names), likewise;
 * - skeletons: the consonant skeletons of listed one-word names (words.ts `skeleton`).
 * Words are keyed by the features' normalized form (words.ts `fnorm`). The tables are packed at
 * training time (lexicon.ts, scripts/train-ner.ts).
 */

/**
 * Packed word entry: cluster + 1 in bits 0–11 (0 = none), Wikidata bucket in bits 12–14, list bits
 * in 16–23, and in 24–28 how frequent the word is in the unlabelled news (1 + log2 of its count; 0
 * when seen fewer than five times).
 */
export const CLUSTER_MASK = 0xfff;
export const WIKI_SHIFT = 12;
export const LIST_SHIFT = 16;
const FREQ_SHIFT = 24;
const LIST_MASK = 0xff;

/** Name-list membership bits of a word (shifted by LIST_SHIFT in the packed entry). */
export const enum ListBit {
  /** First word of a multi-word person name (NERAr). */
  PersonFirst = 1,
  /** Last word of a multi-word person name. */
  PersonLast = 2,
  /** Inner word of a person name, or a one-word person name. */
  PersonOther = 4,
  /** A one-word place name. */
  PlaceAlone = 8,
  /** A word of a multi-word place name. */
  PlaceWord = 16,
  /** A one-word organization name. */
  OrgAlone = 32,
  /** A word of a multi-word organization name. */
  OrgWord = 64,
}

/** Lexical classes of a word in the hand-written lexicons, as bits (the `lex` column). */
export const enum Lex {
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
export const LEX_CLASSES = 13;
/** Bits that say "a part of a person's name". */
export const NAME_PART_BITS = Lex.Given | Lex.GivenAmb | Lex.Family | Lex.Surname | Lex.PersonFirst;

/** Gazetteer phrase flags: the listed name's code + 1 in the low bits (GAZ_CODES), or a longer entry goes on. */
export const GAZ_CONTINUES = 16;
/** Codes of the hand-written gazetteer: type, and +5 when the entry is also an everyday word. */
export const GAZ_TAGS = ['PER', 'LOC', 'ORG', 'MISC', 'GRP', 'PERa', 'LOCa', 'ORGa', 'MISCa', 'GRPa'];

/** Phrase flags: a full entry of this type ends here; or a longer entry goes on. */
export const enum PhraseFlag {
  Person = 1,
  Place = 2,
  Org = 4,
  Continues = 8,
}

/** Clusters at the three granularities: 32, 256 and 2,048 (each level splits the one above in 8). */
export const CLUSTER_LEVELS = 3;

/** FNV-1a of a string's UTF-16 code units, never 0. */
export function wordHash(w: string): number {
  return rangeHash(w, 0, w.length);
}

/** `wordHash(w.slice(from, to))` without the slice. */
export function rangeHash(w: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/** Hash of a phrase extended by one word (`prev` = 0 at the phrase start). */
export function phraseStep(prev: number, w: string): number {
  let h = Math.imul(prev ^ 0x9e3779b9, 0x85ebca6b) ^ wordHash(w);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0 || 1;
}

/**
 * Lookup in a sorted column of 32-bit hashes: a table of where each value of the top bits starts
 * (counted in one pass when the column is first used) leaves a binary search over a handful of
 * neighbours — a cache miss or two instead of twenty.
 */
/**
 * Where each bucket of a sorted hash column starts: 2^bits buckets on the keys' top bits, about
 * sixteen keys (one cache line) a bucket, plus the end.
 */
export function bucketIndex(keys: Uint32Array): Uint32Array {
  const bits = Math.max(4, Math.min(20, Math.ceil(Math.log2(keys.length / 16 + 1))));
  const shift = 32 - bits;
  const start = new Uint32Array((1 << bits) + 1);
  for (let k = 0; k < keys.length; k++) start[(keys[k] >>> shift) + 1]++;
  for (let b = 1; b < start.length; b++) start[b] += start[b - 1];
  return start;
}

export class SortedKeys {
  readonly start: Uint32Array;
  private readonly shift: number;

  /** `start` (bucketIndex below) may come precomputed with the column (the model file ships it). */
  constructor(
    readonly keys: Uint32Array,
    start?: Uint32Array,
  ) {
    this.start = start ?? bucketIndex(keys);
    this.shift = 32 - Math.log2(this.start.length - 1);
  }

  /** Index of `key`, or -1. */
  indexOf(key: number): number {
    const keys = this.keys;
    const top = key >>> this.shift;
    let lo = this.start[top];
    let hi = this.start[top + 1] - 1;
    // A bucket holds a cache line of keys or so: a scan beats the branches of a search.
    if (hi - lo < 16) {
      for (let i = lo; i <= hi; i++) {
        const k = keys[i];
        if (k >= key) return k === key ? i : -1;
      }
      return -1;
    }
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

export interface TableColumns {
  /** Each column's keys may come with their bucket index (`index`, see bucketIndex). */
  words: { keys: Uint32Array; values: Uint32Array; lex: Uint32Array; index?: Uint32Array };
  phrases: { keys: Uint32Array; flags: Uint8Array; index?: Uint32Array };
  gazetteer: { keys: Uint32Array; flags: Uint8Array; index?: Uint32Array };
  skeletons: { keys: Uint32Array; values: Uint32Array; index?: Uint32Array };
}

export class NameTables {
  private readonly words: SortedKeys;
  private readonly phrases: SortedKeys;
  private readonly gazetteer: SortedKeys;
  private readonly skeletons: SortedKeys;
  /** Per-word facts the features derive from the tables, kept with them. */
  readonly memo = new Map<string, unknown>();
  /** The same facts by the word as written (before the features' normalization). */
  readonly bySurface = new Map<string, unknown>();

  constructor(readonly columns: TableColumns) {
    this.words = new SortedKeys(columns.words.keys, columns.words.index);
    this.phrases = new SortedKeys(columns.phrases.keys, columns.phrases.index);
    this.gazetteer = new SortedKeys(columns.gazetteer.keys, columns.gazetteer.index);
    this.skeletons = new SortedKeys(columns.skeletons.keys, columns.skeletons.index);
  }

  private index(w: string): number {
    return this.words.indexOf(wordHash(w));
  }

  /** The packed entry of a normalized word (0 when the tables do not know it). */
  word(w: string): number {
    const i = this.index(w);
    return i < 0 ? 0 : this.columns.words.values[i];
  }

  /** The word's classes in the hand-written lexicons (`Lex` bits). */
  lex(w: string): number {
    const i = this.index(w);
    return i < 0 ? 0 : this.columns.words.lex[i];
  }

  /** Name-list phrase flags of a phrase hash (0 when unknown). */
  phrase(h: number): number {
    const i = this.phrases.indexOf(h);
    return i < 0 ? 0 : this.columns.phrases.flags[i];
  }

  /** Gazetteer phrase flags of a phrase hash (0 when unknown). */
  gazetteerPhrase(h: number): number {
    const i = this.gazetteer.indexOf(h);
    return i < 0 ? 0 : this.columns.gazetteer.flags[i];
  }

  /** Types (1 PER, 2 LOC, 4 ORG) of listed one-word names with this consonant skeleton. */
  skeleton(k: string): number {
    if (!k) return 0;
    const i = this.skeletons.indexOf(wordHash(k));
    return i < 0 ? 0 : this.columns.skeletons.values[i];
  }

  static readonly EMPTY = new NameTables({
    words: { keys: new Uint32Array(0), values: new Uint32Array(0), lex: new Uint32Array(0) },
    phrases: { keys: new Uint32Array(0), flags: new Uint8Array(0) },
    gazetteer: { keys: new Uint32Array(0), flags: new Uint8Array(0) },
    skeletons: { keys: new Uint32Array(0), values: new Uint32Array(0) },
  });
}

/** The cluster of a packed entry at `level` (0 = coarsest), or -1. */
export function clusterAt(entry: number, level: number): number {
  const c = (entry & CLUSTER_MASK) - 1;
  if (c < 0) return -1;
  return c >> (3 * (CLUSTER_LEVELS - 1 - level));
}

/** Name-list bits of a packed entry (ListBit). */
export function listBits(entry: number): number {
  return (entry >>> LIST_SHIFT) & LIST_MASK;
}

/** 1 + log2 of the word's count in the unlabelled news, 0 when rare or unseen. */
export function frequencyOf(entry: number): number {
  return (entry >>> FREQ_SHIFT) & 31;
}

/** The frequency field of a packed entry for a word seen `count` times. */
export function frequencyBits(count: number): number {
  return count < 5 ? 0 : Math.min(31, 1 + Math.floor(Math.log2(count))) << FREQ_SHIFT;
}

/**
 * Packs words' entries and lexical classes into the sorted columns the model file ships (used at
 * training time; the run time only reads).
 */
export function packWords(entries: ReadonlyMap<string, number>, lex: ReadonlyMap<string, number>): TableColumns['words'] {
  const byHash = new Map<number, [number, number]>();
  const put = (w: string, v: number, l: number) => {
    const h = wordHash(w);
    // A hash collision between two table words keeps the union of their bits and the first cluster.
    const old = byHash.get(h);
    if (!old) byHash.set(h, [v, l]);
    else byHash.set(h, [(old[0] & CLUSTER_MASK ? old[0] : v) | (v & ~CLUSTER_MASK), old[1] | l]);
  };
  for (const [w, v] of entries) put(w, v, 0);
  for (const [w, l] of lex) put(w, 0, l);
  const keys = Uint32Array.from(byHash.keys()).sort();
  return { keys, values: Uint32Array.from(keys, (k) => byHash.get(k)![0]), lex: Uint32Array.from(keys, (k) => byHash.get(k)![1]) };
}

/**
 * Packs phrases (normalized words, with their flag) and all their proper prefixes (`continues`
 * flag). Where two entries end at the same words, the first one's flag is kept when `first` is
 * set, otherwise the flags are joined.
 */
export function packPhrases(phrases: readonly { words: readonly string[]; flag: number }[], continues: number = PhraseFlag.Continues, first = false): { keys: Uint32Array; flags: Uint8Array } {
  const byHash = new Map<number, number>();
  for (const p of phrases) {
    let h = 0;
    p.words.forEach((w, k) => {
      h = phraseStep(h, w);
      const old = byHash.get(h) ?? 0;
      if (k < p.words.length - 1) byHash.set(h, old | continues);
      else if (!first || (old & ~continues) === 0) byHash.set(h, (first ? old & continues : old) | p.flag);
    });
  }
  const keys = Uint32Array.from(byHash.keys()).sort();
  return { keys, flags: Uint8Array.from(keys, (k) => byHash.get(k)!) };
}

/** Packs a skeleton → type bits map. */
export function packSkeletons(skeletons: ReadonlyMap<string, number>): TableColumns['skeletons'] {
  const byHash = new Map<number, number>();
  for (const [k, v] of skeletons) byHash.set(wordHash(k), (byHash.get(wordHash(k)) ?? 0) | v);
  const keys = Uint32Array.from(byHash.keys()).sort();
  return { keys, values: Uint32Array.from(keys, (k) => byHash.get(k)!) };
}
