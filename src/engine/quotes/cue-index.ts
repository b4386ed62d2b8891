/**
 * Normalized lookups over the cue lexicon (src/engine/lang/ar/cues.ts), built once: which token is
 * a reporting verb or a participle, with what it says about the speaker, and where a source marker
 * starts. Every key goes through `normalizeWord`, so spelling variants match. What else a word is
 * (a time word, an adjunct, a speaker head…) is in word-classes.ts.
 */
import { normalizeWord } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { Complement, Gender, ParticipleCue, VerbCue } from '../lang/ar/cues.js';
import { PARTICIPLES_ALSO_NOUNS, PARTICIPLE_CUES, PRONOUN_MARKERS, PRONOUN_MARKER_NOUNS, SAYING_THROUGH, SOURCE_MARKERS, VERBAL_NOUN_CUES, VERB_CUES } from '../lang/ar/cues.js';
import { CLITIC_POLICIES, readings } from '../text/clitics.js';
import { CONJUNCTIONS } from '../lang/ar/clitics.js';
import { W, is, isDocumentHead, withoutConj, wordsOfClass } from './word-classes.js';
import { WordFilter, hashOf, hashOn } from './word-filter.js';

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
  /** The verb carries an object pronoun («أصدرته», «أكدها»): its subject is named after it. */
  objectPronoun?: boolean;
}

interface ParticipleHit {
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

const normSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeWord));

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

/** Object pronouns a past-tense reporting verb may carry («أكدها سابقا فلان», «أبلغهم»). */
const OBJECT_PRONOUNS = new Set(['ها', 'هم', 'ه']);

const TA = 'ت';

/**
 * Every normalized word `readCue` could read as a cue, by its hash: a participle as listed, and a
 * verb form with the clitics of `CLITIC_POLICIES.verb` (clitics.ts `readings`) — a conjunction,
 * the ل of purpose (also as the ل of «لل» before a form starting with ال), an object pronoun (a
 * form ending in ه written with ت before it). The ~16,000 spellings are hashed letter by letter
 * on from their shared beginnings, never spelled out as strings (spelling them took a tenth of a
 * fresh worker's first analysis), and each token then costs one hash and two bit tests.
 */
const MAY_BE_CUE: WordFilter = (() => {
  const hashes: number[] = [...PARTICIPLE_FORMS.keys()].map(hashOf);
  const heads: number[] = [];
  const articleHeads: number[] = [];
  for (const conj of CONJUNCTIONS) {
    for (const prep of ['', ...CLITIC_POLICIES.verb.prepositions]) {
      heads.push(hashOf(conj + prep));
      if (prep === 'ل') articleHeads.push(hashOf(conj + 'لل'));
    }
  }
  const bodies = (head: number, form: string, from: number): void => {
    const n = form.length;
    const whole = hashOn(head, form, from, n);
    hashes.push(whole);
    // «أصدرته»: the ة of «أصدره» written ت before the pronoun.
    const beforeHa = form.endsWith('ه') ? hashOn(hashOn(head, form, from, n - 1), TA, 0, 1) : 0;
    for (const pronoun of OBJECT_PRONOUNS) {
      hashes.push(hashOn(whole, pronoun, 0, pronoun.length));
      if (beforeHa) hashes.push(hashOn(beforeHa, pronoun, 0, pronoun.length));
    }
  };
  for (const form of VERB_FORMS.keys()) {
    for (const head of heads) bodies(head, form, 0);
    if (form.startsWith('ال')) for (const head of articleHeads) bodies(head, form, 2);
  }
  return WordFilter.ofHashes(hashes);
})();

/** Whether `readCue` may read the normalized word as a cue (false: certainly not; true: look it up). */
export function mayBeCue(norm: string): boolean {
  return MAY_BE_CUE.mayHave(norm);
}

/** «يدعى/تدعى» (is called, the passive of دعا) as written, diacritics aside. */
const CALLED = /^[وف]?[يت]دعى$/;
const DIACRITICS = /[\u064B-\u0652]/g;

// The reading depends on the normalized word and on whether it was written with ة: one memo each.
const cueCache = new Map<string, CueHit | null>();
const cueCacheTa = new Map<string, CueHit | null>();

