import { describe, expect, it } from 'vitest';
import { originalOffset, tokenize } from '../../src/engine/text/tokenize.js';
import { readings } from '../../src/engine/text/clitics.js';
import type { Token } from '../../src/engine/text/tokenize.js';
import { normalizeWord } from '../../src/engine/text/normalize.js';

const texts = (ts: Token[]) => ts.map((t) => t.text);
const stems = (w: string) => readings(normalizeWord(w)).map((s) => s.stem);

describe('tokenize', () => {
  it('gives tokens whose offsets point exactly into the text', () => {
    const text = 'وصل الوفدُ إلى بيروت صباحَ الأحد، وقال: «الأجواء إيجابية».';
    const tokens = tokenize(text);
    for (const [k, t] of tokens.entries()) {
      expect(t.index).toBe(k);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.norm).toBe(normalizeWord(t.text));
    }
    expect(texts(tokens)).toEqual(['وصل', 'الوفدُ', 'إلى', 'بيروت', 'صباحَ', 'الأحد', '،', 'وقال', ':', '«', 'الأجواء', 'إيجابية', '»', '.']);
  });

  it('reads a hashtag\'s «#» and «_» between Arabic words as spaces, not before digits', () => {
    const text = 'التقى #محمد_بن_سلمان و#ترمب في #2018';
    expect(texts(tokenize(text))).toEqual(['التقى', 'محمد', 'بن', 'سلمان', 'و', 'ترمب', 'في', '#', '2018']);
  });

  it('classifies words, numbers, Latin words and punctuation', () => {
    const kinds = tokenize('زار 3 مدن في OPEC خلال ٢٠١٥ !').map((t) => t.kind);
    expect(kinds).toEqual(['word', 'number', 'word', 'word', 'latin', 'word', 'number', 'punct']);
  });

  it('keeps numbers with inner separators whole but not a trailing stop', () => {
    expect(texts(tokenize('بلغ 2015.4 و١٢٫٥ و1,000 و١٬٢٠٠ و١،٢٣٤،٥٦٧ في 15/10/1436 الساعة 7:39.'))).toEqual([
      'بلغ', '2015.4', 'و', '١٢٫٥', 'و', '1,000', 'و', '١٬٢٠٠', 'و', '١،٢٣٤،٥٦٧', 'في', '15/10/1436', 'الساعة', '7:39', '.',
    ]);
  });

  it('keeps bidi marks pasted around a decimal comma inside the number', () => {
    const t = tokenize('السعر 25799\u202a,\u202a52 ريالا');
    expect(t[1].text).toBe('25799\u202a,\u202a52');
    expect(t[1].norm).toBe('25799,52');
  });

  it('separates a glued clitic written with tatweel from digits, not from words', () => {
    expect(texts(tokenize('بلغ الـ70 عاما'))).toEqual(['بلغ', 'الـ', '70', 'عاما']);
    expect(texts(tokenize('قال لـروسيا'))).toEqual(['قال', 'لـروسيا']);
  });

  it('keeps harakat, tatweel and zero-width joiners inside their word', () => {
    expect(texts(tokenize('مُحَمَّدٌ وصلـــوا مي\u200cخانه'))).toEqual(['مُحَمَّدٌ', 'وصلـــوا', 'مي\u200cخانه']);
  });

  it('treats bidi marks and zero-width spaces as separators', () => {
    expect(texts(tokenize('دمشق\u200fحلب\u200bحمص'))).toEqual(['دمشق', 'حلب', 'حمص']);
  });

  it('tokenizes Latin words with hyphens and apostrophes, and digits after letters', () => {
    expect(texts(tokenize("Jean-Marc don't fly A320 COVID-19"))).toEqual(['Jean-Marc', "don't", 'fly', 'A320', 'COVID', '-', '19']);
  });

  it('keeps ellipses and ?! runs together', () => {
    expect(texts(tokenize('حقا؟! ربما...'))).toEqual(['حقا', '؟!', 'ربما', '...']);
  });

  it('never splits a surrogate pair and keeps combining marks with their base', () => {
    const text = 'سلام 😀 e\u0301 \ud800';
    const t = tokenize(text);
    expect(texts(t)).toEqual(['سلام', '😀', 'e\u0301', '\ud800']);
    expect(t.map((x) => x.kind)).toEqual(['word', 'other', 'latin', 'other']);
  });

  it('marks a run of stray harakat as other, not a word', () => {
    expect(tokenize(' ً ')[0].kind).toBe('other');
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u200f')).toEqual([]);
  });
});

describe('stemCandidates', () => {
  it('strips conjunctions, prepositions and the article', () => {
    expect(stems('وإدلب')).toContain('ادلب');
    expect(stems('بدمشق')).toContain('دمشق');
    expect(stems('لروسيا')).toContain('روسيا');
    expect(stems('لـروسيا')).toContain('روسيا');
    expect(stems('والمرصد')).toEqual(expect.arrayContaining(['المرصد', 'مرصد']));
    expect(stems('وبالمدينة')).toContain('مدينه');
    expect(stems('فسيقول')).toContain('يقول');
  });

  it('reads لل as ل + ال', () => {
    const s = readings(normalizeWord('للمرصد'));
    expect(s.some((x) => x.stem === 'المرصد' && x.prefix === 'ل')).toBe(true);
    expect(s.some((x) => x.stem === 'مرصد' && x.article)).toBe(true);
  });

  it('strips attached pronouns, restoring ta marbuta', () => {
    expect(stems('مقاتليه')).toContain('مقاتلي');
    expect(stems('بحوزتهم')).toContain('حوزه');
  });

  it('puts the whole word first and keeps stems of at least two letters', () => {
    const s = readings(normalizeWord('وزير'));
    expect(s[0]).toEqual({ stem: 'وزير', prefix: '', suffix: '', article: false });
    expect(readings('بل').map((x) => x.stem)).toEqual(['بل']);
    for (const x of readings(normalizeWord('والعلم'))) expect(x.stem.length).toBeGreaterThanOrEqual(2);
  });

  it('does not remove ك or ي as pronouns', () => {
    expect(stems('ملك')).not.toContain('مل');
    expect(stems('سوري')).not.toContain('سور');
    expect(readings(normalizeWord('سوري')).every((x) => x.suffix === '')).toBe(true);
  });
});

describe('originalOffset', () => {
  it('finds where a stem starts in the original text, after clitics and tatweel', () => {
    const text = 'قال لـروسيا والمرصد';
    const [, t1, t2] = tokenize(text);
    expect(text.slice(originalOffset(t1, 1), t1.end)).toBe('روسيا');
    expect(text.slice(originalOffset(t2, 1), t2.end)).toBe('المرصد');
    expect(text.slice(originalOffset(t2, 3), t2.end)).toBe('مرصد');
  });

  it('skips harakat when counting normalized characters', () => {
    const text = 'وَبِالمَدِينَةِ';
    const [t] = tokenize(text);
    expect(text.slice(originalOffset(t, 2), t.end)).toBe('المَدِينَةِ');
    expect(originalOffset(t, 0)).toBe(t.start);
    expect(originalOffset(t, 99)).toBe(t.end);
  });
});
