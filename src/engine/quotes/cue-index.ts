/**
 * Normalized lookups over the cue lexicon (src/engine/lang/ar/cues.ts), built once: which token is
 * a reporting verb or a participle, with what it says about the speaker, and where a source marker
 * starts. Every key goes through `normalizeWord`, so spelling variants match. What else a word is
 * (a time word, an adjunct, a speaker head…) is in word-classes.ts.
 */
import { normalizeWord } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { Complement, Gender, ParticipleCue, VerbCue } from '../lang/ar/cues.js';
import { PARTICIPLE_CUES, SOURCE_MARKERS, VERB_CUES } from '../lang/ar/cues.js';
import { W, is, withoutConj } from './word-classes.js';

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

/** «جاء في البيان أن …»: «جاء/ورد في» at token i, a cue whose speaker is the document after في. */
export function documentCueAt(tokens: readonly Token[], i: number): VerbHit | null {
  const t = tokens[i];
  if (!is(t, W.DOCUMENT_VERB) || tokens[i + 1]?.norm !== 'في') return null;
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
