/**
 * Properties of the text core on random Unicode input: offsets always point back into the
 * original text, whatever it contains (lone surrogates, combining marks, bidi marks, Arabic with
 * harakat), and nothing throws on empty, very large or non-Arabic input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeWord, toOriginal } from '../../src/engine/text/normalize.js';
import { originalOffset, tokenize } from '../../src/engine/text/tokenize.js';
import { readings } from '../../src/engine/text/clitics.js';
import { spanIndexAt, splitParagraphs, splitSentences } from '../../src/engine/text/sentences.js';
import { analyze } from '../../src/engine/index.js';
import type { Analysis } from '../../src/engine/types.js';
import { expectSpans } from '../support/spans.js';

const pool = (s: string) => fc.constantFrom(...Array.from(s));
/** One UTF-16 unit or short sequence, weighted towards what makes Arabic text hard. */
const unit = fc.oneof(
  { weight: 6, arbitrary: pool('ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة') },
  { weight: 3, arbitrary: pool('\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640\u0654\u0655') },
  { weight: 2, arbitrary: pool('0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹') },
  { weight: 2, arbitrary: pool('.,،؛؟!?:;/-–%٪٫٬«»"\'()…') },
  { weight: 3, arbitrary: pool('  \n\t\r') },
  { weight: 1, arbitrary: pool('\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u200b\u200c\u200d\ufeff\u00a0') },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: pool('\u0300\u0301\u0308\u20dd') },
  { weight: 1, arbitrary: fc.constantFrom('😀', '👍🏽', '𝟙', 'ﻻ', 'ﷺ', 'ﺑ') },
  { weight: 2, arbitrary: pool('abcXYZéßЖ') },
  { weight: 2, arbitrary: fc.constantFrom(' ثلاثة ', ' عشر ', ' مليون ', ' ألف ', ' و', ' الـ', ' نحو ', ' يناير ', ' عام ', ' بالمئة ', ' أمس ', ' $', ' http://a.b/1 ') },
);
const text = fc.string({ unit, maxLength: 240 });
const anyString = fc.string({ unit: 'binary', maxLength: 120 });
const RUNS = { numRuns: 300 };

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `i` falls between the two halves of a surrogate pair. */
const splitsPair = (s: string, i: number) => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

const expectSpansExact = (a: Analysis, input: string) => expectSpans(input, a);

describe('normalize on random text', () => {
  it('maps every output character to the input character that produced it', () => {
    fc.assert(
      fc.property(fc.oneof(text, anyString), (s) => {
        const n = normalize(s);
        expect(n.text).toBe(normalizeWord(s));
        expect(n.map.length).toBe(n.text.length + 1);
        expect(n.map[n.text.length]).toBe(s.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.map[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : n.map[i - 1]);
          expect(n.map[i]).toBeLessThan(s.length);
          expect(normalizeWord(s[n.map[i]])).toContain(n.text[i]);
        }
      }),
      RUNS,
    );
  });

  it('maps any normalized span back to a valid original span', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        const lo = Math.min(a, b) % (n.text.length + 1);
        const hi = Math.max(a, b) % (n.text.length + 1);
        const [os, oe] = toOriginal(n, Math.min(lo, hi), Math.max(lo, hi));
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeGreaterThanOrEqual(os);
        expect(oe).toBeLessThanOrEqual(s.length);
      }),
      RUNS,
    );
  });
});

