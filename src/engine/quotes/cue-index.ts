/**
 * Normalized lookups over the cue lexicon (src/engine/lexicon/cues.ts), built once: which token is
 * a reporting verb, a participle, a complementizer, a source marker, and what it says about the
 * speaker. Every key goes through `normalizeWord`, so spelling variants match.
 */
import { normalizeWord } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { Complement, Gender, ParticipleCue, VerbCue } from '../lang/ar/cues.js';
import {
  ADDRESSEE_WORDS,
  ANONYMITY_VERBS,
  ADJUNCT_MODIFIERS,
  ADJUNCT_STARTERS,
  ANONYMOUS_HEADS,
  CLAUSE_LINKERS,
  COMPLEMENTIZER_PRONOUNS,
  COMPLEMENTIZERS,
  DOCUMENT_CLAUSE_VERBS,
  DOCUMENT_HEADS,
  DOCUMENT_VERBS,
  EVENT_NOUNS,
  EVENT_ORDINALS,
  FROM_ADJUNCT_NOUNS,
  LABEL_WORDS,
  MANNER_ADVERBS,
  MANNER_PARTICIPLES,
  MEDIA_NAMES,
  MEDIA_NOUNS,
  NAME_TAKING_WORDS,
  NEGATIONS,
  NON_SOURCE_NOUNS,
  NOUN_CONTEXT,
  ON_ADJUNCT_NOUNS,
  PARTICIPLE_CUES,
  PERIOD_ADJECTIVES,
  PERIOD_NOUNS,
  PLURAL_HEADS,
  PRONOUN_PREPS,
  RELATIVES,
  SAYING_NOUNS,
  SOURCE_MARKERS,
  SPEAKER_ORGS,
  SPEAKER_PLACES,
  TIME_WORDS,
  VERB_CUES,
} from '../lang/ar/cues.js';
import { ORG_HEADS, PERSON_TITLES } from '../lang/ar/triggers.js';

const normSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeWord));

export interface VerbHit {
  kind: 'verb';
  entry: VerbCue;
  gender: Gender;
  plural: boolean;
  present: boolean;
  /** Normalized proclitics before the verb (و، ف، ل…): a و/ف marks a new clause. */
  prefix: string;
  /** True when the form is also a common noun or particle and needs a clause start to count. */
  ambiguous: boolean;
  preps: ReadonlySet<string>;
}

export interface ParticipleHit {
  kind: 'participle';
  entry: ParticipleCue;
  gender: Gender;
  plural: boolean;
  prefix: string;
  preps: ReadonlySet<string>;
  complement?: Complement;
}

export type CueHit = VerbHit | ParticipleHit;

interface VerbFormInfo {
  entry: VerbCue;
  gender: Gender;
  plural: boolean;
  present: boolean;
  ambiguous: boolean;
}

const VERB_FORMS: ReadonlyMap<string, VerbFormInfo> = (() => {
  const m = new Map<string, VerbFormInfo>();
  for (const entry of VERB_CUES) {
    const ambiguous = normSet(entry.ambiguous ?? []);
    for (const f of entry.forms) {
      const key = normalizeWord(f.form);
      if (m.has(key)) continue;
      m.set(key, { entry, gender: f.gender, plural: !!f.plural, present: !!f.present, ambiguous: ambiguous.has(key) });
    }
  }
  return m;
})();

const PARTICIPLE_FORMS: ReadonlyMap<string, { entry: ParticipleCue; gender: Gender; plural: boolean }> = (() => {
  const m = new Map<string, { entry: ParticipleCue; gender: Gender; plural: boolean }>();
  for (const entry of PARTICIPLE_CUES) {
    m.set(normalizeWord(entry.m), { entry, gender: 'm', plural: false });
    m.set(normalizeWord(entry.f), { entry, gender: 'f', plural: false });
    m.set(normalizeWord(entry.pl), { entry, gender: 'm', plural: true });
  }
  return m;
})();

const prepCache = new Map<readonly string[] | undefined, ReadonlySet<string>>();
function prepSet(preps: readonly string[] | undefined): ReadonlySet<string> {
  let s = prepCache.get(preps);
  if (!s) {
    s = normSet(preps ?? []);
    prepCache.set(preps, s);
  }
  return s;
}

