import { describe, expect, it } from 'vitest';
import { isIgnorable, normalize, normalizeWord, toOriginal } from '../../src/engine/text/normalize.js';

describe('normalizeWord', () => {
  it('unifies alef forms, alef maqsura, ta marbuta and hamza seats', () => {
    expect(normalizeWord('أحمد')).toBe('احمد');
    expect(normalizeWord('إدلب')).toBe('ادلب');
    expect(normalizeWord('آمال')).toBe('امال');
    expect(normalizeWord('ٱلله')).toBe('الله');
    expect(normalizeWord('مصطفى')).toBe('مصطفي');
    expect(normalizeWord('مدرسة')).toBe(normalizeWord('مدرسه'));
    expect(normalizeWord('مؤتمر')).toBe('موتمر');
    expect(normalizeWord('رئيس')).toBe('رييس');
  });

  it('drops tatweel, harakat, tanwin, shadda, sukun and superscript alef', () => {
    expect(normalizeWord('لـــروسيا')).toBe('لروسيا');
    expect(normalizeWord('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeWord('هدفًا')).toBe('هدفا');
    expect(normalizeWord('مَسْجِد')).toBe('مسجد');
    expect(normalizeWord('هٰذا')).toBe('هذا');
  });

  it('removes zero-width and bidi control characters', () => {
    expect(normalizeWord('سو\u200cريا')).toBe('سوريا');
    expect(normalizeWord('\u200fدمشق\u200e')).toBe('دمشق');
    expect(normalizeWord('\u202bحلب\u202c')).toBe('حلب');
    expect(normalizeWord('\u2067بيروت\u2069')).toBe('بيروت');
  });

  it('maps Arabic-Indic and Persian digits and Arabic separators to ASCII', () => {
    expect(normalizeWord('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeWord('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeWord('١٢٫٥')).toBe('12.5');
    expect(normalizeWord('١٬٠٠٠')).toBe('1,000');
    expect(normalizeWord('٤٠٪')).toBe('40%');
  });

  it('unifies Arabic and Latin punctuation variants', () => {
    expect(normalizeWord('،')).toBe(',');
    expect(normalizeWord('؛')).toBe(';');
    expect(normalizeWord('؟')).toBe('?');
    expect(normalizeWord('«نص»')).toBe('"نص"');
    expect(normalizeWord('“x”')).toBe('"x"');
    expect(normalizeWord('–—−')).toBe('---');
  });

  it('expands presentation-form ligatures and folds ASCII case', () => {
    expect(normalizeWord('ﻻ')).toBe('لا');
    expect(normalizeWord('ﺑﻴﺖ')).toBe('بيت');
    expect(normalizeWord('OPEC')).toBe('opec');
  });

  it('leaves other scripts, emoji and lone surrogates unchanged', () => {
    expect(normalizeWord('Москва')).toBe('Москва');
    expect(normalizeWord('😀')).toBe('😀');
    expect(normalizeWord('a\ud800b')).toBe('a\ud800b');
  });
});

describe('normalize', () => {
  it('agrees with normalizeWord and maps every character back to its origin', () => {
    const text = 'قالَ الرئيسُ: «وَصَلَ ٣٠ شخصاً» ـ أمس.';
    const n = normalize(text);
    expect(n.text).toBe(normalizeWord(text));
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(text.length);
    for (let i = 0; i < n.text.length; i++) expect(normalizeWord(text[n.map[i]])).toContain(n.text[i]);
  });

  it('maps a normalized word span back to the original word with its harakat', () => {
    const text = 'وصلَ المُراسِلُ إلى حلبَ';
    const n = normalize(text);
    const at = n.text.indexOf('المراسل');
    const [s, e] = toOriginal(n, at, at + 'المراسل'.length);
    expect(text.slice(s, e)).toBe('المُراسِلُ');
  });

  it('maps a ligature back to the whole ligature', () => {
    const text = 'ﻻ شيء';
    const n = normalize(text);
    expect(n.text.startsWith('لا')).toBe(true);
    expect(toOriginal(n, 0, 1)).toEqual([0, 1]);
    expect(toOriginal(n, 0, 2)).toEqual([0, 1]);
  });

  it('clamps out-of-range spans instead of failing', () => {
    const n = normalize('abc');
    expect(toOriginal(n, -5, 99)).toEqual([0, 3]);
    expect(toOriginal(n, 2, 1)).toEqual([2, 2]);
  });

  it('handles empty text', () => {
    const n = normalize('');
    expect(n.text).toBe('');
    expect(Array.from(n.map)).toEqual([0]);
  });

  it('knows which characters it drops', () => {
    expect(isIgnorable('ـ'.charCodeAt(0))).toBe(true);
    expect(isIgnorable('َ'.charCodeAt(0))).toBe(true);
    expect(isIgnorable(0x200f)).toBe(true);
    expect(isIgnorable('ب'.charCodeAt(0))).toBe(false);
    expect(isIgnorable(0x1f600)).toBe(false);
  });
});

describe('normalize with long ligatures', () => {
  it('keeps the text after a ligature that expands to a whole phrase (ﷺ)', () => {
    const s = 'ﷺ0 ';
    const n = normalize(s);
    expect(n.text).toBe(normalizeWord(s));
    expect(n.map[n.text.length]).toBe(s.length);
    expect(n.map[n.text.length - 1]).toBe(2);
  });
});
