/**
 * What the quote stage knows about a word besides whether it is a cue: one bit set per normalized
 * word, built once from the language data (lang/ar/quote-words.ts, the complementizers of
 * lang/ar/cues.ts). `classOf(token) & W.TIME` answers what thirty separate predicates used to;
 * several classes test at once (`is(t, W.TIME | W.RELATIVE)`).
 *
 * Speaker-head classes (anonymous source, document, title, organization, place, plural) are a
 * second bit set, read by `headClass` on the word with and without its clitics and article.
 */
import { normalizeWord } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { CLITIC_POLICIES, findReading, readings } from '../text/clitics.js';
import { COMPLEMENTIZER_PRONOUNS, COMPLEMENTIZERS } from '../lang/ar/cues.js';
import type { QuoteWordClass } from '../lang/ar/quote-words.js';
import { GLOSS_OPENERS, QUOTE_WORDS } from '../lang/ar/quote-words.js';
import { ORG_HEADS, PERSON_TITLES } from '../lang/ar/triggers.js';
import { WordFilter } from './word-filter.js';

/** Word classes: one bit each (32 at most: JavaScript's bitwise operators work on 32 bits). */
export const W = {
  TIME: 1 << 0,
  EVENT: 1 << 1,
  MEDIA: 1 << 2,
  /** First word of an agency's or channel's name (رويترز، فرانس …). */
  MEDIA_NAME: 1 << 3,
  ADJUNCT_STARTER: 1 << 4,
  ADJUNCT_MODIFIER: 1 << 5,
  PRONOUN_PREP: 1 << 6,
  PERIOD: 1 << 7,
  RELATIVE: 1 << 8,
  LINKER: 1 << 9,
  NOUN_CONTEXT: 1 << 10,
  NEGATION: 1 << 11,
  MANNER: 1 << 12,
  DOCUMENT_VERB: 1 << 13,
  DOCUMENT_CLAUSE_VERB: 1 << 14,
  NON_SOURCE: 1 << 15,
  ADDRESSEE: 1 << 16,
  LABEL: 1 << 17,
  ANONYMITY_VERB: 1 << 18,
  SAYING_NOUN: 1 << 19,
  NAME_TAKING: 1 << 20,
  BLOCKS_COMPLEMENTIZER: 1 << 21,
  NOT_ARTICLE: 1 << 22,
  PARTICLE: 1 << 23,
  KANA: 1 << 24,
  POSTPOSED_LINK: 1 << 25,
  /** إن، أن، بأن، فإن and their pronoun forms (أنه، إنها، بأنهم…). */
  COMPLEMENTIZER: 1 << 26,
  PREPOSITION: 1 << 27,
  ANAPHOR: 1 << 28,
  NOT_MARKER: 1 << 29,
  CLAUSE_BREAK: 1 << 30,
} as const;

/**
 * Companion classes: words that count only right after a given word («الماضي» after «الشهر»,
 * «جهته» after «من», «أول» after «في», «أمني» after «مصدر»). A second bit set, read with
 * `isCompanion`.
 */
export const C = {
  PERIOD_ADJECTIVE: 1 << 0,
  EVENT_ORDINAL: 1 << 1,
  ON_ADJUNCT: 1 << 2,
  FROM_ADJUNCT: 1 << 3,
  SOURCE_ADJECTIVE: 1 << 4,
  SPEAKER_ADJECTIVE: 1 << 5,
  QUOTED_WORDS: 1 << 6,
} as const;

/** Speaker-head classes. */
const H = {
  ANONYMOUS: 1 << 0,
  DOCUMENT: 1 << 1,
  TITLE: 1 << 2,
  ORGANIZATION: 1 << 3,
  PLACE: 1 << 4,
  PLURAL: 1 << 5,
} as const;

type CompanionClass = 'period-adjective' | 'event-ordinal' | 'on-adjunct' | 'from-adjunct' | 'source-adjective' | 'speaker-adjective' | 'quoted-words';
type HeadClassName = 'anonymous' | 'document' | 'organization' | 'place' | 'plural';