/** Object pronouns a past-tense reporting verb may carry («أكدها سابقا فلان»). */
const OBJECT_SUFFIXES = ['ها', 'هم', 'ه'];
const VERB_PREFIXES = ['', 'و', 'ف', 'ل', 'ول', 'فل'];

/** The reporting verb or participle this token is, if any. */
export function cueAt(token: Token): CueHit | null {
  if (token.kind !== 'word') return null;
  const norm = token.norm;
  const p = PARTICIPLE_FORMS.get(norm);
  if (p) return { kind: 'participle', entry: p.entry, gender: p.gender, plural: p.plural, prefix: '', preps: prepSet(p.entry.preps), complement: p.entry.complement };
  for (const prefix of VERB_PREFIXES) {
    if (!norm.startsWith(prefix)) continue;
    const rest = norm.slice(prefix.length);
    if (rest.length < 2) continue;
    let info = VERB_FORMS.get(rest);
    // «أكدها», «أبلغهم»; a final ه written as ة is the noun's ta marbuta («إضافة»), not a pronoun.
    if (!info && !prefix && !token.text.endsWith('ة')) {
      for (const suf of OBJECT_SUFFIXES) {
        if (rest.length - suf.length >= 2 && rest.endsWith(suf)) {
          const base = VERB_FORMS.get(rest.slice(0, -suf.length));
          if (base && !base.present) {
            info = base;
            break;
          }
        }
      }
    }
    if (!info) continue;
    // ل before a verb is only the particle of purpose before a present form («ليؤكد»).
    if (prefix.endsWith('ل') && !info.present) continue;
    return {
      kind: 'verb',
      entry: info.entry,
      gender: info.gender,
      plural: info.plural,
      present: info.present,
      prefix,
      ambiguous: info.ambiguous,
      preps: prepSet(info.entry.preps),
    };
  }
  return null;
}

const COMP_FORMS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const c of COMPLEMENTIZERS) for (const p of COMPLEMENTIZER_PRONOUNS) s.add(normalizeWord(c + p));
  return s;
})();

/** إن، أن، بأن، فإن and their pronoun forms (أنه، إنها، بأنهم…). */
export function isComplementizer(token: Token): boolean {
  return token.kind === 'word' && COMP_FORMS.has(token.norm);
}

const BLOCKING_BEFORE_COMP = normSet([
  'بعد', 'قبل', 'منذ', 'حتى', 'دون', 'بدون', 'غير', 'يمكن', 'ينبغي', 'يجب', 'لابد', 'بد', 'رغم', 'برغم', 'مجرد',
  'بمجرد', 'إلى', 'على', 'من', 'عن', 'في', 'لأجل', 'أجل', 'يريد', 'تريد', 'أراد', 'أرادت', 'رفض', 'رفضت',
  'طلب', 'طلبت', 'يحاول', 'حاول', 'تحاول', 'يستطيع', 'تستطيع', 'استطاع', 'يمكنه', 'يمكنها', 'كاد', 'عسى',
]);
/** A word before أن that makes it a subordinate (بعد أن، قبل أن، يمكن أن), not a reporting complementizer. */
export function blocksComplementizer(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || !BLOCKING_BEFORE_COMP.has(token.norm)) return false;
  // Normalization merges على/علي and إلى/إلي: written with a final ya, it is the name «علي».
  if (token.norm === 'علي' || token.norm === 'الي') return !token.text.endsWith('ي');
  return true;
}

