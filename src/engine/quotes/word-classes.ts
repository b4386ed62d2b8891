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
import { COMPLEMENTIZER_PRONOUNS, COMPLEMENTIZERS } from '../lang/ar/cues.js';
import type { QuoteWordClass } from '../lang/ar/quote-words.js';
import { QUOTE_WORDS } from '../lang/ar/quote-words.js';
import { ORG_HEADS, PERSON_TITLES } from '../lang/ar/triggers.js';

/** Word classes: one bit each (32 at most: JavaScript's bitwise operators work on 32 bits). */
export const W = {
  TIME: 1 << 0,
  EVENT: 1 << 1,
  MEDIA: 1 << 2,
  /** First word of an agency's or channel's name (رويترز، فرانس …). */
  MEDIA_NAME: 1 << 3,
  ADJUNCT_STARTER: 1 << 4,
  ADJUNCT_MODIFIER: 1 << 5,
  EVENT_ORDINAL: 1 << 6,
  ON_ADJUNCT: 1 << 7,
  FROM_ADJUNCT: 1 << 8,
  PRONOUN_PREP: 1 << 9,
  PERIOD: 1 << 10,
  PERIOD_ADJECTIVE: 1 << 11,
  RELATIVE: 1 << 12,
  LINKER: 1 << 13,
  NOUN_CONTEXT: 1 << 14,
  NEGATION: 1 << 15,
  MANNER: 1 << 16,
  DOCUMENT_VERB: 1 << 17,
  DOCUMENT_CLAUSE_VERB: 1 << 18,
  NON_SOURCE: 1 << 19,
  ADDRESSEE: 1 << 20,
  LABEL: 1 << 21,
  ANONYMITY_VERB: 1 << 22,
  SAYING_NOUN: 1 << 23,
  NAME_TAKING: 1 << 24,
  BLOCKS_COMPLEMENTIZER: 1 << 25,
  NOT_ARTICLE: 1 << 26,
  PARTICLE: 1 << 27,
  KANA: 1 << 28,
  POSTPOSED_LINK: 1 << 29,
  SOURCE_ADJECTIVE: 1 << 30,
  /** إن، أن، بأن، فإن and their pronoun forms (أنه، إنها، بأنهم…). */
  COMPLEMENTIZER: 1 << 31,
} as const;

/** Speaker-head classes. */
export const H = {
  ANONYMOUS: 1 << 0,
  DOCUMENT: 1 << 1,
  TITLE: 1 << 2,
  ORGANIZATION: 1 << 3,
  PLACE: 1 << 4,
  PLURAL: 1 << 5,
} as const;

const WORD_BIT: Record<Exclude<QuoteWordClass, 'anonymous' | 'document' | 'organization' | 'place' | 'plural'>, number> = {
  time: W.TIME,
  event: W.EVENT,
  media: W.MEDIA,
  'media-name': W.MEDIA_NAME,
  'adjunct-starter': W.ADJUNCT_STARTER,
  'adjunct-modifier': W.ADJUNCT_MODIFIER,
  'event-ordinal': W.EVENT_ORDINAL,
  'on-adjunct': W.ON_ADJUNCT,
  'from-adjunct': W.FROM_ADJUNCT,
  'pronoun-prep': W.PRONOUN_PREP,
  period: W.PERIOD,
  'period-adjective': W.PERIOD_ADJECTIVE,
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
  'source-adjective': W.SOURCE_ADJECTIVE,
};

const HEAD_BIT: Record<'anonymous' | 'document' | 'organization' | 'place' | 'plural', number> = {
  anonymous: H.ANONYMOUS,
  document: H.DOCUMENT,
  organization: H.ORGANIZATION,
  place: H.PLACE,
  plural: H.PLURAL,
};

/** Classes also read on the word without a leading و/ف («وأمس», «ولهم», «فالخطة»). */
const CONJ_FALLBACK = W.TIME | W.PERIOD | W.NON_SOURCE | W.PRONOUN_PREP | W.NAME_TAKING;

const WORDS = new Map<string, number>();
const HEADS = new Map<string, number>();
{
  const add = (map: Map<string, number>, word: string, bits: number) => {
    const key = normalizeWord(word);
    map.set(key, (map.get(key) ?? 0) | bits);
  };
  for (const entry of QUOTE_WORDS) {
    for (const c of entry.classes) {
      if (c in HEAD_BIT) add(HEADS, entry.word, HEAD_BIT[c as keyof typeof HEAD_BIT]);
      // An agency's name is recognised by its first word.
      else if (c === 'media-name') add(WORDS, entry.word.split(' ')[0], W.MEDIA_NAME);
      else add(WORDS, entry.word, WORD_BIT[c as keyof typeof WORD_BIT]);
    }
  }
  for (const c of COMPLEMENTIZERS) for (const p of COMPLEMENTIZER_PRONOUNS) add(WORDS, c + p, W.COMPLEMENTIZER);
  for (const t of PERSON_TITLES) add(HEADS, t, H.TITLE);
  for (const o of ORG_HEADS) add(HEADS, o, H.ORGANIZATION);
}