const WORD_BIT: Record<Exclude<QuoteWordClass, HeadClassName | CompanionClass>, number> = {
  time: W.TIME,
  event: W.EVENT,
  media: W.MEDIA,
  'media-name': W.MEDIA_NAME,
  'adjunct-starter': W.ADJUNCT_STARTER,
  'adjunct-modifier': W.ADJUNCT_MODIFIER,
  'pronoun-prep': W.PRONOUN_PREP,
  period: W.PERIOD,
  relative: W.RELATIVE,
  linker: W.LINKER,
  'noun-context': W.NOUN_CONTEXT,
  negation: W.NEGATION,
  manner: W.MANNER,
  'document-verb': W.DOCUMENT_VERB,
  'document-clause-verb': W.DOCUMENT_CLAUSE_VERB,
  'non-source': W.NON_SOURCE,
  addressee: W.ADDRESSEE,
  label: W.LABEL,
  'anonymity-verb': W.ANONYMITY_VERB,
  'saying-noun': W.SAYING_NOUN,
  'name-taking': W.NAME_TAKING,
  'blocks-complementizer': W.BLOCKS_COMPLEMENTIZER,
  'not-article': W.NOT_ARTICLE,
  particle: W.PARTICLE,
  kana: W.KANA,
  'postposed-link': W.POSTPOSED_LINK,
  preposition: W.PREPOSITION,
  anaphor: W.ANAPHOR,
  'not-marker': W.NOT_MARKER,
  'clause-break': W.CLAUSE_BREAK,
};

const COMPANION_BIT: Record<CompanionClass, number> = {
  'period-adjective': C.PERIOD_ADJECTIVE,
  'event-ordinal': C.EVENT_ORDINAL,
  'on-adjunct': C.ON_ADJUNCT,
  'from-adjunct': C.FROM_ADJUNCT,
  'source-adjective': C.SOURCE_ADJECTIVE,
  'speaker-adjective': C.SPEAKER_ADJECTIVE,
  'quoted-words': C.QUOTED_WORDS,
};

const HEAD_BIT: Record<HeadClassName, number> = {
  anonymous: H.ANONYMOUS,
  document: H.DOCUMENT,
  organization: H.ORGANIZATION,
  place: H.PLACE,
  plural: H.PLURAL,
};

/** Classes also read on the word without a leading و/ف («وأمس», «ولهم», «فالخطة»). */
const CONJ_FALLBACK = W.TIME | W.PERIOD | W.NON_SOURCE | W.PRONOUN_PREP | W.NAME_TAKING;

const WORDS = new Map<string, number>();
const COMPANIONS = new Map<string, number>();
const HEADS = new Map<string, number>();
{
  const add = (map: Map<string, number>, word: string, bits: number) => {
    const key = normalizeWord(word);
    map.set(key, (map.get(key) ?? 0) | bits);
  };
  for (const entry of QUOTE_WORDS) {
    for (const c of entry.classes) {
      if (c in HEAD_BIT) add(HEADS, entry.word, HEAD_BIT[c as HeadClassName]);
      else if (c in COMPANION_BIT) add(COMPANIONS, entry.word, COMPANION_BIT[c as CompanionClass]);
      // An agency's name is recognised by its first word.
      else if (c === 'media-name') add(WORDS, entry.word.split(' ')[0], W.MEDIA_NAME);
      else add(WORDS, entry.word, WORD_BIT[c as keyof typeof WORD_BIT]);
    }
  }
  for (const c of COMPLEMENTIZERS) for (const p of COMPLEMENTIZER_PRONOUNS) add(WORDS, c + p, W.COMPLEMENTIZER);
  for (const t of PERSON_TITLES) add(HEADS, t, H.TITLE);
  for (const o of ORG_HEADS) add(HEADS, o, H.ORGANIZATION);
}

/** Bounded memo of a pure function of a normalized word (lookups repeat: news reuses its words). */
function memo<T>(compute: (norm: string) => T, limit = 50_000): (norm: string) => T {
  const cache = new Map<string, T>();
  return (norm) => {
    let v = cache.get(norm);
    if (v === undefined && !cache.has(norm)) {
      v = compute(norm);
      if (cache.size >= limit) cache.clear();
      cache.set(norm, v);
    }
    return v as T;
  };
}

const startsWithConj = (norm: string): boolean => norm[0] === 'و' || norm[0] === 'ف';

/** The word without a leading و/ف (and the article kept): «وأمس» → أمس. */
export function withoutConj(norm: string): string {
  return startsWithConj(norm) ? conjStripped(norm) : norm;
}

const conjStripped = memo((norm: string): string => findReading(norm, (stem) => stem !== norm, CLITIC_POLICIES.conjunction)?.stem ?? norm);

/** The listed words, for `mayHaveClass`. */
const LISTED = new WordFilter(WORDS.keys());

/**
 * Whether the word may have a class: whether it, or it without a و/ف (`withoutConj` takes off one
 * letter), may be listed. Most words have none and are ruled out before the memo's large table.
 */
