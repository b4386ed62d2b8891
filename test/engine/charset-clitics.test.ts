/** The one Arabic character module and the one clitic reader (src/engine/text/charset.ts, clitics.ts). */
import { describe, expect, it } from 'vitest';
import { ARABIC_LETTERS, ARABIC_MARKS, BIDI_CONTROLS, TATWEEL, charClass, isArabicDigit, isArabicLetter, isArabicMark, isInvisibleControl, stripMarks } from '../../src/engine/text/charset.js';
import { CLITIC_POLICIES, findReading, readings } from '../../src/engine/text/clitics.js';
import { normalizeWord } from '../../src/engine/text/normalize.js';
import { tokenize } from '../../src/engine/text/tokenize.js';

const each = (ranges: readonly (readonly [number, number])[]) => ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k));

describe('charset: one definition the text core follows', () => {
  it('normalization drops every mark, tatweel and bidi control, and keeps every letter', () => {
    for (const c of [...each(ARABIC_MARKS), TATWEEL, ...each(BIDI_CONTROLS)]) expect(normalizeWord(String.fromCharCode(c)), c.toString(16)).toBe('');
    for (const c of each(ARABIC_LETTERS).filter((c) => c < 0xfb50)) expect(normalizeWord(String.fromCharCode(c)).length, c.toString(16)).toBeGreaterThan(0);
  });

  it('marks glue inside a word and never split it', () => {
    for (const c of each(ARABIC_MARKS)) {
      const word = 'كت' + String.fromCharCode(c) + 'اب';
      const tokens = tokenize(word);
      expect(tokens.map((t) => t.kind), c.toString(16)).toEqual(['word']);
    }
  });

  it('classifies letters, marks, digits and controls apart', () => {
    expect(isArabicLetter('ب'.charCodeAt(0))).toBe(true);
    expect(isArabicMark('ب'.charCodeAt(0))).toBe(false);
    expect(isArabicMark('َ'.charCodeAt(0))).toBe(true);
    expect(isArabicMark(0x06e5)).toBe(false); // small waw is a letter in some orthographies
    expect(isArabicDigit('٣'.charCodeAt(0))).toBe(true);
    expect(isArabicDigit('۳'.charCodeAt(0))).toBe(true);
    expect(isInvisibleControl(0x202e)).toBe(true);
    expect(isInvisibleControl('a'.charCodeAt(0))).toBe(false);
  });

  it('strips marks and tatweel but keeps letter shapes', () => {
    expect(stripMarks('آلِيـّات')).toBe('آليات');
    expect(new RegExp(charClass([[0x61, 0x63]], [0x7a])).test('z')).toBe(true);
  });
});

describe('clitic reader', () => {
  const show = (norm: string, policy = CLITIC_POLICIES.all) => readings(norm, policy).map((s) => `${s.prefix}+${s.stem}${s.suffix ? '+' + s.suffix : ''}`);

  it('reads conjunction, preposition, article, لل and pronouns, whole word first', () => {
    expect(show('وبالمدينه')[0]).toBe('+وبالمدينه');
    expect(show('وبالمدينه')).toContain('وبال+مدينه');
    expect(show('للمرصد')).toContain('ل+المرصد');
    expect(show('بحوزتهم')).toContain('ب+حوزه+هم');
  });

  it('narrows readings by named policy', () => {
    expect(show('والرييس', CLITIC_POLICIES.proclitics)).toEqual(['+والرييس', 'و+الرييس']);
    expect(show('وبيناير', CLITIC_POLICIES.oneLetter)).toEqual(['+وبيناير', 'و+بيناير']);
    expect(show('كيناير', CLITIC_POLICIES.oneLetter)).toEqual(['+كيناير']);
    expect(readings('مقاتليه', { enclitic: false }).every((s) => s.suffix === '')).toBe(true);
    expect(readings('وبغداد', { prefixRequired: true }).every((s) => s.prefix !== '')).toBe(true);
  });

  it('finds the first reading whose stem is known, in reading order', () => {
    const known = new Set(['المرصد', 'مرصد']);
    expect(findReading('للمرصد', (s) => known.has(s), CLITIC_POLICIES.proclitics)).toMatchObject({ prefix: 'ل', stem: 'المرصد' });
    expect(findReading('للمرصد', (s) => known.has(s))).toMatchObject({ stem: 'المرصد' });
    expect(findReading('كتاب', (s) => known.has(s))).toBeNull();
  });
});