const ALSO_NOUNS = normSet(PARTICIPLES_ALSO_NOUNS);

/** Whether the token is a feminine participle form that is also an everyday noun («مطالبة»). */
export function participleAlsoNoun(token: Token): boolean {
  return ALSO_NOUNS.has(token.norm);
}

/** The reporting verb or participle this token is, if any. */
export function cueAt(token: Token): CueHit | null {
  if (token.kind !== 'word' || !mayBeCue(token.norm)) return null;
  // «رجل يُدعى أحمد» (is called), written with ى, is no «يدعي» (claims): normalization merges them.
  if (token.text.endsWith('ى') && CALLED.test(token.text.replace(DIACRITICS, ''))) return null;
  // (A word written with إ is read apart: «إدانته» is a verbal noun where «ادانته» may be the
  // verb, and normalization merges the two — the memo would answer for whichever came first.)
  if (token.text.includes('إ')) return readCue(token);
  const cache = token.text.endsWith('ة') ? cueCacheTa : cueCache;
  let hit = cache.get(token.norm);
  if (hit === undefined) {
    hit = readCue(token);
    if (cache.size >= 50_000) cache.clear();
    cache.set(token.norm, hit);
  }
  return hit;
}

function readCue(token: Token): CueHit | null {
  const norm = token.norm;
  const p = PARTICIPLE_FORMS.get(norm);
  if (p) return { kind: 'participle', entry: p.entry, gender: p.gender, plural: p.plural, prefix: '', preps: prepSet(p.entry.preps), complement: p.entry.complement };
  for (const r of readings(norm, CLITIC_POLICIES.verb)) {
    const info = VERB_FORMS.get(r.stem);
    if (!info) continue;
    if (r.suffix) {
      // A pronoun on a past form only («ووصفها»), not on a form that is also a noun («وبينه»); a
      // final ه written as ة is the noun's ta marbuta («إضافة»).
      if (!OBJECT_PRONOUNS.has(r.suffix) || (r.prefix && info.ambiguous) || info.entry.noPronounForms || token.text.endsWith('ة')) continue;
    }
    // ل before a verb is only the particle of purpose before a present form («ليؤكد»).
    if (r.prefix.endsWith('ل') && !info.present) continue;
    // «إدانته», «إعلانها»: a past form of a verb in أفعل written with إ is its verbal noun.
    if (!info.present && info.entry.lemma.startsWith('أ') && token.text[r.prefix.length] === 'إ') continue;
    const hit: VerbHit = {
      kind: 'verb',
      entry: info.entry,
      gender: info.gender,
      plural: info.plural,
      present: info.present,
      prefix: r.prefix,
      ambiguous: info.ambiguous,
      preps: prepSet(info.entry.preps),
    };
    if (r.suffix) hit.objectPronoun = true;
    return hit;
  }
  return null;
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
 * Those first words, alone or after و/ف (`withoutConj` takes off one letter): most tokens open no
 * marker and are ruled out without a lookup.
 */
const MAY_OPEN_MARKER = new WordFilter([...MARKER_FIRST.keys()].flatMap((w) => [w, 'و' + w, 'ف' + w]));

/** First letters of those first words. */
const MARKER_FIRST_LETTERS: ReadonlySet<string> = new Set([...MARKER_FIRST.keys()].map((w) => w[0]));

/**
 * A source marker starting at token i («بحسب»، «وفقا لـ»، «نقلا عن»، «على لسان»): the index of the
 * first token after it and how many letters of that token are the marker's attached ل, or null.
 */
export interface SourceMarkerHit {
  next: number;
  attached: number;
}

/** Whether the normalized word is the first word of a source marker as written («وفق» is one, not و + «فق»). */
export function opensSourceMarker(norm: string): boolean {
  return MARKER_FIRST.has(norm);
}

export function sourceMarkerAt(tokens: readonly Token[], i: number): SourceMarkerHit | null {
  const t = tokens[i];
  if (t.kind !== 'word' || !MAY_OPEN_MARKER.mayHave(t.norm)) return null;
  // One lookup rules out most words; only a word with و/ف is looked up again without it.
  let first = MARKER_FIRST.get(t.norm);
  if (!first) {
    // (Without its conjunction the word starts at its second letter.)
    if ((t.norm[0] !== 'و' && t.norm[0] !== 'ف') || !MARKER_FIRST_LETTERS.has(t.norm[1])) return null;
    first = MARKER_FIRST.get(withoutConj(t.norm));
    if (!first) return null;
  }
  // «ليس هذا فحسب»: «فحسب» is "only", not «ف» + «حسب».
  if (is(t, W.NOT_MARKER)) return null;
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
      } else if (j === seq.length - 1 && want === 'ل' && readings(w.norm, CLITIC_POLICIES.preposition).length > 0) {
        // The marker's ل is written on the source: «وفقا للخبراء» (the article goes with it).
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

/** «جاء في البيان أن …»: «جاء/ورد في» at token i, a cue whose speaker is the document after في. */
export function documentCueAt(tokens: readonly Token[], i: number, afterMarker = false): VerbHit | null {
  const t = tokens[i];
  if (!is(t, W.DOCUMENT_VERB) || tokens[i + 1]?.norm !== 'في') return null;
  // «الرفض الذي جاء في اللحظة الأخيرة», «الأرقام التي وردت في النشرة»: a relative clause tells
  // where something came, not what a document says (ANT: 3 of 64 such clauses reach an أن) —
  // unless a source marker governs it («بحسب ما جاء في التقرير»).
  if (i > 0 && is(tokens[i - 1], W.RELATIVE) && !afterMarker) return null;
  return {
    kind: 'verb',
    entry: { lemma: 'جاء في', forms: [] },
    gender: 'm',
    plural: false,
    present: false,
    prefix: t.norm.startsWith('و') ? 'و' : '',
    ambiguous: false,
    preps: new Set(),
  };
}

/** How many words before «جاء فيه» the document it refers to may stand («بيان الحزب الذي جاء فيه»). */
const MAX_DOCUMENT_BACK = 4;

/**
 * «أصدر الوزير بيانا جاء فيه أن …», «بيان الحزب الذي جاء فيه: …»: «جاء/ورد فيه» right after a
 * document (its relative pronoun or adjectives between), right before what it introduces, reports
 * that document's words; its issuer was named with it, and is found as for a verb without a speaker.
 */
export function documentPronounCueAt(tokens: readonly Token[], i: number): VerbHit | null {
  const t = tokens[i];
  if (!is(t, W.DOCUMENT_VERB) || !/^فيها?$/.test(tokens[i + 1]?.norm ?? '')) return null;
  const next = tokens[i + 2];
  if (!next || !(is(next, W.COMPLEMENTIZER) || (next.kind === 'punct' && next.text === ':'))) return null;
  let document = false;
  for (let k = i - 1; k >= 0 && k >= i - MAX_DOCUMENT_BACK && !document; k--) {
    if (tokens[k].kind !== 'word') break;
    document = isDocumentHead(tokens[k].norm) || isDocumentHead(tokens[k].norm.replace(/ا$/, ''));
  }
  if (!document) return null;
  return { kind: 'verb', entry: { lemma: 'جاء فيه', forms: [] }, gender: 'm', plural: false, present: false, prefix: '', ambiguous: false, preps: new Set() };
}

/** Each verbal noun as written alone or after و/ف and ب/ل: one lookup per token. */
const VERBAL_NOUNS: ReadonlyMap<string, VerbCue> = (() => {
  const m = new Map<string, VerbCue>();
  for (const w of VERBAL_NOUN_CUES) {
    const entry: VerbCue = { lemma: w, forms: [] };
    for (const conj of ['', 'و', 'ف']) for (const prep of ['', 'ب', 'ل']) m.set(conj + prep + normalizeWord(w), entry);
  }
  return m;
})();

/**
 * «بعد إعلان الشركة أنها …»: a verbal noun of reporting at token i (with و/ف, ب or ل before it),
 * read as a cue whose subject follows it. Its agreement is unknown: the subject's own is used.
 */
export function verbalNounCueAt(tokens: readonly Token[], i: number): VerbHit | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  const entry = VERBAL_NOUNS.get(t.norm);
  if (!entry) return null;
  return { kind: 'verb', entry, gender: 'm', plural: false, present: false, prefix: '', ambiguous: false, preps: prepSet(undefined) };
}

const PRONOUN_MARKER_WORDS = PRONOUN_MARKERS.map((seq) => seq.map(normalizeWord));
/** First words of those markers, with و/ف: most tokens are ruled out by one lookup. */
const PRONOUN_MARKER_FIRST = new Set(PRONOUN_MARKER_WORDS.flatMap((seq) => ['', 'و', 'ف'].map((c) => c + seq[0])));
const PRONOUN_NOUNS = new Set(PRONOUN_MARKER_NOUNS.map(normalizeWord));
/** The pronoun on the noun: who spoke, by gender and number. */
const SPEAKER_PRONOUNS: Readonly<Record<string, { gender: Gender; plural: boolean }>> = {
  ه: { gender: 'm', plural: false },
  ها: { gender: 'f', plural: false },
  هم: { gender: 'm', plural: true },
  هما: { gender: 'm', plural: true },
};

/**
 * «حسب تعبيره», «على حد قولها» at token i: a cue whose speaker is the pronoun's (agreeing as it
 * does), and the token after the noun. Null when none starts here.
 */
export function pronounMarkerAt(tokens: readonly Token[], i: number): { hit: VerbHit; next: number } | null {
  const t = tokens[i];
  if (t.kind !== 'word' || !PRONOUN_MARKER_FIRST.has(t.norm)) return null;
  const w = withoutConj(t.norm);
  for (const seq of PRONOUN_MARKER_WORDS) {
    if (seq[0] !== w && seq[0] !== t.norm) continue;
    let k = i + 1;
    let ok = true;
    for (let j = 1; j < seq.length && ok; j++, k++) ok = tokens[k]?.norm === seq[j];
    const noun = tokens[k];
    if (!ok || !noun || noun.kind !== 'word') continue;
    for (const [suffix, agreement] of Object.entries(SPEAKER_PRONOUNS)) {
      if (!noun.norm.endsWith(suffix) || !PRONOUN_NOUNS.has(noun.norm.slice(0, -suffix.length))) continue;
      const hit: VerbHit = { kind: 'verb', entry: { lemma: seq.join(' '), forms: [] }, ...agreement, present: false, prefix: '', ambiguous: false, preps: prepSet(undefined) };
      return { hit, next: k + 1 };
    }
  }
  return null;
}

/**
 * First words of the cues read at a token that is no reporting verb — «جاء في», a verbal noun, a
 * marker with a pronoun — so that most tokens are ruled out by one lookup instead of three.
 */
const FALLBACK_OPENERS: ReadonlySet<string> = new Set([...wordsOfClass(W.DOCUMENT_VERB), ...VERBAL_NOUNS.keys(), ...PRONOUN_MARKER_FIRST]);
/** The same words in a filter, asked first: it rules out nearly every token without hashing its word. */
const FALLBACK_FILTER = new WordFilter(FALLBACK_OPENERS);

/** Whether a cue of `documentCueAt`, `verbalNounCueAt` or `pronounMarkerAt` may start at this token. */
export function mayOpenFallbackCue(t: Token): boolean {
  return t.kind === 'word' && FALLBACK_FILTER.mayHave(t.norm) && FALLBACK_OPENERS.has(t.norm);
}

const SAYING_THROUGH_NORM = new Set(SAYING_THROUGH.map(normalizeWord));

/** «بالقول», «بالإشارة»: a noun of saying through which «اكتفى» reports. */
export function isSayingThrough(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && SAYING_THROUGH_NORM.has(withoutConj(t.norm));
}

/**
 * Whether a cue that reports only through a noun of saying («اكتفى بالقول إن») has it right before
 * what introduces its content at token k (past the noun's preposition: «بالإشارة إلى أن»).
 */
export function saidThrough(tokens: readonly Token[], hit: CueHit, k: number): boolean {
  if (!hit.entry.throughNoun) return true;
  let j = k - 1;
  if (j >= 0 && tokens[j].kind === 'word' && hit.preps.has(tokens[j].norm)) j--;
  return isSayingThrough(tokens[j]);
}