function mayHaveClass(norm: string): boolean {
  return LISTED.mayHave(norm) || (startsWithConj(norm) && LISTED.mayHaveSlice(norm, 1));
}

/** Word classes of a normalized word. */
const classOfWord = (norm: string): number => (mayHaveClass(norm) ? classOfListedWord(norm) : 0);

const classOfListedWord = memo((norm: string): number => {
  const own = WORDS.get(norm) ?? 0;
  const bare = withoutConj(norm);
  return bare === norm ? own : own | ((WORDS.get(bare) ?? 0) & CONJ_FALLBACK);
});

/**
 * The classes of the tokens of the document being read, by token index, each looked up once: the
 * stage asks about the same token many times, and a lookup in a table of thousands of words costs
 * more than an array read (see `bindDocument`).
 */
let boundTokens: readonly Token[] | null = null;
let boundClasses = new Int32Array(0);

/**
 * Remembers the classes of `tokens` while the quote stage reads them (null when it is done, so the
 * document is not kept alive). Tokens of any other array are looked up as before.
 */
export function bindDocument(tokens: readonly Token[] | null): void {
  boundTokens = tokens;
  boundClasses = tokens ? new Int32Array(tokens.length).fill(-1) : new Int32Array(0);
}

/** Word classes of a token (none for punctuation, numbers, Latin). */
export function classOf(t: Token | undefined): number {
  if (!t || t.kind !== 'word') return 0;
  if (boundTokens !== null && boundTokens[t.index] === t) {
    let c = boundClasses[t.index];
    // Every class bit is below bit 31, so a word's classes are never negative.
    if (c < 0) c = boundClasses[t.index] = asWritten(t, classOfWord(t.norm));
    return c;
  }
  return asWritten(t, classOfWord(t.norm));
}

/**
 * What the written form takes back from the normalized word's classes: «آن» (madda) normalizes
 * like «أن» but is never a complementizer — «في آن واحد», «آن الأوان», the name «آن» (ANT: 117
 * standalone «آن», none introducing a clause; «وقالت آن رافيل …» names the speaker).
 */
function asWritten(t: Token, c: number): number {
  return c & W.COMPLEMENTIZER && t.text.includes('آ') ? c & ~W.COMPLEMENTIZER : c;
}

/** Whether the token belongs to any of the classes in `mask`. */
export function is(t: Token | undefined, mask: number): boolean {
  return (classOf(t) & mask) !== 0;
}

/** Whether the normalized word belongs to any of the classes in `mask`. */
export function isWord(norm: string, mask: number): boolean {
  return (classOfWord(norm) & mask) !== 0;
}

/** The listed words of any of the classes in `mask` (as listed: no conjunction read off). */
export function wordsOfClass(mask: number): string[] {
  return [...WORDS].filter(([, bits]) => (bits & mask) !== 0).map(([word]) => word);
}

/** Whether the normalized word belongs to any of the companion classes in `mask`. */
export function isCompanion(norm: string, mask: number): boolean {
  return ((COMPANIONS.get(norm) ?? 0) & mask) !== 0;
}

/**
 * A word with the definite article (وال- too), not إلى، إلا، الذي… that merely start with ال.
 * (Unrelated to the numbers stage's test of a definite counted noun.)
 */
export function hasArticle(norm: string): boolean {
  const w = withoutConj(norm);
  return w.length > 3 && w.startsWith('ال') && !isWord(w, W.NOT_ARTICLE);
}

/** A nisba adjective («الأميركية», «السوري», «الاتحادي»), the usual modifier of a named speaker. */
export function isNisba(norm: string): boolean {
  return norm.endsWith('ي') || norm.endsWith('يه') || norm.endsWith('ية') || norm.endsWith('يون') || norm.endsWith('يين');
}

/**
 * «محللون», «باحثو ناسا», «خبيران», «علماء»: a sound or dual plural, or a broken plural in -اء
 * («علماء», «خبراء»; a verbal noun in -اء starts with ا: «انتهاء», «إجراء»), names people who
 * estimate (ANT: after «توقع» and its forms, «خبراء» 32, «محللون» 22, «مسؤولون» 20, «مراقبون» 13…;
 * what is estimated: «عدد» 60, «وصول» 13, «فوز» 13, «ارتفاع» 12, «زيادة» 9, «استمرار» 9…).
 */
