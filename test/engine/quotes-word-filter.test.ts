/**
 * The word filter rules words out before a table lookup, so it must never rule out a member; the
 * cue lookup built on it must read every listed form, with its clitics, as it did without it.
 */
import { describe, expect, it } from 'vitest';
import { PARTICIPLE_CUES, VERB_CUES } from '../../src/engine/lang/ar/cues.js';
import { normalizeWord } from '../../src/engine/text/normalize.js';
import type { Token } from '../../src/engine/text/tokenize.js';
import { cueAt, mayBeCue } from '../../src/engine/quotes/cue-index.js';
import { WordFilter } from '../../src/engine/quotes/word-filter.js';

const word = (text: string): Token => ({ index: 0, start: 0, end: text.length, text, norm: normalizeWord(text), kind: 'word' });

describe('WordFilter', () => {
  const members = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
  const filter = new WordFilter(members);

  it('lets every member through', () => {
    expect(members.filter((w) => !filter.mayHave(w))).toEqual([]);
  });

  it('rules out nearly every other word', () => {
    const others = Array.from({ length: 20_000 }, (_, i) => `x${i}`);
    expect(others.filter((w) => filter.mayHave(w)).length).toBeLessThan(others.length * 0.02);
  });
});

describe('cue lookup behind the filter', () => {
  it('reads every verb form with a conjunction, the ل of purpose and an object pronoun', () => {
    const missed: string[] = [];
    for (const entry of VERB_CUES) {
      for (const { form, present } of entry.forms) {
        const shapes = [form, 'و' + form, 'ف' + form];
        if (present) shapes.push('ل' + form, 'ول' + form);
        for (const s of shapes) if (!cueAt(word(s))) missed.push(s);
      }
    }
    expect(missed).toEqual([]);
  });

  it('reads a past form with its object pronoun', () => {
    expect(cueAt(word('أكدها'))?.entry.lemma).toBe('أكد');
    expect(cueAt(word('وأكدته'))?.entry.lemma).toBe('أكد');
  });

  it('lets through every spelling a cue may have: conjunction, ل or لل, object pronoun, ت for ة', () => {
    const spellings = PARTICIPLE_CUES.flatMap((e) => [e.m, e.f, e.pl].map(normalizeWord));
    for (const entry of VERB_CUES) {
      for (const { form: written } of entry.forms) {
        const form = normalizeWord(written);
        const bodies = [form];
        for (const pronoun of ['ها', 'هم', 'ه']) {
          bodies.push(form + pronoun);
          if (form.endsWith('ه')) bodies.push(form.slice(0, -1) + 'ت' + pronoun);
        }
        for (const conj of ['', 'و', 'ف']) {
          for (const body of bodies) {
            spellings.push(conj + body, conj + 'ل' + body);
            if (body.startsWith('ال')) spellings.push(conj + 'لل' + body.slice(2));
          }
        }
      }
    }
    expect(spellings.filter((s) => !mayBeCue(s))).toEqual([]);
  });

  it('rules out most words', () => {
    const words = ['الرئيس', 'والحكومة', 'للمرصد', 'بيروت', 'الذي', 'كتابه', 'سيارتهم', 'المدينة'].map(normalizeWord);
    expect(words.filter(mayBeCue).length).toBeLessThanOrEqual(1);
  });
});
