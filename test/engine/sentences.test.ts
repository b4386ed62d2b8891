import { describe, expect, it } from 'vitest';
import { spanIndexAt, splitParagraphs, splitSentences } from '../../src/engine/text/sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at Arabic and Latin stops, question marks and the Arabic semicolon', () => {
    expect(sentences('وصل الوفد. هل بدأت المحادثات؟ نعم! ثم انتهت؛ وغادر الجميع')).toEqual([
      'وصل الوفد.',
      'هل بدأت المحادثات؟',
      'نعم!',
      'ثم انتهت؛',
      'وغادر الجميع',
    ]);
  });

  it('keeps a run of terminators together', () => {
    expect(sentences('حقا؟! لا أصدق.')).toEqual(['حقا؟!', 'لا أصدق.']);
  });

  it('does not split at a dot inside a number', () => {
    expect(sentences('ارتفع المؤشر 2015.4 نقطة اليوم. ثم تراجع.')).toEqual(['ارتفع المؤشر 2015.4 نقطة اليوم.', 'ثم تراجع.']);
    expect(sentences('بلغ النمو ١٢٫٥ بالمئة. وهذا رقم قياسي.')).toHaveLength(2);
  });

  it('does not split after abbreviations and single letters', () => {
    expect(sentences('التقى د. سامي بالوزير. ثم غادر.')).toEqual(['التقى د. سامي بالوزير.', 'ثم غادر.']);
    expect(sentences('زار الوفد U.S. الأسبوع الماضي.')).toHaveLength(1);
    expect(sentences('قال أ.د. منير إن البحث اكتمل.')).toHaveLength(1);
  });

  it('ends a sentence at an era letter after a number', () => {
    expect(sentences('تأسست الجمعية عام 1990م. وهي نشطة.')).toEqual(['تأسست الجمعية عام 1990م.', 'وهي نشطة.']);
  });

  it('treats an ellipsis as a pause, not an end', () => {
    expect(sentences('انتظرنا طويلا... ثم وصل القطار.')).toHaveLength(1);
    expect(sentences('كان الصمت… ثقيلا.')).toHaveLength(1);
  });

  it('keeps a quotation of several sentences whole and ends after its closing mark', () => {
    const text = 'وقال المتحدث: «لن نتراجع. سنواصل العمل.» وغادر القاعة.';
    expect(sentences(text)).toEqual(['وقال المتحدث: «لن نتراجع. سنواصل العمل.»', 'وغادر القاعة.']);
    expect(sentences('قالت: "الوضع صعب. نحتاج المساعدة." ثم صمتت.')).toEqual(['قالت: "الوضع صعب. نحتاج المساعدة."', 'ثم صمتت.']);
  });

  it('stops protecting a quotation that is never closed after a long stretch', () => {
    const long = 'جملة قصيرة هنا. '.repeat(150);
    const text = `قال: «${long}`;
    expect(splitSentences(text).length).toBeGreaterThan(10);
  });

  it('ends a headline without a stop at the line break', () => {
    expect(sentences('الأمطار تغمر المدينة\nوقال الدفاع المدني إن الفرق تعمل.')).toEqual(['الأمطار تغمر المدينة', 'وقال الدفاع المدني إن الفرق تعمل.']);
    expect(sentences('سطر أول\r\nسطر ثان')).toEqual(['سطر أول', 'سطر ثان']);
  });

  it('returns trimmed, ordered, non-overlapping spans and nothing for blank text', () => {
    const text = '  أولا.   ثانيا.  \n\n ثالثا  ';
    const spans = splitSentences(text);
    expect(sentences(text)).toEqual(['أولا.', 'ثانيا.', 'ثالثا']);
    for (let k = 1; k < spans.length; k++) expect(spans[k].start).toBeGreaterThanOrEqual(spans[k - 1].end);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \t')).toEqual([]);
  });
});

describe('splitParagraphs', () => {
  it('gives one trimmed span per non-empty line', () => {
    const text = ' العنوان \n\nالفقرة الأولى. وجملة ثانية.\r\nالفقرة الثانية';
    expect(splitParagraphs(text).map((s) => text.slice(s.start, s.end))).toEqual(['العنوان', 'الفقرة الأولى. وجملة ثانية.', 'الفقرة الثانية']);
    expect(splitParagraphs('')).toEqual([]);
  });
});

describe('spanIndexAt', () => {
  it('finds the span containing a position, or -1 between spans', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 7, end: 10 },
      { start: 10, end: 20 },
    ];
    expect(spanIndexAt(spans, 0)).toBe(0);
    expect(spanIndexAt(spans, 4)).toBe(0);
    expect(spanIndexAt(spans, 5)).toBe(-1);
    expect(spanIndexAt(spans, 10)).toBe(2);
    expect(spanIndexAt(spans, 25)).toBe(-1);
    expect(spanIndexAt([], 3)).toBe(-1);
  });
});

describe('dotted acronyms', () => {
  it('does not end a sentence inside «بي.بي.سي» but does at a lost space between sentences', () => {
    const a = 'ونقلت بي.بي.سي عن الوزير قوله إن الخطة جاهزة. ثم غادر.';
    expect(splitSentences(a).map((s) => a.slice(s.start, s.end))).toEqual([
      'ونقلت بي.بي.سي عن الوزير قوله إن الخطة جاهزة.',
      'ثم غادر.',
    ]);
    const b = 'انتهت الجلسة.وبدأت المفاوضات بعد ساعة.';
    expect(splitSentences(b).length).toBe(2);
  });
});
