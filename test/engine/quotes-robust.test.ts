import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/engine/index.js';
import { cueAt } from '../../src/engine/quotes/cue-index.js';
import { tokenize } from '../../src/engine/text/tokenize.js';
import { quotes, run } from './quotes-helpers.js';

const WORDS = [
  'وقال', 'قالت', 'وأضاف', 'مضيفا', 'أن', 'إن', 'بأن', 'إلى', 'بحسب', 'وفقا', 'للخبراء', 'المرصد', 'مصدر', 'في',
  'الوزير', 'حسن', 'علي', 'الذي', 'بيان', ':', '«', '»', '"', '“', '”', '(', ')', '،', '.', '\n', 'لـ', 'الخميس',
  'ﻻ', 'قَالَ', 'ـ', '😀', 'abc', '١٢', 'وأشار', 'دعا', 'طالب', 'بخفض',
];

describe('quote stage robustness', () => {
  it('returns nothing, without failing, for empty, blank and non-Arabic text', () => {
    expect(quotes('')).toEqual([]);
    expect(quotes(' \n\n\t ')).toEqual([]);
    expect(quotes('He said that "everything is fine".')).toEqual([]);
    // A marker whose source ends the text, with nothing after it (found by the property below).
    expect(() => quotes('وقال وفقا للخبراء')).not.toThrow();
  });

  it('keeps every span exact on random mixtures of cues, marks and other scripts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.array(fc.constantFrom(' ', '', '  '), { maxLength: 60 }), (words, gaps) => {
        const text = words.map((w, k) => w + (gaps[k] ?? ' ')).join('');
        const doc = run(text); // run() checks text.slice(start, end) === text for every span
        for (const q of doc.quotes) {
          expect(q.content.end).toBeGreaterThan(q.content.start);
          expect(q.content.text.trim()).toBe(q.content.text);
        }
        const ids = doc.quotes.map((q) => q.id);
        expect(ids).toEqual(ids.map((_, k) => `q${k + 1}`));
      }),
      { numRuns: 300 },
    );
  });

  it('orders quotes by their place in the text', () => {
    const qs = quotes('وقال الأول إن الطقس حار. «الماء مقطوع»، قال الثاني. وأكد الثالث أن الكهرباء عادت.');
    const starts = qs.map((q) => q.content.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('survives a long article and pathological text', () => {
    const para = 'وقال المتحدث إن الوضع مستقر، مضيفا أن «الفرق تعمل بلا توقف». وبحسب مصادر محلية، فإن الطرق مفتوحة.\n';
    const long = para.repeat(400);
    expect(run(long).quotes.length).toBe(1200);
    expect(() => run('«'.repeat(5000) + 'قال «'.repeat(1000))).not.toThrow();
    expect(() => run('وقال المسؤول إن الجامعة أفادت بأن '.repeat(1000))).not.toThrow();
  });

  it('reads a marker whose source, a person, is the last word of the text', () => {
    // (Found by the size property: the source's tail was looked for past the text's end.)
    const q = analyze('قال الحمود نقلا عن الحمود').quotes;
    expect(q.map((x) => x.speaker.text)).toEqual(['الحمود']);
  });

  it('pairs the marks of a paragraph after thousands without any (one search for marks over the text)', () => {
    const plain = 'وصل الوفد إلى بيروت أمس في زيارة رسمية تستمر ثلاثة أيام.\n'.repeat(2000);
    const qs = quotes(plain + 'وقال الوزير: «الزيارة ناجحة».');
    expect(qs.map((q) => q.content.text)).toEqual(['الزيارة ناجحة']);
  });

  it('runs inside analyze() with the names stage before it', () => {
    const text = 'وقال مدير المستشفى الدكتور سامر يوسف إن 12 مصابا ما زالوا في العناية المركزة.';
    const a = analyze(text);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].speaker.text).toContain('سامر يوسف');
  });
});

describe('cue lexicon', () => {
  const cue = (w: string) => cueAt(tokenize(w)[0]);

  it('knows the inflections and clitics of reporting verbs, with their gender and number', () => {
    expect(cue('وقالت')).toMatchObject({ kind: 'verb', gender: 'f', prefix: 'و' });
    expect(cue('قالوا')).toMatchObject({ kind: 'verb', plural: true });
    expect(cue('يؤكد')).toMatchObject({ kind: 'verb', present: true, gender: 'm' });
    expect(cue('فأوضحت')).toMatchObject({ kind: 'verb', gender: 'f', prefix: 'ف' });
    expect(cue('ليؤكد')).toMatchObject({ kind: 'verb', prefix: 'ل' });
    expect(cue('أكّدها')).toMatchObject({ kind: 'verb' });
    expect(cue('رأت')?.kind).toBe('verb');
    expect(cue('تدعو')?.kind).toBe('verb');
  });

  it('knows participles by gender and number', () => {
    expect(cue('مضيفاً')).toMatchObject({ kind: 'participle', gender: 'm' });
    expect(cue('مشيرةً')).toMatchObject({ kind: 'participle', gender: 'f' });
    expect(cue('مؤكدين')).toMatchObject({ kind: 'participle', plural: true });
  });

  it('does not read nouns or the past verb with ل as cues', () => {
    expect(cue('القول')).toBeNull();
    expect(cue('تأكيد')).toBeNull();
    expect(cue('لقال')).toBeNull();
  });

  it('reads a verbal noun written with إ the same whatever spelling was read before it', () => {
    // «ادانته» (he condemned it) and «إدانته» (its condemnation) normalize alike.
    expect(cue('وادانته')).not.toBeNull();
    expect(cue('وإدانته')).toBeNull();
    expect(cue('وإعلانها')).toBeNull();
    expect(cue('واعلنها')).not.toBeNull();
  });
});
