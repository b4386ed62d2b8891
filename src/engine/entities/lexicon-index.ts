/**
 * The name lexicons the rules and the document stage read (gazetteer phrases, given names,
 * titles, heads), and phrase matching over tokens with the proclitics of the first word peeled off
 * («وبمدينة» → مدينة, «للأمم المتحدة» → الأمم المتحدة). The lexicons are compiled from the
 * language data (lexicon-build.ts) when the model is trained and shipped in the model file, so the
 * first analysis does not normalize thousands of entries; a test checks that the shipped lexicon is
 * the one the data gives.
 */
import { normalizeWord } from '../text/normalize.js';
import { CLITIC_POLICIES, findReading, readings } from '../text/clitics.js';
import type { Stem } from '../text/clitics.js';
import type { Token } from '../text/tokenize.js';
import { modelFile } from './tagger/model-data.js';
import { ownWord } from './tagger/word-facts.js';

export type NameType = 'PER' | 'ORG' | 'LOC';

export interface PhraseEntry {
  /** Normalized words. */
  words: readonly string[];
  type: NameType;
  /** Listed as an everyday word too: a feature for the tagger, never an entity by itself. */
  ambiguous: boolean;
}

export interface PhraseMatch {
  entry: PhraseEntry;
  /** Token index of the first word and number of tokens covered. */
  index: number;
  length: number;
  /** Normalized proclitics on the first token ('' when none). */
  prefix: string;
  /** The first word as the entry has it (article restored after ل). */
  stem: string;
}