const TIME = normSet(TIME_WORDS);
const EVENTS = normSet(EVENT_NOUNS);
const MEDIA = normSet(MEDIA_NOUNS);
const MEDIA_NAME = normSet(MEDIA_NAMES.map((n) => n.split(' ')[0]));
const ANONYMITY = normSet(ANONYMITY_VERBS);
const ADJUNCTS = normSet(ADJUNCT_STARTERS);
const RELS = normSet(RELATIVES);
const LINKERS = normSet(CLAUSE_LINKERS);
const MANNER = normSet([...MANNER_PARTICIPLES, ...MANNER_ADVERBS]);
const NEGATION = normSet(NEGATIONS);
const NOUN_CTX = normSet(NOUN_CONTEXT);
const ANON = normSet(ANONYMOUS_HEADS);
const PLURAL = normSet(PLURAL_HEADS);
const DOCS = normSet(DOCUMENT_HEADS);
const PLACES = normSet(SPEAKER_PLACES);
const TITLES = normSet(PERSON_TITLES);
const ORGS = normSet([...ORG_HEADS, ...SPEAKER_ORGS]);
const NON_SOURCE = normSet(NON_SOURCE_NOUNS);
const ADDRESSEES = normSet(ADDRESSEE_WORDS);
const LABELS = normSet(LABEL_WORDS);
const DOC_VERBS = normSet(DOCUMENT_VERBS);
const DOC_CLAUSE = normSet(DOCUMENT_CLAUSE_VERBS);
const MODIFIERS = normSet(ADJUNCT_MODIFIERS);
const PRONOUN_PREP = normSet(PRONOUN_PREPS);
const SAYING = normSet(SAYING_NOUNS);
const ON_ADJ = normSet(ON_ADJUNCT_NOUNS);
const FROM_ADJ = normSet(FROM_ADJUNCT_NOUNS);
const NAME_TAKING = normSet(NAME_TAKING_WORDS);
const PERIODS = normSet(PERIOD_NOUNS);
const PERIOD_ADJ = normSet(PERIOD_ADJECTIVES);
const ORDINALS = normSet(EVENT_ORDINALS);

const NOT_ARTICLE = normSet(['إلى', 'إلا', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'الآن', 'ألا', 'ألف', 'آلاف', 'ألفا']);

/** A word with the definite article (وال- too), not إلى، إلا، الذي… that merely start with ال. */
export function isDefinite(norm: string): boolean {
  const w = norm.startsWith('وال') || norm.startsWith('فال') ? norm.slice(1) : norm;
  return w.length > 3 && w.startsWith('ال') && !NOT_ARTICLE.has(w);
}

/** The word without a leading و/ف (and the article kept): «وأمس» → أمس. */
export function withoutConj(norm: string): string {
  return norm.length > 2 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
}

export const isTimeWord = (t: Token): boolean => t.kind === 'word' && (TIME.has(t.norm) || TIME.has(withoutConj(t.norm)));
export const isEventNoun = (norm: string): boolean => EVENTS.has(norm);
export const isMediaNoun = (norm: string): boolean => MEDIA.has(norm) || MEDIA_NAME.has(norm);
/** First word of an agency's or channel's name (رويترز، فرانس …). */
export const isMediaName = (norm: string): boolean => MEDIA_NAME.has(norm);
export const isAnonymityVerb = (t: Token): boolean => t.kind === 'word' && ANONYMITY.has(t.norm);
export const isAdjunctStarter = (t: Token): boolean => t.kind === 'word' && ADJUNCTS.has(t.norm);
export const isRelative = (t: Token): boolean => t.kind === 'word' && RELS.has(t.norm);
export const isLinker = (t: Token): boolean => t.kind === 'word' && LINKERS.has(t.norm);
export const isLinkerNorm = (norm: string): boolean => LINKERS.has(norm);
/** Manner participles and adverbs (مغردا، بحرارة): how someone spoke, never who. */
export const isMannerParticiple = (t: Token): boolean => t.kind === 'word' && MANNER.has(t.norm);
export const isNegation = (t: Token | undefined): boolean => !!t && t.kind === 'word' && NEGATION.has(t.norm);
export const isNounContext = (t: Token | undefined): boolean => !!t && t.kind === 'word' && NOUN_CTX.has(t.norm);
export const isAddressee = (norm: string): boolean => ADDRESSEES.has(norm);
/** «الشهر الماضي», «العام المقبل». */
export const isPeriod = (a: Token, b: Token | undefined): boolean => !!b && a.kind === 'word' && PERIODS.has(withoutConj(a.norm)) && PERIOD_ADJ.has(b.norm);
export const isEventOrdinal = (norm: string): boolean => ORDINALS.has(norm);
export const isLabelWord = (norm: string): boolean => LABELS.has(norm);
export const isDocumentVerb = (t: Token): boolean => t.kind === 'word' && DOC_VERBS.has(t.norm);
export const isDocumentClauseVerb = (t: Token): boolean => t.kind === 'word' && DOC_CLAUSE.has(t.norm);
export const isNonSourceNoun = (norm: string): boolean => NON_SOURCE.has(norm) || NON_SOURCE.has(withoutConj(norm));
export const isAdjunctModifier = (t: Token): boolean => t.kind === 'word' && MODIFIERS.has(t.norm);
export const isPronounPrep = (t: Token): boolean => t.kind === 'word' && (PRONOUN_PREP.has(t.norm) || PRONOUN_PREP.has(withoutConj(t.norm)));
export const isSayingNoun = (t: Token): boolean => t.kind === 'word' && SAYING.has(t.norm);
export const isOnAdjunctNoun = (norm: string): boolean => ON_ADJ.has(norm);
export const isFromAdjunctNoun = (norm: string): boolean => FROM_ADJ.has(norm);
/** «حركة «حماس»», «المتحدث باسم «…»»: an indefinite head before a quotation makes it a name. */
export const isNameTakingWord = (norm: string): boolean =>
  NAME_TAKING.has(norm) || NAME_TAKING.has(withoutConj(norm)) || (ORGS.has(norm) && !norm.startsWith('ال'));
