/**
 * Issue 18: a hostile page must not make the analysis huge. Whatever the text (unclosed quotation
 * marks, floods of reporting verbs, attributions nested in each other), the analysis's JSON stays
 * within 20 times the text's length (plus a constant for very short texts): no quote's content is
 * copied once per cue.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/engine/index.js';

const BOUND = 20;
const SLACK = 1000;
const size = (text: string) => JSON.stringify(analyze(text)).length;

/** Pieces hostile texts are made of: cues, complementizers, marks, markers, speakers, filler. */
const PIECES = [
  'قال', 'وقال', 'قالت', 'وأضاف', 'مضيفا', 'أكد', 'وأكدت', 'مشيرا إلى', 'بحسب', 'وفقا لـ', 'نقلا عن', 'جاء في',
  'إن', 'أن', 'بأن', 'الوزير', 'المصدر', 'الحمود', 'مصادر', 'الأمر', 'ك', ':', '«', '»', '"', '“', '”', '،', '.',
  '\n', '(', ')',
];

describe('analysis size', () => {
  it('stays within the bound on random mixtures of cues, marks and markers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 400 }), (pieces) => {
        const text = pieces.join(' ');
        expect(size(text)).toBeLessThanOrEqual(BOUND * text.length + SLACK);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('stays within the bound on long floods of one construction', () => {
    const floods = fc.record({
      head: fc.constantFrom('', '«', '« ', '"', 'قال الوزير: «', 'وقال «'),
      unit: fc.constantFrom('قال الوزير إن ', 'أكد أن ', 'وأضاف ', 'قال إن ك. ', 'وقال: ك. ', 'وأضاف «ك ك» ', 'مضيفا أن ك، ', '«ك» قال ', 'الحمود: فايز جاحد والتلفزيون له\n', 'بحسب المصدر ك، '),
      times: fc.integer({ min: 50, max: 1500 }),
    });
    fc.assert(
      fc.property(floods, ({ head, unit, times }) => {
        const text = head + unit.repeat(times);
        expect(size(text)).toBeLessThanOrEqual(BOUND * text.length + SLACK);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('gives nested attributions two levels, not one copy of the sentence per cue', () => {
    const text = 'قال الوزير إن '.repeat(1000) + 'الأمر انتهى.';
    const quotes = analyze(text).quotes;
    const copied = quotes.reduce((n, q) => n + q.content.text.length, 0);
    expect(copied).toBeLessThanOrEqual(2 * text.length);
    // Real nesting is kept: the ministry's statement and the university's inside it.
    expect(analyze('وأكدت الوزارة أن الجامعة أفادت بأن التسجيل مستمر.').quotes).toHaveLength(2);
  });
});