/** The word without a leading و/ف (and the article kept): «وأمس» → أمس. */
export function withoutConj(norm: string): string {
  return norm.length > 2 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
}

/** Word classes of a normalized word. */
function classOfWord(norm: string): number {
  const own = WORDS.get(norm) ?? 0;
  const bare = withoutConj(norm);
  return bare === norm ? own : own | ((WORDS.get(bare) ?? 0) & CONJ_FALLBACK);
}

/** Word classes of a token (none for punctuation, numbers, Latin). */
export function classOf(t: Token | undefined): number {
  return t && t.kind === 'word' ? classOfWord(t.norm) : 0;
}

/** Whether the token belongs to any of the classes in `mask`. */
export function is(t: Token | undefined, mask: number): boolean {
  return (classOf(t) & mask) !== 0;
}

/** Whether the normalized word belongs to any of the classes in `mask`. */
export function isWord(norm: string, mask: number): boolean {
  return (classOfWord(norm) & mask) !== 0;
}

/**
 * A word with the definite article (وال- too), not إلى، إلا، الذي… that merely start with ال.
 * (Unrelated to the numbers stage's test of a definite counted noun.)
 */
export function hasArticle(norm: string): boolean {
  const w = norm.startsWith('وال') || norm.startsWith('فال') ? norm.slice(1) : norm;
  return w.length > 3 && w.startsWith('ال') && !isWord(w, W.NOT_ARTICLE);
}

/** A word before أن that makes it a subordinate (بعد أن، قبل أن، يمكن أن), not a reporting complementizer. */
export function blocksComplementizer(token: Token | undefined): boolean {
  if (!is(token, W.BLOCKS_COMPLEMENTIZER)) return false;
  // Normalization merges على/علي and إلى/إلي: written with a final ya, it is the name «علي».
  if (token!.norm === 'علي' || token!.norm === 'الي') return !token!.text.endsWith('ي');
  return true;
}

/** «الشهر الماضي», «العام المقبل». */
export const isPeriod = (a: Token, b: Token | undefined): boolean => is(a, W.PERIOD) && is(b, W.PERIOD_ADJECTIVE);

const headBits = (norm: string): number => HEADS.get(norm) ?? 0;

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

function variants(norm: string): string[] {
  const out = [norm];
  const bare = withoutConj(norm);
  if (bare !== norm) out.push(bare);
  for (const w of [...out]) {
    if (w.startsWith('لل') && w.length > 3) out.push('ال' + w.slice(2), w.slice(2));
    else if ((w[0] === 'ل' || w[0] === 'ب') && w.length > 3) out.push(w.slice(1));
  }
  return out;
}

export function headClass(norm: string, next?: string): HeadClass {
  const written = variants(norm);
  // «الوزارة» is a وزارة: heads are listed with or without the article (but «المتحدث» is no
  // anonymous «متحدث»: anonymity is only read off the word as written).
  const vs = [...written, ...written.filter(hasArticle).map((w) => w.slice(2))];
  let bits = 0;
  for (const v of vs) {
    bits |= headBits(v);
    if (next) bits |= headBits(v + ' ' + next);
  }
  let writtenBits = 0;
  for (const v of written) {
    writtenBits |= headBits(v);
    if (next) writtenBits |= headBits(v + ' ' + next);
  }
  return {
    anonymous: (writtenBits & H.ANONYMOUS) !== 0,
    document: (bits & H.DOCUMENT) !== 0,
    // Titles are listed in the masculine: «المنسقة» is an «المنسق».
    title: (bits & H.TITLE) !== 0 || vs.some((v) => v.endsWith('ه') && (headBits(v.slice(0, -1)) & H.TITLE) !== 0),
    organization: (bits & H.ORGANIZATION) !== 0,
    place: (bits & H.PLACE) !== 0,
    plural: (bits & H.PLURAL) !== 0,
  };
}

/** Whether «a b» is a two-word speaker head in a list («شهود عيان», «مصدر أمني», «الأمم المتحدة»). */
export function isListedPair(a: string, b: string): boolean {
  return (headBits(withoutConj(a) + ' ' + b) & (H.ANONYMOUS | H.DOCUMENT | H.ORGANIZATION | H.TITLE | H.PLACE)) !== 0;
}

/** A word that can open a speaker phrase after a source marker: a known head or a definite noun. */
export function isKnownHead(h: HeadClass): boolean {
  return h.anonymous || h.document || h.title || h.organization || h.place;
}