export function pluralOfPeople(norm: string): boolean {
  const w = withoutConj(norm);
  return /(ون|ين|و|ان)$/.test(w) || (w.endsWith('اء') && !w.startsWith('ا'));
}

/** The relative pronouns proper (not «ما», «وهو»), which open a clause describing the noun before. */
const RELATIVE_PRONOUN = /^(الذي|التي|الذين|اللذين|اللذان|اللتين|اللتان|اللواتي|اللاتي)$/;

/** Whether the word is a relative pronoun proper («الذي», «التي», «اللواتي»…). */
export function isRelativePronoun(norm: string): boolean {
  return RELATIVE_PRONOUN.test(norm);
}

/** «إياه», «إياها», «إياهم»: a detached object pronoun («واصفا إياها بـ…», «معتبرا إياه "…"»). */
export function isObjectPronoun(norm: string): boolean {
  return /^اي[اي](ه|ها|هم|هما|هن)$/.test(norm);
}

/** A word before أن that makes it a subordinate (بعد أن، قبل أن، يمكن أن), not a reporting complementizer. */
export function blocksComplementizer(token: Token | undefined): boolean {
  return is(token, W.BLOCKS_COMPLEMENTIZER) && !isNameAli(token!);
}

/** Normalization merges على/علي and إلى/إلي: written with a final ya, the word is the name «علي». */
const isNameAli = (t: Token): boolean => (t.norm === 'علي' || t.norm === 'الي') && t.text.endsWith('ي');

/** A preposition (في، من، على، خلال…), not the name «علي» it may be spelt as. */
export function isPreposition(t: Token | undefined): boolean {
  return is(t, W.PREPOSITION) && !isNameAli(t!);
}

/** First words of the two-word clause breaks: only after one is the pair's string built and looked up. */
const CLAUSE_BREAK_FIRSTS: ReadonlySet<string> = new Set(
  [...WORDS].filter(([word, bits]) => (bits & W.CLAUSE_BREAK) !== 0 && word.includes(' ')).map(([word]) => word.slice(0, word.indexOf(' '))),
);

/** «في حين», «الأمر الذي»: a two-word opener of the journalist's own clause (listed as a pair). */
export function isClauseBreakPair(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  return !!a && !!b && a.kind === 'word' && b.kind === 'word' && CLAUSE_BREAK_FIRSTS.has(a.norm) && ((WORDS.get(a.norm + ' ' + b.norm) ?? 0) & W.CLAUSE_BREAK) !== 0;
}

/** The glosses by their first word: the second word each takes. */
const GLOSSES: ReadonlyMap<string, string> = new Map(
  GLOSS_OPENERS.map((g) => {
    const [first, second] = g.split(' ').map(normalizeWord);
    return [first, second];
  }),
);

/** «في إشارة إلى …»: token k opens the journalist's gloss, comma or not. (Asked of every token: one lookup, no string built.) */
export function opensGloss(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const second = a && a.kind === 'word' ? GLOSSES.get(a.norm) : undefined;
  return second !== undefined && tokens[k + 1]?.norm === second;
}

/** «علما أن», «في حين», «بيد أن»: token k opens the journalist's own clause, by one word or a pair. */
export function opensJournalistClause(tokens: readonly Token[], k: number): boolean {
  return is(tokens[k], W.CLAUSE_BREAK) || isClauseBreakPair(tokens, k);
}

/** «الشهر الماضي», «العام المقبل». */
export const isPeriod = (a: Token, b: Token | undefined): boolean => is(a, W.PERIOD) && !!b && b.kind === 'word' && isCompanion(b.norm, C.PERIOD_ADJECTIVE);

const headBits = (norm: string): number => HEADS.get(norm) ?? 0;

/** Whether the word as written, without reading any clitic off it, is a listed speaker head («لجنة», not «لموقع»). */
export function isHeadAsWritten(norm: string): boolean {
  return headBits(norm) !== 0 || headBits(withoutConj(norm)) !== 0;
}

/** «حركة «حماس»», «المتحدث باسم «…»»: an indefinite head before a quotation makes it a name. */
export function isNameTakingWord(norm: string): boolean {
  return isWord(norm, W.NAME_TAKING) || ((headBits(norm) & H.ORGANIZATION) !== 0 && !norm.startsWith('ال'));
}

/** «تقرير», «والبيان»: a document noun, with or without a conjunction. */
export function isDocumentHead(norm: string): boolean {
  return ((headBits(norm) | headBits(withoutConj(norm))) & H.DOCUMENT) !== 0;
}

