import { describe, expect, it } from 'vitest';
import { proposeSplit } from '../../src/engine/entities/glued.js';
import type { GluedLexicon } from '../../src/engine/entities/glued.js';
import { tokenize } from '../../src/engine/text/tokenize.js';
import { normalizeWord } from '../../src/engine/text/normalize.js';
import { nameLexicon } from '../../src/engine/entities/lexicon-index.js';
import { singleWordName } from '../../src/engine/entities/glued.js';

const lex = nameLexicon();
/** The lexicon the entities stage uses: names from the gazetteer and given names. */
const names: GluedLexicon = { isName: (w) => singleWordName(lex, w) !== null, isWord: () => false };

function token(text: string, word: string) {
  const t = tokenize(text).find((x) => x.text === word);
  if (!t) throw new Error(`no token ${word}`);
  return t;
}

describe('proposeSplit (glued words)', () => {
  it('splits two country names that lost their space, with exact offsets', () => {
    const text = 'طالبت بريطانياتركيا بوقف القتال';
    const split = proposeSplit(token(text, 'بريطانياتركيا'), names);
    expect(split).not.toBeNull();
    expect(split!.names).toBe(true);
    const [a, b] = split!.parts;
    expect(text.slice(a.start, a.end)).toBe('بريطانيا');
    expect(text.slice(b.start, b.end)).toBe('تركيا');
    expect(a.end).toBe(b.start);
  });

  it('keeps the cut exact when the first half carries harakat', () => {
    const text = 'زار لُبنانَسوريا أمس';
    const split = proposeSplit(token(text, 'لُبنانَسوريا'), names)!;
    expect(split.parts.map((p) => p.text)).toEqual(['لُبنانَ', 'سوريا']);
    expect(split.parts[1].stem).toBe('سوريا');
  });

  it('reads a conjunction on either half («العراقوالأردن»)', () => {
    const text = 'بين العراقوالأردن';
    const split = proposeSplit(token(text, 'العراقوالأردن'), names)!;
    expect(split.parts.map((p) => p.stem)).toEqual(['العراق', 'الاردن']);
    expect(split.parts[1].prefix).toBe('و');
  });

  it('never splits a word that is known as a whole, with or without clitics', () => {
    for (const w of ['وفرنسا', 'بالعراق', 'للسعودية', 'عبدالله', 'أبوظبي', 'والإمارات']) {
      expect(proposeSplit(token(w, w), names), w).toBeNull();
    }
  });

  it('never splits ordinary words built on a name', () => {
    // Adjectives and plurals of places, and words that start like a name.
    for (const w of ['مصرفية', 'لبنانيون', 'قطرات', 'حماسة', 'عمانيين', 'تونسية', 'الأردنيون', 'مصريين', 'دمشقيات', 'السودانيتين']) {
      expect(proposeSplit(token(w, w), names), w).toBeNull();
    }
  });

  it('does not split short tokens, numbers or Latin', () => {
    expect(proposeSplit(token('مصر', 'مصر'), names)).toBeNull();
    expect(proposeSplit(tokenize('2024')[0], names)).toBeNull();
    expect(proposeSplit(tokenize('ParisLondon')[0], names)).toBeNull();
  });

  it('splits two ordinary words only when exactly one cut works', () => {
    const words = new Set(['كتاب', 'جديد', 'كتابه', 'بجديد'].map(normalizeWord));
    const lexW: GluedLexicon = { isName: () => false, isWord: (w) => words.has(w) };
    const split = proposeSplit(token('كتابجديد', 'كتابجديد'), lexW)!;
    expect(split.names).toBe(false);
    expect(split.parts.map((p) => p.text)).toEqual(['كتاب', 'جديد']);
    // A real word the lexicon knows is never cut, even if two known words hide in it.
    words.add('كتابجديد');
    expect(proposeSplit(token('كتابجديد', 'كتابجديد'), lexW)).toBeNull();
  });

  it('refuses when two different cuts both give known words', () => {
    const words = new Set(['سلام', 'ملك', 'سلا', 'مملك']);
    const ambiguous: GluedLexicon = { isName: () => false, isWord: (w) => words.has(w) };
    // سلا|مملك and سلام|ملك: two readings, so no guess.
    expect(proposeSplit(token('سلامملك', 'سلامملك'), ambiguous)).toBeNull();
  });
});
