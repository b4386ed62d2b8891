/**
 * The one clitic reader (as CAMeL Tools reads clitics through one analyzer over a prefix/stem/suffix
 * table). A normalized word reads as proclitics + stem (+ enclitic): conjunction, then preposition
 * or the future particle, then the article, with لل = ل + ال; attached pronouns at the end
 * («وإدلب» → إدلب, «بدمشق» → دمشق, «للمرصد» → المرصد, «بحوزتهم» → حوزة).
 *
 * `readings(word)` gives every plausible reading, the whole word first. Stages that need fewer
 * readings pass a named policy (`CLITIC_POLICIES`) rather than stripping letters themselves, so an
 * intentional difference between two stages is visible as a difference between two policies.
 */
import { ENCLITICS, CONJUNCTIONS, PREPOSITIONS } from '../lang/ar/clitics.js';

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

/** Which readings a caller accepts. Every field narrows the full reading set; omitted = allowed. */
export interface CliticPolicy {
  /** و or ف at the start. */
  conjunction?: boolean;
  /** Prepositions (and the future particle) allowed after the conjunction, e.g. 'بكلس', 'بل', ''. */
  prepositions?: string;
  /** Readings that removed the article ال (or the ل of لل). */
  article?: boolean;
  /** Readings that removed an attached pronoun. */
  enclitic?: boolean;
  /** At least one proclitic removed (the whole word is not a reading). */
  prefixRequired?: boolean;
  /** Most proclitic letters removed. */
  maxPrefixLetters?: number;
  /** Shortest stem accepted (the reader itself never goes below 2 letters). */
  minStem?: number;
}

/** The named policies the stages use. */
export const CLITIC_POLICIES = {
  /** Everything the reader can see: for lexicon lookups that try every reading. */
  all: {},
  /** Proclitics only, the article kept on the stem: looking a word up in a name or title list («والرئيس» → الرئيس). */
  proclitics: { article: false, enclitic: false },
  /** One leading و ف ب ل letter only: month and weekday names («وبيناير» is not read). */
  oneLetter: { article: false, enclitic: false, maxPrefixLetters: 1, prepositions: 'بل' },
  /** A leading و or ف only («وأمس» → أمس): the quote stage's word classes and source markers. */
  conjunction: { prepositions: '', article: false, enclitic: false },
  /**
   * A reporting verb: و ف and the ل of purpose («وليؤكد»), and an object pronoun («أكدها»); the
   * quote stage keeps the pronouns a verb takes (ه، ها، هم) and only on past forms.
   */
  verb: { prepositions: 'ل', article: false },
  /** The preposition ل alone on a word («لوكالة», «للصحفيين»): to whom something was said. */
  preposition: { conjunction: false, prepositions: 'ل', article: false, enclitic: false, prefixRequired: true },
  /** A speaker's head word: conjunction, ب or ل, and the article («وللوزارة» → الوزارة، وزارة). */
  speakerHead: { prepositions: 'بل', enclitic: false },
  /** The same, with the article kept: anonymity is read off the word as written («المتحدث» is no «متحدث»). */
  speakerHeadWritten: { prepositions: 'بل', enclitic: false, article: false },
} as const satisfies Record<string, CliticPolicy>;

const readingCache = new Map<string, readonly Stem[]>();
const CACHE_LIMIT = 50_000;

/** Every reading of a normalized word, whole word first (cached). */
let lastWord: string | null = null;
let lastReadings: readonly Stem[] = [];

function allReadings(norm: string): readonly Stem[] {
  if (norm === lastWord) return lastReadings;
  const hit = readingCache.get(norm);
  if (hit) {
    lastWord = norm;
    lastReadings = hit;
    return hit;
  }
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
  // Enclitic pronouns on every reading so far («مقاتليه» → مقاتلي, «بحوزتهم» → حوزة). A stem keeps
  // three letters: as word endings ك and ي are left to the stem (lang/ar/clitics.ts).
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
  if (readingCache.size >= CACHE_LIMIT) readingCache.clear();
  readingCache.set(norm, out);
  return out;
}

/** The proclitic letters of a reading split into conjunction and preposition (the article apart). */
function proclitics(s: Stem): { conj: string; prep: string } {
  let p = s.prefix;
  if (s.article) p = p.endsWith('ال') ? p.slice(0, -2) : p.slice(0, -1);
  const conj = p.startsWith('و') || p.startsWith('ف') ? p[0] : '';
  return { conj, prep: p.slice(conj.length) };
}

function accepts(s: Stem, policy: CliticPolicy): boolean {
  if (policy.article === false && s.article) return false;
  if (policy.enclitic === false && s.suffix !== '') return false;
  if (policy.prefixRequired && s.prefix === '') return false;
  if (policy.minStem !== undefined && s.stem.length < policy.minStem) return false;
  if (policy.maxPrefixLetters !== undefined && s.prefix.length > policy.maxPrefixLetters) return false;
  if (policy.conjunction === false || policy.prepositions !== undefined) {
    const { conj, prep } = proclitics(s);
    if (policy.conjunction === false && conj) return false;
    if (policy.prepositions !== undefined && prep && !policy.prepositions.includes(prep)) return false;
  }
  return true;
}

/**
 * Readings by policy, filtered once per word (policies are constant objects: CLITIC_POLICIES and a
 * few more), with the last word asked: the stages often ask about one word several times in a row.
 */
interface PolicyCache {
  map: Map<string, readonly Stem[]>;
  lastWord: string | null;
  last: readonly Stem[];
}
const byPolicy = new WeakMap<CliticPolicy, PolicyCache>();
const NO_READINGS: readonly Stem[] = Object.freeze([]);

/**
 * The readings of a normalized word that `policy` accepts, whole word first. Conservative: a stem
 * keeps at least two letters, and an enclitic is only removed from a stem of three letters or more.
 */
export function readings(norm: string, policy: CliticPolicy = CLITIC_POLICIES.all): readonly Stem[] {
  if (policy === CLITIC_POLICIES.all) return allReadings(norm);
  // A policy that wants a proclitic but neither a conjunction nor the article reads a preposition
  // of its own first (ل in «للصحفيين» too): any other word has no reading, and most words are
  // asked about in passing («لموقع», «لوكالة» are the few that are not).
  if (policy.prefixRequired && policy.conjunction === false && policy.article === false && policy.prepositions !== undefined && !policy.prepositions.includes(norm[0])) return NO_READINGS;
  let cache = byPolicy.get(policy);
  if (!cache) byPolicy.set(policy, (cache = { map: new Map(), lastWord: null, last: [] }));
  if (norm === cache.lastWord) return cache.last;
  const { map } = cache;
  let hit = map.get(norm);
  if (!hit) {
    hit = allReadings(norm).filter((s) => accepts(s, policy));
    if (map.size >= CACHE_LIMIT) map.clear();
    map.set(norm, hit);
  }
  cache.lastWord = norm;
  cache.last = hit;
  return hit;
}

/** The first reading under `policy` whose stem `known` accepts, or null. */
export function findReading(norm: string, known: (stem: string) => boolean, policy: CliticPolicy = CLITIC_POLICIES.all): Stem | null {
  for (const s of readings(norm, policy)) if (known(s.stem)) return s;
  return null;
}
