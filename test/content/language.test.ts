import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/content/detect/sample-language.js';
import { LANGUAGE_SAMPLES } from '../fixtures/pages/language-samples.js';

describe('guessLanguage', () => {
  for (const s of LANGUAGE_SAMPLES) {
    const expected = s.language === 'arabic' ? 'arabic' : s.language === 'english' || s.language === 'french' ? 'not-arabic-script' : 'other-arabic-script';
    it(`${s.id}: ${expected}`, () => {
      expect(guessLanguage(s.text).guess).toBe(expected);
    });
  }

  it('needs some text before saying anything', () => {
    expect(guessLanguage('').guess).toBe('too-little-text');
    expect(guessLanguage('   \n ').guess).toBe('too-little-text');
    expect(guessLanguage('قال').guess).toBe('too-little-text');
  });

  it('a page mostly in Latin letters with an Arabic word or two is not Arabic', () => {
    const text = `${LANGUAGE_SAMPLES.find((s) => s.id === 'english-news')!.text} (مرحبا بكم في موقعنا)`;
    expect(guessLanguage(text).guess).toBe('not-arabic-script');
  });

  it('one Persian-lettered name does not make an Arabic article Persian, a steady share does', () => {
    const arabic = LANGUAGE_SAMPLES.find((s) => s.id === 'arabic-news')!.text;
    expect(guessLanguage(`${arabic} وقال مسؤول في شركة «پارس».`).guess).toBe('arabic');
    // The same Arabic with پ/گ/چ sprinkled through a fifth of its words reads as something else.
    const sprinkled = arabic.split(' ').map((w, i) => (i % 5 === 0 ? `پ${w}گ` : w)).join(' ');
    expect(guessLanguage(sprinkled).guess).toBe('other-arabic-script');
  });

  it('Persian typed with Arabic ي and ك is still recognised by its words', () => {
    const g = guessLanguage(LANGUAGE_SAMPLES.find((s) => s.id === 'persian-arabic-letters')!.text);
    expect(g.foreignWords).toBeGreaterThan(g.arabicWords);
    expect(g.guess).toBe('other-arabic-script');
  });

  it('reports its evidence as shares between 0 and 1', () => {
    for (const s of LANGUAGE_SAMPLES) {
      const g = guessLanguage(s.text);
      for (const v of [g.arabicScriptShare, g.foreignLetterShare, g.definiteArticleShare]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });

  it('survives garbage, lone surrogates and a megabyte of text', () => {
    expect(() => guessLanguage('\ud800\udfff\u0000'.repeat(1000))).not.toThrow();
    const big = LANGUAGE_SAMPLES[0].text.repeat(Math.ceil(1_000_000 / LANGUAGE_SAMPLES[0].text.length));
    expect(guessLanguage(big).guess).toBe('arabic');
  });
});
