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

  it('reads a bare year before a word behind a preposition as a year, a noun beginning with ب or ل as counted', () => {
    expect(nums('تأهل المنتخب إلى مونديال 2022 بقطر')[0]).toMatchObject({ kind: 'year', value: 2022 });
    expect(nums('بطولة 2019 لكرة السلة')[0]).toMatchObject({ kind: 'year', value: 2019 });
    expect(brief('يضخ الحقل 1950 برميل')).toEqual([['1950', 'cardinal', 1950, 'برميل']]);
    expect(brief('انضم 2010 من المتطوعين')).toEqual([['2010', 'cardinal', 2010, 'المتطوعين']]);
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

  it('skips a model or flight code after Latin letters spelled in Arabic script', () => {
    expect(nums('أطلقت الشركة هاتف بيكسل إكس 4 الجديد')).toEqual([]);
    expect(nums('تحطمت طائرة الرحلة كيو زد 8501')).toEqual([]);
  });

  it('skips a small bare number after a word transliterated from a Latin-script name', () => {
    expect(nums('عرض الفيلم في قاعة ريتشموند 7 بالمدينة')).toEqual([]);
    expect(nums('أطلقت الصين المسبار تشينغ 4')).toEqual([]);
    // A score, a count, and Arabic words with ت before ش are left alone.
    expect(nums('تغلب فريق مانشستر 3-1').map((m) => m.value)).toEqual([3, 1]);
    expect(brief('هزم ميدفيدتشوك 4 منافسين')).toEqual([['4', 'cardinal', 4, 'منافسين']]);
    expect(nums('ساهم في تشغيل 7 محطات').map((m) => m.value)).toEqual([7]);
  });

  it('skips a document number, with «لل» too, unless the digits count the noun after them', () => {
    expect(nums('استنادا للمادة 76 من النظام')).toEqual([]);
    expect(nums('طبقا للفقرة 9 من القرار 1559')).toEqual([]);
    expect(brief('تمت الموافقة على إصدار 40 رخصة جديدة')).toEqual([['40', 'cardinal', 40, 'رخصة']]);
  });

  it('reads «رقم N» as a rank of the noun before it, a code after a document', () => {
    expect(brief('أصبحت مالي الدولة رقم 17 التي توقع')).toEqual([['17', 'ordinal', 17, 'الدولة']]);
    expect(brief('ارتدى اللاعب القميص الرقم 23')).toEqual([['23', 'ordinal', 23, 'القميص']]);
    expect(brief('سجل هدفه رقم 50 في المسابقة')).toEqual([['50', 'ordinal', 50, 'هدفه']]);
    expect(nums('بموجب المرسوم الملكي رقم 38 الصادر')).toEqual([]);
    expect(nums('اتصلوا على الرقم 8001245678')).toEqual([]);
  });

  it('reads «وأحد» (and one of) as no number, «واحد من كل» as a proportion', () => {
    expect(nums('وهو كاتب وأحد أبرز النقاد')).toEqual([]);
    expect(brief('أصيب واحد من كل عشرة أطفال').map((m) => m[2])).toEqual([1, 10]);
    expect(nums('وهي واحدة من أجمل المدن')).toEqual([]);
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

describe('definite compounds: cardinal or ordinal', () => {
  it('reads a definite ten after a definite plural, or before its tamyiz, as a cardinal', () => {
    expect(brief('جاب الفريق المدن الخمسين خلال جولته')).toEqual([['الخمسين', 'cardinal', 50, 'المدن']]);
    expect(brief('تضاعفت الواردات خلال الأعوام العشرين الأخيرة')).toEqual([['العشرين', 'cardinal', 20, 'الأعوام']]);
    expect(brief('ظل المستشفى مفتوحا طوال الست وثلاثين ساعة')).toEqual([['الست وثلاثين', 'cardinal', 36, 'ساعة']]);
  });

  it('reads a compound opening with a cardinal unit after a definite noun as a cardinal', () => {
    expect(brief('أفرجت السلطات عن المعتقلين الثلاثة عشر')).toEqual([['الثلاثة عشر', 'cardinal', 13, 'المعتقلين']]);
    expect(brief('انخفضت المبيعات في الشهور الأربعة والعشرين الماضية')).toEqual([['الأربعة والعشرين', 'cardinal', 24, 'الشهور']]);
  });

  it('keeps a definite ten after a singular noun, or alone, an ordinal', () => {
    expect(brief('أحيت الجمعية الذكرى الأربعين لقيامها')).toEqual([['الأربعين', 'ordinal', 40, 'الذكرى']]);
    expect(brief('تحديات القرن الحادي والعشرين')).toEqual([['الحادي والعشرين', 'ordinal', 21, 'القرن']]);
    expect(brief('الاثنا عشر')).toEqual([['الاثنا عشر', 'ordinal', 12, undefined]]);
  });

  it('reads a group named by its number, with definite words between, as a name', () => {
    expect(brief('اجتمع وزراء مجموعة الدول الثماني')).toEqual([]);
  });
});

describe('what an ordinal ranks', () => {
  it('takes the noun the ordinal follows, agreeing in definiteness', () => {
    expect(brief('أدرك التعادل في الدقيقة الرابعة')).toEqual([['الرابعة', 'ordinal', 4, 'الدقيقة']]);
    expect(brief('احتفلت الفرقة بألبومها الثالث')).toEqual([['الثالث', 'ordinal', 3, 'بألبومها']]);
    expect(brief('منح الحكم اللاعب فرصة ثالثة')).toEqual([['ثالثة', 'ordinal', 3, 'فرصة']]);
    expect(brief('حل المتسابق الخامس')[0][3]).toBe('المتسابق');
    expect(brief('احتل الثاني بفارق نقطة')[0][3]).toBeUndefined();
  });

  it('takes the definite noun after «من» when none comes before, not a head of a number', () => {
    expect(brief('توفي في السابعة والستين من عمره')).toEqual([['السابعة والستين', 'ordinal', 67, 'عمره']]);
    expect(brief('نما الإنتاج في الفصل الثالث من السنة 2016')[0]).toEqual(['الثالث', 'ordinal', 3, 'الفصل']);
    expect(brief('صدر القرار في الثاني من العام 2016').map((m) => m[3])).toEqual([undefined, 'العام']);
  });
});

describe('fractions that are also numbers', () => {
  it('reads «خمس», «سبع» as fractions before a singular in -ة or with their damma, as counts before a plural', () => {
    expect(brief('خسرت العملة خمس قيمة مدخراتها')[0]).toEqual(['خمس', 'fraction', 0.2, 'قيمة']);
    expect(brief('أنفق سُبع ميزانيته')[0].slice(1, 3)).toEqual(['fraction', 1 / 7]);
    expect(brief('استمرت خمس جولات')[0]).toEqual(['خمس', 'cardinal', 5, 'جولات']);
    expect(brief('صادرت الشرطة سبع أسلحة')[0].slice(1, 3)).toEqual(['cardinal', 7]);
  });
});

describe('what a number counts', () => {
  it('takes «آخرين» (others) as counted, after «اثنين» too', () => {
    expect(brief('وأصيب سبعة آخرون في الانفجار')).toEqual([['سبعة', 'cardinal', 7, 'آخرون']]);
    expect(brief('اعتقلت الشرطة اثنين آخرين')).toEqual([['اثنين', 'cardinal', 2, 'آخرين']]);
  });

  it('takes no counted noun from a word opening the next phrase: و with a hamza or a verbal noun, a preposition, a verb', () => {
    expect(brief('قتل 4 وأصيب 9 آخرون')).toEqual([
      ['4', 'cardinal', 4, undefined],
      ['9', 'cardinal', 9, 'آخرون'],
    ]);
    expect(brief('صوت 60 واعتراض 12')).toEqual([
      ['60', 'cardinal', 60, undefined],
      ['12', 'cardinal', 12, undefined],
    ]);
    expect(brief('رصدت الشرطة 16 واقعة')).toEqual([['16', 'cardinal', 16, 'واقعة']]);
    expect(brief('أصيب 8 بجروح طفيفة')).toEqual([['8', 'cardinal', 8, undefined]]);
    expect(nums('وفي 2012 تم افتتاح المتحف')[0]).toMatchObject({ kind: 'year', value: 2012 });
  });

  it('takes the noun after «من» for «اثنين من»', () => {
    expect(brief('أعلنت الشرطة اعتقال اثنين من المشتبه بهم')).toEqual([['اثنين', 'cardinal', 2, 'المشتبه']]);
  });

  it('leaves a year head with its year to the year, not to the number before', () => {
    expect(brief('تراجع عدد المصانع من 35 عام 2009 إلى 12 عام 2016')).toEqual([
      ['35', 'cardinal', 35, undefined],
      ['2009', 'year', 2009, 'عام'],
      ['12', 'cardinal', 12, undefined],
      ['2016', 'year', 2016, 'عام'],
    ]);
  });
});

describe('approximations', () => {
  const approx = (text: string) => nums(text).map((m) => [m.text, m.approx]);
  it('reads verbs of exceeding and bounding before a number as approximations', () => {
    expect(approx('بكلفة تزيد على 8 ملايين دولار')).toEqual([['تزيد على 8 ملايين', 'تزيد على']]);
    expect(approx('تستغرق الرحلة مدة لا تتجاوز 6 ساعات')).toEqual([['لا تتجاوز 6', 'لا تتجاوز']]);
    expect(approx('بلغت الأرباح في حدود 3 مليارات')).toEqual([['في حدود 3 مليارات', 'في حدود']]);
  });

  it('takes an approximation after the noun of a fraction, before the noun of «واحد», before the head of a time', () => {
    expect(approx('أنفق ثلث ميزانيته تقريبا')).toEqual([['ثلث', 'تقريبا']]);
    expect(approx('زار أكثر من مدينة واحدة')).toEqual([['أكثر من مدينة واحدة', 'أكثر من']]);
    expect(approx('انطلقت القافلة نحو الساعة 7:30 صباحا')).toEqual([['نحو الساعة 7:30', 'نحو']]);
  });
});