/** Head-word classes of a speaker phrase, checked on the word with and without ال and clitics. */
export interface HeadClass {
  anonymous: boolean;
  document: boolean;
  title: boolean;
  organization: boolean;
  place: boolean;
  plural: boolean;
}

/**
 * First words of the listed heads of two words («شهود عيان», «الأمم المتحدة»): only a stem that
 * is one needs a second lookup with the word after it, which builds a new string each time.
 */
const PAIR_FIRSTS: ReadonlySet<string> = new Set([...HEADS.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

/** What a head word is on its own, and the stems of it that may open a listed pair with the next word. */
interface HeadWord {
  bits: number;
  writtenBits: number;
  /** Titles are listed in the masculine: «المنسقة» is an «المنسق». */
  feminineTitle: boolean;
  pairs: readonly string[];
  writtenPairs: readonly string[];
  /** The classes when the next word adds nothing (one object per word, shared by every caller). */
  alone: Readonly<HeadClass>;
}

/**
 * The head word looked up once (the stage asks about the same few speaker words many times): as
 * written (article kept), and as all its stems.
 */
const headWord = memo((norm: string): HeadWord => {
  const written = readings(norm, CLITIC_POLICIES.speakerHeadWritten).map((r) => r.stem);
  const vs = readings(norm, CLITIC_POLICIES.speakerHead).map((r) => r.stem);
  let bits = 0;
  for (const v of vs) bits |= headBits(v);
  let writtenBits = 0;
  for (const v of written) writtenBits |= headBits(v);
  const feminineTitle = vs.some((v) => v.endsWith('ه') && (headBits(v.slice(0, -1)) & H.TITLE) !== 0);
  return {
    bits,
    writtenBits,
    feminineTitle,
    pairs: vs.filter((v) => PAIR_FIRSTS.has(v)),
    writtenPairs: written.filter((v) => PAIR_FIRSTS.has(v)),
    alone: headClassOf(bits, writtenBits, feminineTitle),
  };
});

function headClassOf(bits: number, writtenBits: number, feminineTitle: boolean): HeadClass {
  return {
    anonymous: (writtenBits & H.ANONYMOUS) !== 0,
    document: (bits & H.DOCUMENT) !== 0,
    title: (bits & H.TITLE) !== 0 || feminineTitle,
    organization: (bits & H.ORGANIZATION) !== 0,
    place: (bits & H.PLACE) !== 0,
    plural: (bits & H.PLURAL) !== 0,
  };
}

/** The result is shared between calls: read it, never change it. */
export function headClass(norm: string, next?: string): Readonly<HeadClass> {
  // «الوزارة» is a وزارة: heads are listed with or without the article (but «المتحدث» is no
  // anonymous «متحدث»: anonymity is only read off the word as written).
  const w = headWord(norm);
  if (!next || (w.pairs.length === 0 && w.writtenPairs.length === 0)) return w.alone;
  let bits = w.bits;
  for (const v of w.pairs) bits |= headBits(v + ' ' + next);
  let writtenBits = w.writtenBits;
  for (const v of w.writtenPairs) writtenBits |= headBits(v + ' ' + next);
  return bits === w.bits && writtenBits === w.writtenBits ? w.alone : headClassOf(bits, writtenBits, w.feminineTitle);
}

/** «أما» (with or without its و): it opens a topic and a clause of its own. */
export function opensTopic(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && withoutConj(t.norm) === 'اما';
}

/** Whether «a b» is a two-word speaker head in a list («شهود عيان», «مصدر أمني», «الأمم المتحدة»). */
export function isListedPair(a: string, b: string): boolean {
  // (As written too: the و of «ولي العهد» is its own.)
  return ((headBits(withoutConj(a) + ' ' + b) | headBits(a + ' ' + b)) & (H.ANONYMOUS | H.DOCUMENT | H.ORGANIZATION | H.TITLE | H.PLACE)) !== 0;
}

/** A word that can open a speaker phrase after a source marker: a known head or a definite noun. */
export function isKnownHead(h: Readonly<HeadClass>): boolean {
  return h.anonymous || h.document || h.title || h.organization || h.place;
}

/** Elatives that take a document as their genitive: «أحدث بيانات», «آخر تقرير», «أول دراسة». */
const ELATIVES: ReadonlySet<string> = new Set(['أحدث', 'آخر', 'أول', 'أبرز', 'أهم'].map(normalizeWord));

/** Whether the normalized word is such an elative. */
export function isElative(norm: string): boolean {
  return ELATIVES.has(norm);
}
