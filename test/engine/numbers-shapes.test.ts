/**
 * Shapes news writes numbers in (issue 14), each counted in the ANT corpus before a rule was
 * written: digit grouping, years, multiples, vague plurals, and words and codes that are not
 * numbers. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import { findNumbers } from '../../src/engine/numbers/index.js';
import type { NumberMention } from '../../src/engine/types.js';

function nums(text: string): NumberMention[] {
  const doc = createDoc(text);
  findNumbers(doc);
  for (const n of doc.numbers) expect(text.slice(n.start, n.end)).toBe(n.text);
  return doc.numbers;
}
const brief = (text: string) => nums(text).map((m) => [m.text, m.kind, m.value, m.counted?.text]);

describe('digit grouping', () => {
  it('reads one dot before three digits as thousands before a noun', () => {
    expect(brief('سجلت الوزارة 25.000 إصابة و3.400 طن')).toEqual([
      ['25.000', 'cardinal', 25000, 'إصابة'],
      ['3.400', 'cardinal', 3400, 'طن'],
    ]);
  });

  it('reads it as a decimal point before a scale, a percent, or a currency', () => {
    expect(brief('خصصت 1.250 مليار يورو')[0]).toEqual(['1.250 مليار', 'money', 1.25e9, 'يورو']);
    expect(nums('ارتفع المؤشر 3.125%')[0]).toMatchObject({ kind: 'percent', value: 3.125 });
    expect(nums('بلغ سعر اللتر 1.375 دينار')[0]).toMatchObject({ kind: 'money', value: 1.375 });
    // …unless the three digits are zeros: a round amount.
    expect(nums('دفعت الشركة 250.000 دولار')[0]).toMatchObject({ kind: 'money', value: 250000 });
  });

  it('reads an Arabic comma as a decimal comma before a scale or a percent, a list separator elsewhere', () => {
    expect(brief('نزح 3،4 مليون شخص')).toEqual([['3،4 مليون', 'cardinal', 3_400_000, 'شخص']]);
    expect(nums('صوت لصالح الاقتراح 52،7 في المئة من الناخبين')[0]).toMatchObject({ kind: 'percent', value: 52.7 });
    expect(nums('سجل في الدقيقتين 12،58').map((m) => m.value)).toEqual([12, 58]);
  });

  it('reads a decimal times a scale without floating-point residue', () => {
    expect(nums('صدرت 8.3 مليون طن')[0].value).toBe(8_300_000);
    expect(nums('أنجز 1/3 العمل')[0].value).toBe(1 / 3);
  });

  it('keeps other decimals', () => {
    expect(nums('سجل العداء 9.85 ثانية')[0]).toMatchObject({ value: 9.85 });
    expect(nums('بلغت القيمة 0.125')[0]).toMatchObject({ value: 0.125 });
  });
});

describe('years', () => {
  it('does not multiply a year after its head by the scale word after it', () => {
    expect(brief('منحت الدولة في عام 2016 مليار دولار للصندوق')).toEqual([
      ['2016', 'year', 2016, 'عام'],
      ['مليار', 'money', 1e9, 'دولار'],
    ]);
  });

  it('reads a season before a year as its head', () => {
    expect(nums('انتقل اللاعب في صيف 2019 إلى النادي')[0]).toMatchObject({ kind: 'year', value: 2019, counted: { text: 'صيف' } });
  });
});

describe('multiples', () => {
  it('reads a number of «أضعاف» or «ضعف» as a multiple', () => {
    expect(brief('تضاعف الإنتاج أربعة أضعاف')).toEqual([['أربعة', 'multiple', 4, 'أضعاف']]);
    expect(brief('اتسعت المساحة 30 ضعفا')).toEqual([['30', 'multiple', 30, 'ضعفا']]);
  });

  it('reads «ضعف» as twice only where a comparison says so', () => {
    expect(brief('أنفقت البلدية أكثر من ضعف المبلغ')).toEqual([['أكثر من ضعف', 'multiple', 2, undefined]]);
    expect(brief('يعادل ضعف عدد الموظفين')).toEqual([['ضعف', 'multiple', 2, undefined]]);
    expect(nums('اشتكى السكان من ضعف الخدمات')).toEqual([]);
    expect(nums('بسبب ضعف الطلب على النفط')).toEqual([]);
  });
});

describe('vague plurals', () => {
  it('marks a vague plural as a magnitude, never a count', () => {
    expect(nums('أصيب عشرات المتظاهرين')[0]).toMatchObject({ value: 10, vague: true, approx: 'عشرات', counted: { text: 'المتظاهرين' } });
    expect(nums('نزح مئات الآلاف')[0]).toMatchObject({ value: 100000, vague: true });
    expect(nums('وصل 10 آلاف لاجئ')[0].vague).toBeUndefined();
  });
});

describe('not numbers', () => {
  it('reads a number word where only a verb can be as a verb', () => {
    expect(nums('قال إن الملاعب لم تسع الجماهير')).toEqual([]);
    expect(nums('هذه القاعة لا تسع الحضور')).toEqual([]);
    // «لا» before another number word is still a number: «لا ثلاثة ولا أربعة».
    expect(nums('لا ثلاثة ولا أربعة').map((m) => m.value)).toEqual([3, 4]);
  });

  it('reads a fraction inside an adjective as no amount', () => {
    expect(nums('تأهل الفريق إلى الدور نصف النهائي بعد ربع نهائي صعب')).toEqual([]);
    expect(nums('نشرت الشركة نتائجها نصف السنوية')).toEqual([]);
    expect(nums('باع نصف أسهمه')[0]).toMatchObject({ kind: 'fraction', value: 0.5, counted: { text: 'أسهمه' } });
  });

  it('skips a case, flight or brigade number when nothing is counted after it', () => {
    expect(nums('استجوبت الشرطة الوزير في القضية 2000، وهي قضية رشوة')).toEqual([]);
    expect(nums('هبطت الرحلة 471 في المطار')).toEqual([]);
    expect(nums('وأكد قائد اللواء 35 أن')).toEqual([]);
    // A count after the same noun is still a count.
    expect(brief('نظرت المحكمة في قضية 14 متهما')).toEqual([['14', 'cardinal', 14, 'متهما']]);
  });

  it('skips a case number in quotation marks', () => {
    expect(nums('أحيل ملف القضية "3000" إلى المدعي العام')).toEqual([]);
  });

  it('does not take a particle with a pronoun, or a verb after a definite vague plural, for a counted noun', () => {
    expect(brief('فاز بتسعة ألقاب من أصل 12 بينها كأسان')[1]).toEqual(['12', 'cardinal', 12, undefined]);
    expect(nums('تظاهر الآلاف وطالبوا بالإصلاح')[0].counted).toBeUndefined();
    expect(nums('أوقفت الشرطة المئات من المحتجين')[0].counted?.text).toBe('المحتجين');
  });

  it('reads a group named by its number as a name', () => {
    expect(nums('اجتمع قادة مجموعة السبع في كيبيك')).toEqual([]);
    expect(brief('ضمت مجموعة 6 باحثين')).toEqual([['6', 'cardinal', 6, 'باحثين']]);
  });

  it('skips a number word inside a hashtag', () => {
    expect(nums('وغرد تحت وسم #قلب_واحد_وطن_واحد')).toEqual([]);
  });
});

describe('counted nouns before the number', () => {
  it('takes a rank noun before a bare number as what it ranks', () => {
    expect(brief('سجل المهاجم في الدقيقة 88 هدف الفوز')).toEqual([['88', 'cardinal', 88, 'الدقيقة']]);
    expect(brief('احتل المنتخب المركز 31 عالميا')).toEqual([['31', 'cardinal', 31, 'المركز']]);
  });

  it('takes the definite noun before digits written with the article', () => {
    expect(brief('احتفلت المدينة بالذكرى الـ50 لتأسيسها')).toEqual([['50', 'cardinal', 50, 'الذكرى']]);
  });

  it('takes the noun after a definite number when none comes before', () => {
    expect(brief('تراجعت الصادرات خلال الثلاث سنوات الماضية')).toEqual([['الثلاث', 'cardinal', 3, 'سنوات']]);
    expect(brief('اعتقل 9 "مشتبها" بهم')).toEqual([['9', 'cardinal', 9, 'مشتبها']]);
  });

  it('does not take a word beginning like the article for a definite noun', () => {
    expect(brief('شمل المسح 3100 بالغا')).toEqual([['3100', 'cardinal', 3100, 'بالغا']]);
  });
});