/** Splits a lexicon entry into normalized words the way the tokenizer would see them. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .split(/[\s\u00a0]+/)
    .map((w) => normalizeWord(w))
    .filter((w) => w.length > 0);
}

export class PhraseIndex {
  /**
   * `plausible(whole, stem)` says whether a word may be read as proclitics + `stem` at all (by
   * default, always).
   */
  constructor(private readonly plausible: (whole: string, stem: string) => boolean = () => true) {}

  private readonly byFirst = new Map<string, PhraseEntry[]>();
  private readonly keys = new Map<string, PhraseEntry>();
  /** Packed entries by first word (null: an index built entry by entry), unpacked into `byFirst` when that word is first looked up. */
  private packed: PackedPhrases | null = null;

  /**
   * An index over already normalized, distinct entries (the shipped lexicon), built lazily: the
   * first analysis only unpacks the entries of the words it meets, and takes the grouping by
   * first word as it was shipped (a pass over the ~5,000 entries cost a fresh worker a few
   * milliseconds, and as many again to optimize).
   */
  static fromPacked(groups: PackedPhrases, plausible?: (whole: string, stem: string) => boolean): PhraseIndex {
    const ix = new PhraseIndex(plausible);
    ix.packed = groups;
    return ix;
  }

  /** The entries starting with `first`, longest first (unpacked on first use). */
  private listOf(first: string): PhraseEntry[] | undefined {
    const l = this.byFirst.get(first);
    if (l || !this.packed || !Object.hasOwn(this.packed, first)) return l;
    const list = this.packed[first].map(([rest, type, amb]) => ({ words: rest ? [first, ...rest.split(' ')] : [first], type, ambiguous: amb === 1 }));
    // Longest first, in the order added among equals.
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
    return list;
  }

  private hasFirstWord(w: string): boolean {
    return this.byFirst.has(w) || (this.packed !== null && Object.hasOwn(this.packed, w));
  }
  private readonly unsorted = new Set<PhraseEntry[]>();

  add(phrase: string, type: NameType, ambiguous = false): void {
    if (/[()[\]{}«»"،,.]/.test(phrase)) return;
    this.addWords(phraseWords(phrase), type, ambiguous);
  }

  /** Adds an entry already split into normalized words. */
  addWords(words: readonly string[], type: NameType, ambiguous = false): void {
    if (words.length === 0) return;
    if (this.packed) throw new Error('a packed phrase index takes no more entries');
    if (this.starts.size) this.starts.clear();
    this.memoTokens = null;
    const key = words.join(' ') + '|' + type;
    const old = this.keys.get(key);
    if (old) {
      if (ambiguous) old.ambiguous = true;
      return;
    }
    const entry: PhraseEntry = { words, type, ambiguous };
    this.keys.set(key, entry);
    const list = this.byFirst.get(words[0]);
    if (list) {
      list.push(entry);
      // Longest first, in insertion order among equals; sorted once, when first matched.
      if (list.length > 1 && list[list.length - 2].words.length < words.length) this.unsorted.add(list);
    } else this.byFirst.set(words[0], [entry]);
  }

  private sorted(list: PhraseEntry[]): PhraseEntry[] {
    if (this.unsorted.size > 0 && this.unsorted.has(list)) {
      list.sort((a, b) => b.words.length - a.words.length);
      this.unsorted.delete(list);
    }
    return list;
  }

  private readonly starts = new Map<string, readonly Stem[]>();

  /** The proclitic readings of a word whose stem starts some entry (most words: none), cached. */
  private startReadings(norm: string): readonly Stem[] {
    // A small index (a document's own) answers faster than a cache would.
    if (!this.packed && this.byFirst.size < 4096) {
      const rs = readings(norm, CLITIC_POLICIES.proclitics);
      let any = false;
      for (let r = 0; r < rs.length && !any; r++) any = this.byFirst.has(rs[r].stem);
      return any ? rs.filter((s) => this.byFirst.has(s.stem)) : NO_STEMS;
    }
    let hit = this.starts.get(norm);
    if (!hit) {
      hit = readings(norm, CLITIC_POLICIES.proclitics).filter((s) => this.hasFirstWord(s.stem));
      if (this.starts.size > 50_000) this.starts.clear();
      this.starts.set(norm, hit);
    }
    return hit;
  }

  /** Every entry, in the order added. */
  entries(): PhraseEntry[] {
    return [...this.keys.values()];
  }

  /** True when some entry starts with the normalized word `w`. */
  hasFirst(w: string): boolean {
    return this.hasFirstWord(w);
  }

  /** Entries whose words equal `words` exactly (any type). */
  lookup(words: readonly string[]): PhraseEntry[] {
    const out: PhraseEntry[] = [];
    const list = this.listOf(words[0]);
    for (const e of list ? this.sorted(list) : []) {
      if (e.words.length === words.length && e.words.every((w, k) => w === words[k])) out.push(e);
    }
    return out;
  }

  /**
   * The longest entry starting at token `i` (first word possibly carrying proclitics), not
   * crossing `limit`. Prefers the reading with the fewest clitics among equally long matches.
   */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch | null {
    const t = tokens[i];
    // (A rule may ask past the end: «… ا-» ends the text on the dash of a would-be byline.)
    if (!t || i >= limit || t.kind !== 'word') return null;
    let best: Candidate | null = null;
    // The candidates come reading by reading, each reading's longest first: a reading's first
    // candidate within `limit` is its match, kept when longer than an earlier reading's.
    let reading = -1;
    for (const c of this.candidates(tokens, i)) {
      if (c.reading === reading || i + c.length > limit) continue;
      if (best && c.length <= best.length) {
        reading = c.reading;
        continue;
      }
      best = c;
      reading = c.reading;
    }
    return best && { entry: best.entry, index: i, length: best.length, prefix: best.prefix, stem: best.stem };
  }

  /** The document the candidates were found in, and its tokens' candidates (filled on use). */
  private memoTokens: readonly Token[] | null = null;
  private memo: (readonly Candidate[] | undefined)[] = [];

  /**
   * Every entry that matches the tokens at `i` whatever the limit, reading by reading (readings in
   * order, each reading's entries longest first): the rules ask about the same tokens many times.
   */
  private candidates(tokens: readonly Token[], i: number): readonly Candidate[] {
    if (tokens !== this.memoTokens) {
      this.memoTokens = tokens;
      this.memo = new Array(tokens.length);
    }
    let out = this.memo[i];
    if (out) return out;
    let found: Candidate[] | null = null;
    const t = tokens[i];
    // Readings without the article already include the article-bearing stem («بالرياض» →
    // ب + الرياض, «للمرصد» → ل + المرصد), which is how entries are written.
    const rs = this.startReadings(t.norm);
    for (let r = 0; r < rs.length; r++) {
      const s = rs[r];
      const list = this.listOf(s.stem);
      if (!list || (s.prefix !== '' && !this.plausible(t.norm, s.stem))) continue;
      for (const e of this.sorted(list)) {
        const n = e.words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n; k++) {
          if (tokens[i + k].norm !== e.words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) (found ??= []).push({ reading: r, entry: e, length: n, prefix: s.prefix, stem: s.stem });
      }
    }
    out = found ?? NO_CANDIDATES;
    this.memo[i] = out;
    return out;
  }
}

interface Candidate {
  reading: number;
  entry: PhraseEntry;
  length: number;
  prefix: string;
  stem: string;
}
const NO_CANDIDATES: readonly Candidate[] = [];
const NO_STEMS: readonly Stem[] = [];

export interface NameLexicon {
  phrases: PhraseIndex;
  givenNames: ReadonlySet<string>;
  familyNames: ReadonlySet<string>;
  ambiguousGiven: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  abdComplements: ReadonlySet<string>;
  notName: ReadonlySet<string>;
  /** Single-word titles; multi-word titles are in `titlePhrases`. */
  titles: ReadonlySet<string>;
  titlePhrases: PhraseIndex;
  postRoles: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  locHeads: ReadonlySet<string>;
  directions: ReadonlySet<string>;
  /** Peoples and sects («العرب», «الأكراد»), whose adjectives («العربي») are not names. */
  groups: ReadonlySet<string>;
  /** Everyday expressions built like names («الرأي العام»): normalized words joined by spaces. */
  commonPhrases: ReadonlySet<string>;
}

/** The lexicon as shipped: normalized words only (lexicon-build.ts writes it). */
/** A packed entry: normalized words joined by spaces, type, 1 when ambiguous. */
type PackedPhrase = [string, NameType, 0 | 1];

/** A packed entry under its first word: the words after it joined by spaces ('' when none), type, 1 when ambiguous. */
type PackedRest = [string, NameType, 0 | 1];

/** Packed entries by their first word, each group in the order added. */
type PackedPhrases = Readonly<Record<string, readonly PackedRest[]>>;

/** Distinct packed entries (in the order added) grouped by first word, as `PhraseIndex.fromPacked` takes them. */
export function groupByFirstWord(entries: readonly PackedPhrase[]): Record<string, PackedRest[]> {
  // (No prototype: a word is never taken for one of Object's own keys.)
  const groups: Record<string, PackedRest[]> = Object.create(null) as Record<string, PackedRest[]>;
  for (const [words, type, amb] of entries) {
    const sp = words.indexOf(' ');
    const first = sp < 0 ? words : words.slice(0, sp);
    const e: PackedRest = [sp < 0 ? '' : words.slice(sp + 1), type, amb];
    if (Object.hasOwn(groups, first)) groups[first].push(e);
    else groups[first] = [e];
  }
  return groups;
}

export interface PackedLexicon {
  /** Distinct entries, by first word (`groupByFirstWord`). */
  phrases: Record<string, PackedRest[]>;
  titlePhrases: string[];
  sets: Record<Exclude<keyof NameLexicon, 'phrases' | 'titlePhrases'>, string[]>;
}

/** The lookup tables of a packed lexicon. */
function unpackLexicon(packed: PackedLexicon, plausible?: (whole: string, stem: string) => boolean): NameLexicon {
  const phrases = PhraseIndex.fromPacked(packed.phrases, plausible);
  const titlePhrases = PhraseIndex.fromPacked(groupByFirstWord(packed.titlePhrases.map((w) => [w, 'PER', 0])));
  const sets = {} as Record<keyof PackedLexicon['sets'], ReadonlySet<string>>;
  for (const [k, v] of Object.entries(packed.sets)) sets[k as keyof PackedLexicon['sets']] = new Set(v);
  return { phrases, titlePhrases, ...sets };
}

/** A word the lexicon holds as a given or family name, or as the first word of a listed name. */
export function lexiconName(lex: NameLexicon, w: string): boolean {
  return lex.givenNames.has(w) || lex.familyNames.has(w) || lex.phrases.hasFirst(w);
}

let cached: NameLexicon | null = null;

/** The shipped lexicon (read from the model file on first use). */
export function nameLexicon(): NameLexicon {
  return (cached ??= unpackLexicon(modelFile().lexicon as PackedLexicon, (whole, stem) => !ownWord(whole, stem)));
}

/**
 * The reading of `norm` (proclitics only, no enclitic) whose stem is in `set`, whole word first;
 * `null` when none is. «والرئيس» with the title set → { stem: الرئيس, prefix: و }.
 */
export function stemIn(norm: string, set: ReadonlySet<string>): { readonly stem: string; readonly prefix: string } | null {
  // The reading itself (shared, read-only): no copy per call.
  return findReading(norm, (stem) => set.has(stem), CLITIC_POLICIES.proclitics);
}

/** Nationality or relation adjective: السوري، التركية، الأمريكيين are not names but qualify one. */
export function isNisba(norm: string): boolean {
  return norm.length >= 5 && /(ي|يه|يين|يون)$/.test(norm);
}

const NISBA_ENDINGS = ['يون', 'يين', 'يات', 'يه', 'ي'];

/**
 * A nationality or relation adjective made from a listed place or people: «المصري» (مصر),
 * «السوري» (سوريا), «العراقية» (العراق), «العربي» (العرب). Alone, such a word qualifies a noun far
 * more often than it names someone, even where it is also a family name.
 */
export function isNationality(lex: NameLexicon, norm: string): boolean {
  let hit = nationalities.get(norm);
  if (hit === undefined) {
    hit = nationality(lex, norm);
    if (nationalities.size > 20_000) nationalities.clear();
    nationalities.set(norm, hit);
  }
  return hit;
}

const nationalities = new Map<string, boolean>();

function nationality(lex: NameLexicon, norm: string): boolean {
  if (!norm.startsWith('ال') || norm.length < 5) return false;
  const end = NISBA_ENDINGS.find((e) => norm.endsWith(e));
  if (!end) return false;
  const x = norm.slice(2, norm.length - end.length);
  if (x.length < 2) return false;
  // A listed family name («المنصوري») is an adjective only of a place that is surely a place.
  const family = lex.familyNames.has(norm);
  const place = (w: string) => lex.phrases.lookup([w]).some((e) => e.type === 'LOC' && !(family && e.ambiguous));
  // Besides the plain stems: «الأفغاني» (أفغانستان), «النمساوي» (النمسا), «الأوروغوياني» and
  // «الأوروغواياني» (الأوروغواي), «الكونغولي» (الكونغو), «الإنجليزي» (إنجلترا).
  const stems = [x, x + 'ا', x + 'يا', x + 'ه', x + 'يه', 'ال' + x, 'ال' + x + 'يه', x + 'ستان', x + 'ي'];
  if (x.endsWith('او')) stems.push(x.slice(0, -1), 'ال' + x.slice(0, -1));
  if (/يان$/.test(x)) stems.push(x.replace(/ا?يان$/, 'اي'), 'ال' + x.replace(/ا?يان$/, 'اي'));
  if (/[لف]$/.test(x) && x.length >= 4) stems.push(x.slice(0, -1), 'ال' + x.slice(0, -1));
  if (/^(ا|)ن[جك]ليز$/.test(x)) stems.push('انجلترا');
  return stems.some(place) || lex.groups.has('ال' + x);
}