describe('tokenize on random text', () => {
  it('gives ordered, non-overlapping tokens that slice exactly and never split a surrogate pair', () => {
    fc.assert(
      fc.property(fc.oneof(text, anyString), (s) => {
        const tokens = tokenize(s);
        let last = 0;
        tokens.forEach((t, k) => {
          expect(t.index).toBe(k);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(t.norm).toBe(normalizeWord(t.text));
          expect(splitsPair(s, t.start)).toBe(false);
          expect(splitsPair(s, t.end)).toBe(false);
          for (let j = 0; j <= t.norm.length + 1; j++) {
            const o = originalOffset(t, j);
            expect(o).toBeGreaterThanOrEqual(t.start);
            expect(o).toBeLessThanOrEqual(t.end);
          }
          if (t.kind === 'word') for (const st of readings(t.norm)) expect(st.stem.length).toBeGreaterThanOrEqual(2);
          last = t.end;
        });
      }),
      RUNS,
    );
  });

  it('leaves no letter or digit outside a token', () => {
    fc.assert(
      fc.property(text, (s) => {
        const tokens = tokenize(s);
        for (let i = 0; i < s.length; i++) {
          if (!/[\p{L}\p{N}]/u.test(s[i])) continue;
          expect(spanIndexAt(tokens, i)).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });
});

describe('sentences on random text', () => {
  it('gives ordered, trimmed, non-overlapping sentences and paragraphs covering every letter', () => {
    fc.assert(
      fc.property(fc.oneof(text, anyString), (s) => {
        for (const spans of [splitSentences(s), splitParagraphs(s)]) {
          let last = 0;
          for (const sp of spans) {
            expect(sp.start).toBeGreaterThanOrEqual(last);
            expect(sp.end).toBeGreaterThan(sp.start);
            expect(sp.end).toBeLessThanOrEqual(s.length);
            expect(/\s/.test(s[sp.start])).toBe(false);
            expect(/\s/.test(s[sp.end - 1])).toBe(false);
            last = sp.end;
          }
          for (let i = 0; i < s.length; i++) if (/[\p{L}\p{N}]/u.test(s[i])) expect(spanIndexAt(spans, i)).toBeGreaterThanOrEqual(0);
        }
        // Sentences never cross a line break.
        for (const sp of splitSentences(s)) expect(/[\n\r]/.test(s.slice(sp.start, sp.end))).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('analyze() on random text', () => {
  it('emits only spans that are exact slices of the input', () => {
    fc.assert(
      fc.property(fc.oneof(text, anyString), (s) => {
        expectSpansExact(analyze(s), s);
      }),
      { numRuns: 200 },
    );
  });

  it('numbers never overlap one another', () => {
    fc.assert(
      fc.property(text, (s) => {
        const ns = analyze(s, { stages: { entities: false, quotes: false } }).numbers;
        for (let k = 1; k < ns.length; k++) expect(ns[k].start).toBeGreaterThanOrEqual(ns[k - 1].end);
      }),
      RUNS,
    );
  });
});

describe('extreme inputs', () => {
  it('handles empty and blank text', () => {
    for (const s of ['', ' ', '\n\n', '\u200f', 'ـ']) {
      const a = analyze(s);
      expectSpansExact(a, s);
      expect(a.numbers).toEqual([]);
    }
  });

  it('handles non-Arabic text', () => {
    const s = 'In 2019, 3,400 people (about 12%) moved to Berlin — see https://example.com/2019. Привет 42!';
    expectSpansExact(analyze(s), s);
  });

  it('handles about 1 MB of Arabic news text and 1 MB of random characters', () => {
    const paragraph =
      'أعلنت الوزارة أمس الثلاثاء أن نحو 1,250 شخصا نزحوا خلال ثلاثة أيام، وقال المتحدث: «وصلت 40 شاحنة تحمل 2.5 مليون دولار من المساعدات». ' +
      'وبلغت نسبة الإنجاز ٧٥٪ في 15 مارس 2024، بينما تضرر أكثر من ألفي منزل في القرى الخمس.\n';
    const arabic = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const a = analyze(arabic);
    expect(a.textLength).toBe(arabic.length);
    expect(a.numbers.length).toBeGreaterThan(1000);
    expectSpansExact(a, arabic);

    const sample = fc.sample(fc.string({ unit, minLength: 200, maxLength: 400 }), { numRuns: 40, seed: 7 }).join('');
    const noise = sample.repeat(Math.ceil(1_000_000 / Math.max(1, sample.length)));
    expectSpansExact(analyze(noise), noise);
  }, 120_000);
});
