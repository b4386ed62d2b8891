/**
 * The quote stage's language data (lang/ar/cues.ts, lang/ar/quote-words.ts) is one record per entry:
 * a word listed twice, a form claimed by two cues, or classes that exclude each other are errors in
 * the data, caught here rather than by a quote gone wrong.
 */
import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../src/engine/text/normalize.js';
import { COMPLEMENTIZERS, PARTICIPLE_CUES, SOURCE_MARKERS, VERB_CUES } from '../../src/engine/lang/ar/cues.js';
import type { QuoteWordClass } from '../../src/engine/lang/ar/quote-words.js';
import { QUOTE_WORDS } from '../../src/engine/lang/ar/quote-words.js';

const SPEAKER_HEADS: readonly QuoteWordClass[] = ['anonymous', 'document', 'organization', 'place'];

/** Pairs of classes no word may have together, and why. */
const EXCLUSIVE: readonly [QuoteWordClass, readonly QuoteWordClass[], string][] = [
  ['non-source', SPEAKER_HEADS, 'a word that is never a source cannot be a speaker head'],
  ['time', SPEAKER_HEADS, 'a time word ends a speaker phrase, so it cannot head one'],
  ['relative', SPEAKER_HEADS, 'a relative pronoun ends a speaker phrase'],
  ['negation', ['time', 'linker', 'relative', 'addressee', ...SPEAKER_HEADS], 'a negation is only a negation'],
  ['manner', SPEAKER_HEADS, 'how someone spoke is never who'],
  ['pronoun-prep', SPEAKER_HEADS, 'a preposition with a pronoun is never a speaker'],
];

/**
 * Classes a cue's own form may not have: they would make the cue unreadable as a verb. («not-article»
 * may: it only says «ال» in a normalized form is no article, as in «ألقى» → «القي».)
 */
const NOT_FOR_CUES: readonly QuoteWordClass[] = ['time', 'relative', 'linker', 'negation', 'particle', 'noun-context', 'manner'];

function duplicates<T>(items: readonly T[]): T[] {
  const seen = new Set<T>();
  const out: T[] = [];
  for (const x of items) {
    if (seen.has(x)) out.push(x);
    seen.add(x);
  }
  return out;
}

describe('quote words', () => {
  it('lists every word once (after normalization)', () => {
    expect(duplicates(QUOTE_WORDS.map((w) => normalizeWord(w.word)))).toEqual([]);
  });

  it('gives every word at least one class, each once', () => {
    expect(QUOTE_WORDS.filter((w) => w.classes.length === 0 || duplicates(w.classes).length > 0).map((w) => w.word)).toEqual([]);
  });

  it('never gives a word two classes that exclude each other', () => {
    const bad: string[] = [];
    for (const w of QUOTE_WORDS) {
      for (const [a, others, why] of EXCLUSIVE) {
        if (!w.classes.includes(a)) continue;
        for (const b of others) if (w.classes.includes(b)) bad.push(`${w.word}: ${a} + ${b} (${why})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('marks as plural only words that head a speaker phrase', () => {
    const bad = QUOTE_WORDS.filter((w) => w.classes.includes('plural') && !w.classes.some((c) => SPEAKER_HEADS.includes(c)));
    expect(bad.map((w) => w.word)).toEqual([]);
  });
});

describe('cues', () => {
  const verbForms = VERB_CUES.flatMap((v) => [...new Set(v.forms.map((f) => normalizeWord(f.form)))].map((form) => ({ form, lemma: v.lemma })));
  const participleForms = PARTICIPLE_CUES.flatMap((p) => [p.m, p.f, p.pl].map((f) => ({ form: normalizeWord(f), lemma: p.lemma })));

  it('gives each written form to one cue only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { form, lemma } of [...verbForms, ...participleForms]) {
      const o = owner.get(form);
      if (o && o !== lemma) clashes.push(`${form}: ${o} / ${lemma}`);
      owner.set(form, lemma);
    }
    expect(clashes).toEqual([]);
    expect(duplicates(VERB_CUES.map((v) => v.lemma))).toEqual([]);
    expect(duplicates(PARTICIPLE_CUES.map((p) => p.lemma))).toEqual([]);
  });

  it('marks as ambiguous only forms the verb has', () => {
    for (const v of VERB_CUES) {
      const forms = new Set(v.forms.map((f) => normalizeWord(f.form)));
      for (const a of v.ambiguous ?? []) expect(forms.has(normalizeWord(a)), `${v.lemma}: ${a}`).toBe(true);
    }
  });

  it('never lists a cue form as a word that cannot be a verb, unless the cue marks it ambiguous', () => {
    const classes = new Map(QUOTE_WORDS.map((w) => [normalizeWord(w.word), w.classes]));
    const ambiguous = new Set(VERB_CUES.flatMap((v) => (v.ambiguous ?? []).map(normalizeWord)));
    const bad: string[] = [];
    for (const { form, lemma } of [...verbForms, ...participleForms]) {
      if (ambiguous.has(form)) continue;
      const cs = classes.get(form) ?? [];
      for (const c of cs) if (NOT_FOR_CUES.includes(c)) bad.push(`${form} (${lemma}): ${c}`);
    }
    expect(bad).toEqual([]);
  });

  it('lists each source marker and complementizer once', () => {
    expect(duplicates(SOURCE_MARKERS.map((m) => m.map(normalizeWord).join(' ')))).toEqual([]);
    // إن and أن are one word once normalized: the written forms are what must not repeat.
    expect(duplicates(COMPLEMENTIZERS)).toEqual([]);
  });
});