export const isDocumentHead = (norm: string): boolean => DOCS.has(norm) || DOCS.has(withoutConj(norm));

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
  const vs = [...written, ...written.filter(isDefinite).map((w) => w.slice(2))];
  const pairOf = (list: string[]) => (next ? list.map((v) => v + ' ' + next) : []);
  const pair = pairOf(vs);
  const has = (set: ReadonlySet<string>) => vs.some((v) => set.has(v)) || pair.some((v) => set.has(v));
  const writtenPair = pairOf(written);
  return {
    anonymous: written.some((v) => ANON.has(v)) || writtenPair.some((v) => ANON.has(v)),
    document: has(DOCS),
    // Titles are listed in the masculine: «المنسقة» is an «المنسق».
    title: has(TITLES) || vs.some((v) => v.endsWith('ه') && TITLES.has(v.slice(0, -1))),
    organization: has(ORGS),
    place: has(PLACES),
    plural: has(PLURAL),
  };
}

/** Whether «a b» is a two-word speaker head in a list («شهود عيان», «مصدر أمني», «الأمم المتحدة»). */
export function isListedPair(a: string, b: string): boolean {
  const key = withoutConj(a) + ' ' + b;
  return [ANON, DOCS, ORGS, TITLES, PLACES].some((set) => set.has(key));
}

/** A word that can open a speaker phrase after a source marker: a known head or a definite noun. */
export function isKnownHead(h: HeadClass): boolean {
  return h.anonymous || h.document || h.title || h.organization || h.place;
}

const MARKER_FIRST: ReadonlyMap<string, readonly string[][]> = (() => {
  const m = new Map<string, string[][]>();
  for (const seq of SOURCE_MARKERS) {
    const n = seq.map(normalizeWord);
    const list = m.get(n[0]) ?? [];
    list.push(n);
    m.set(n[0], list);
  }
  return m;
})();

/**
 * A source marker starting at token i («بحسب»، «وفقا لـ»، «نقلا عن»، «على لسان»): the index of the
 * first token after it and how many letters of that token are the marker's attached ل, or null.
 */
export function sourceMarkerAt(tokens: readonly Token[], i: number): { next: number; attached: number } | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  const first = MARKER_FIRST.get(t.norm) ?? MARKER_FIRST.get(withoutConj(t.norm));
  if (!first) return null;
  for (const seq of first) {
    let k = i + 1;
    let ok = true;
    let attached = 0;
    for (let j = 1; j < seq.length; j++) {
      const w = tokens[k];
      if (!w || w.kind !== 'word') {
        ok = false;
        break;
      }
      const want = seq[j];
      if (w.norm === want || (want === 'ل' && w.norm === 'لـ') || w.norm === normalizeWord(want + 'ـ')) {
        k++;
      } else if (j === seq.length - 1 && want.length === 1 && w.norm.startsWith(want) && w.norm.length > 2) {
        // The marker's ل is written on the source: «وفقا للخبراء».
        attached = w.norm.startsWith('لل') ? 2 : 1;
      } else {
        ok = false;
        break;
      }
    }
    if (ok) return { next: k, attached };
  }
  return null;
}
