/**
 * The name lexicons (gazetteer, given names, titles, heads) normalized once into lookup tables,
 * and phrase matching over tokens with the proclitics of the first word peeled off
 * («وبمدينة» → مدينة, «للأمم المتحدة» → الأمم المتحدة). Built lazily on first use.
 */
import { normalizeWord } from '../text/normalize.js';
import { CLITIC_POLICIES, findReading, readings } from '../text/clitics.js';
import type { Token } from '../text/tokenize.js';
import { PERSON_NAMES, ORGANIZATIONS, placeRecords, recordsOf, trustedAlone } from '../lang/ar/index.js';
import type { NameRecord } from '../lang/ar/index.js';
import { ABD_COMPLEMENTS, NAME_PARTICLES, NOT_NAME_WORDS } from '../lang/ar/names.js';
import { DIRECTIONS, LOC_HEADS, ORG_HEADS, PERSON_TITLES, POST_NAME_ROLES } from '../lang/ar/triggers.js';

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

function normSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map((w) => normalizeWord(w)));
}

export class PhraseIndex {
  private readonly byFirst = new Map<string, PhraseEntry[]>();
  private readonly keys = new Map<string, PhraseEntry>();

  add(phrase: string, type: NameType, ambiguous = false): void {
    if (/[()[\]{}«»"،,.]/.test(phrase)) return;
    const words = phraseWords(phrase);
    if (words.length === 0) return;
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
      list.sort((a, b) => b.words.length - a.words.length);
    } else this.byFirst.set(words[0], [entry]);
  }

  /** True when some entry starts with the normalized word `w`. */
  hasFirst(w: string): boolean {
    return this.byFirst.has(w);
  }

  /** Entries whose words equal `words` exactly (any type). */
  lookup(words: readonly string[]): PhraseEntry[] {
    const out: PhraseEntry[] = [];
    for (const e of this.byFirst.get(words[0]) ?? []) {
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
    if (t.kind !== 'word') return null;
    let best: PhraseMatch | null = null;
    // Readings without the article already include the article-bearing stem («بالرياض» →
    // ب + الرياض, «للمرصد» → ل + المرصد), which is how entries are written.
    for (const s of readings(t.norm, CLITIC_POLICIES.proclitics)) {
      const list = this.byFirst.get(s.stem);
      if (!list) continue;
      for (const e of list) {
        const n = e.words.length;
        if (i + n > limit) continue;
        if (best && n <= best.length) break;
        let ok = true;
        for (let k = 1; k < n; k++) {
          if (tokens[i + k].norm !== e.words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          best = { entry: e, index: i, length: n, prefix: s.prefix, stem: s.stem };
          break;
        }
      }
    }
    return best;
  }
}

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
}

let cached: NameLexicon | null = null;

export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const titleWords = normSet(PERSON_TITLES);
  const phrases = new PhraseIndex();
  const addRecord = (r: NameRecord, type: NameType) => {
    // «الأمير الوليد بن طلال»: the mention is the name; the title is the role.
    const words = phraseWords(r.name);
    while (type === 'PER' && words.length > 2 && titleWords.has(words[0])) words.shift();
    phrases.add(words.join(' '), type, !trustedAlone({ ...r, name: words.join(' ') }));
  };
  // The lists news names most come first: among equally long matches the first added wins.
  const people = PERSON_NAMES.filter((r) => r.class === 'person');
  for (const extended of [false, true]) {
    const batch = (r: NameRecord) => (r.origin === 'extended') === extended;
    for (const r of placeRecords()) if (batch(r)) addRecord(r, 'LOC');
    for (const r of ORGANIZATIONS) if (batch(r)) addRecord(r, 'ORG');
    for (const r of people) if (batch(r)) addRecord(r, 'PER');
  }
  const titlePhrases = new PhraseIndex();
  const titles = new Set<string>();
  for (const p of PERSON_TITLES) {
    const w = phraseWords(p);
    if (w.length === 1) titles.add(w[0]);
    else titlePhrases.add(p, 'PER');
  }
  const given = recordsOf('given').filter((r) => r.ambiguous !== 'mostly');
  cached = {
    phrases,
    givenNames: normSet(given.map((r) => r.name)),
    familyNames: normSet(recordsOf('family').map((r) => r.name).filter((n) => !n.includes(' '))),
    ambiguousGiven: normSet(given.filter((r) => r.ambiguous).map((r) => r.name)),
    particles: normSet(NAME_PARTICLES),
    abdComplements: normSet(ABD_COMPLEMENTS),
    notName: normSet(NOT_NAME_WORDS),
    titles,
    titlePhrases,
    postRoles: normSet(POST_NAME_ROLES),
    orgHeads: normSet(ORG_HEADS),
    locHeads: normSet(LOC_HEADS),
    directions: normSet(DIRECTIONS),
  };
  return cached;
}

/**
 * The reading of `norm` (proclitics only, no enclitic) whose stem is in `set`, whole word first;
 * `null` when none is. «والرئيس» with the title set → { stem: الرئيس, prefix: و }.
 */
export function stemIn(norm: string, set: ReadonlySet<string>): { stem: string; prefix: string } | null {
  const s = findReading(norm, (stem) => set.has(stem), CLITIC_POLICIES.proclitics);
  return s && { stem: s.stem, prefix: s.prefix };
}

/** Nationality or relation adjective: السوري، التركية، الأمريكيين are not names but qualify one. */
export function isNisba(norm: string): boolean {
  return norm.length >= 5 && /(ي|يه|يين|يون)$/.test(norm);
}
