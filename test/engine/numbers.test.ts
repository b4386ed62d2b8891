import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import { findNumbers } from '../../src/engine/numbers/index.js';
import type { NumberMention } from '../../src/engine/types.js';

function nums(text: string): NumberMention[] {
  const doc = createDoc(text);
  findNumbers(doc);
  for (const n of doc.numbers) {
    expect(text.slice(n.start, n.end)).toBe(n.text);
    if (n.counted) expect(text.slice(n.counted.start, n.counted.end)).toBe(n.counted.text);
  }
  return doc.numbers;
}
/** The only number of a text. */
function one(text: string): NumberMention {
  const ms = nums(text);
  expect(ms, `numbers of «${text}»: ${ms.map((m) => m.text).join(' | ')}`).toHaveLength(1);
  return ms[0];
}
const values = (text: string) => nums(text).map((m) => m.value);

describe('digits', () => {
  it('reads Western, Arabic-Indic and Persian digits', () => {
    expect(values('وصل 25 مسافرا و٢٥ راكبا و۲۵ زائرا')).toEqual([25, 25, 25]);
  });

  it('reads thousands separators and decimal marks of every kind', () => {
    expect(one('أنفقت 1,250,000 دولار').value).toBe(1250000);
    expect(one('بلغ ١٬٢٥٠ طنا').value).toBe(1250);
    expect(one('يسكنها ١،٣٠٠،٠٠٠ نسمة').value).toBe(1300000);
    expect(one('نما بمعدل 3.75 نقطة').value).toBe(3.75);
    expect(one('نما بمعدل ٣٫٧٥ نقطة').value).toBe(3.75);
    expect(one('نما بمعدل 3,75 نقطة').value).toBe(3.75);
    expect(one('بلغ 12،220,13 يورو').value).toBe(12220.13);
  });

  it('reads thousands grouped by spaces', () => {
    expect(one('بلغ عدد السكان 2 345 678 نسمة').value).toBe(2345678);
  });

  it('reads negative numbers and leading decimal points', () => {
    expect(one('سجلت الحرارة -4 درجات').value).toBe(-4);
    expect(one('تراجع المؤشر −2.5 نقطة').value).toBe(-2.5);
    expect(one('الاحتمال .25 فقط').value).toBe(0.25);
    expect(one('الاحتمال ٫٢٥ فقط').value).toBe(0.25);
    expect(one('درجة الحرارة سالب سبعة').value).toBe(-7);
  });

  it('reads a slash fraction and a mixed fraction', () => {
    const f = one('أنجز 3/4 المشروع');
    expect(f).toMatchObject({ value: 0.75, kind: 'fraction' });
    expect(one('انتظر 2 1/2 ساعة').value).toBe(2.5);
  });

  it('reads ranges with a hyphen, من … إلى and بين … و', () => {
    expect(one('أصيب 10-15 شخصا')).toMatchObject({ kind: 'range', value: 10, to: 15, counted: { text: 'شخصا' } });
    expect(one('يتراوح العدد من 5 إلى 8 آلاف')).toMatchObject({ kind: 'range', value: 5000, to: 8000 });
    expect(one('يقدر عددهم بين 40 و60 مقاتلا')).toMatchObject({ kind: 'range', value: 40, to: 60, counted: { text: 'مقاتلا' } });
    expect(one('بين عشرة وعشرين جريحا')).toMatchObject({ kind: 'range', value: 10, to: 20 });
  });

  it('keeps a score or a descending pair as two numbers', () => {
    expect(values('فاز الفريق 3-1 في المباراة')).toEqual([3, 1]);
  });

  it('does not merge a list joined by و into one number', () => {
    expect(values('سقط 10 و20 قذيفة')).toEqual([10, 20]);
  });
});

describe('number words', () => {
  it('reads units in every gender and case', () => {
    expect(values('ثلاثة رجال وثلاث نساء')).toEqual([3, 3]);
    expect(values('اثنان وصلا واثنين غادرا واثنتين بقيتا')).toEqual([2, 2, 2]);
    expect(values('ثماني سنوات وثمانية أعوام وتسع دول وعشر مدن')).toEqual([8, 8, 9, 10]);
  });

  it('reads teens', () => {
    expect(one('أحد عشر لاعبا').value).toBe(11);
    expect(one('إحدى عشرة دولة').value).toBe(11);
    expect(one('اثنا عشر شهرا').value).toBe(12);
    expect(one('اثنتي عشرة ساعة').value).toBe(12);
    expect(one('خمس عشرة سنة').value).toBe(15);
    expect(one('سبعة عشر يوما').value).toBe(17);
  });

  it('reads compounds of units, tens, hundreds and thousands', () => {
    expect(one('ثلاثمائة وخمسة وعشرون مواطنا').value).toBe(325);
    expect(one('ثلاث مئة وخمسة وعشرين مواطنا').value).toBe(325);
    expect(one('ألف وتسعمائة جندي').value).toBe(1900);
    expect(one('مائتان وواحد وخمسون مقعدا').value).toBe(251);
    expect(one('مئتين وأربعين طالبا').value).toBe(240);
    expect(one('أربعة آلاف وستمائة وسبعة عشر مصابا').value).toBe(4617);
  });

  it('reads both spellings of the hundreds', () => {
    expect(values('مائة ومئة وخمسمائة وخمسمئة')).toEqual([100, 100, 500, 500]);
  });

  it('reads thousands, millions and billions in singular, dual and plural', () => {
    expect(one('ألف شخص').value).toBe(1000);
    expect(one('ألفان من الزوار').value).toBe(2000);
    expect(one('ألفين من الزوار').value).toBe(2000);
    expect(one('خمسة آلاف لاجئ').value).toBe(5000);
    expect(one('مليون برميل').value).toBe(1e6);
    expect(one('مليونين من السياح').value).toBe(2e6);
    expect(one('ثلاثة ملايين ناخب').value).toBe(3e6);
    expect(one('عشرين مليار دولار').value).toBe(2e10);
    expect(one('مليون ونصف المليون نازح').value).toBe(1.5e6);
  });

  it('reads digits mixed with scale words', () => {
    expect(one('خصصت 1.5 مليون يورو').value).toBe(1.5e6);
    expect(one('نزح ٣ آلاف شخص').value).toBe(3000);
    expect(one('صدرت 3 ملايين و500 ألف نسخة').value).toBe(3.5e6);
    expect(one('ألف و500 متطوع').value).toBe(1500);
  });

  it('multiplies a thousand by a larger scale', () => {
    expect(one('تخزين ألف مليون متر مكعب').value).toBe(1e9);
  });

  it('does not read the accusative «ألفا» as a number when nothing precedes it', () => {
    expect(nums('التقى ألفا ديالو بالصحفيين')).toEqual([]);
    expect(one('حضر عشرون ألفا').value).toBe(20000);
  });

  it('reads digits glued to an approximation word by a lost space', () => {
    expect(one('قتل حوالى100 شخص')).toMatchObject({ value: 100, approx: 'حوالى' });
  });

  it('does not join digits to a million when no smaller scale follows', () => {
    expect(values('بلغت 5 مليون و1200 رسالة')).toEqual([5e6, 1200]);
  });

  it('reads fractions', () => {
    expect(one('أنجز نصف العمل')).toMatchObject({ value: 0.5, kind: 'fraction' });
    expect(one('نحو ثلث السكان')).toMatchObject({ value: 1 / 3, kind: 'fraction', approx: 'نحو' });
    expect(one('ربع ساعة').value).toBe(0.25);
    expect(one('ثلاثة أرباع المساحة').value).toBe(0.75);
    expect(one('ثلثي الأعضاء').value).toBeCloseTo(2 / 3);
    expect(one('انتظروا ساعتين وواحد ونصف').value).toBe(1.5);
    expect(one('نصف مليون زائر')).toMatchObject({ value: 500000, kind: 'cardinal' });
  });

  it('reads «خمس» as a fraction only before a definite noun', () => {
    expect(one('خمس الميزانية')).toMatchObject({ value: 0.2, kind: 'fraction' });
    expect(one('خمس سنوات')).toMatchObject({ value: 5, kind: 'cardinal' });
  });

  it('does not count «النصف» and other definite fractions', () => {
    expect(nums('في النصف الثاني من العام').map((m) => m.kind)).toEqual(['ordinal']);
    expect(nums('خلال الربع الأخير')).toEqual([]);
  });

  it('reads the decimal word فاصلة', () => {
    expect(one('ثلاثة فاصلة خمسة').value).toBe(3.5);
  });

  it('keeps clitics out of the span but the article in', () => {
    const m = one('وخمسة أطفال');
    expect(m.text).toBe('خمسة');
    const o = one('في القرن الحادي والعشرين');
    expect(o.text).toBe('الحادي والعشرين');
    expect(one('بثلاثين مليون برميل').text).toBe('ثلاثين مليون');
  });

  it('reads Egyptian colloquial forms', () => {
    expect(one('اتناشر').value).toBe(12);
    expect(one('تلتمية وخمسين').value).toBe(350);
  });

  it('does not read «متين» (solid) as two hundred after a noun', () => {
    expect(nums('اقتصاد متين وقوي')).toEqual([]);
  });
});

describe('ordinals', () => {
  it('reads simple, teen and compound ordinals', () => {
    expect(one('الفصل الأول')).toMatchObject({ kind: 'ordinal', value: 1 });
    expect(one('المرة الثانية')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(one('الدورة الثالثة عشرة')).toMatchObject({ kind: 'ordinal', value: 13 });
    expect(one('اليوم الحادي عشر')).toMatchObject({ kind: 'ordinal', value: 11 });
    expect(one('الذكرى الخامسة والعشرين')).toMatchObject({ kind: 'ordinal', value: 25 });
    expect(one('القرن العشرين')).toMatchObject({ kind: 'ordinal', value: 20 });
  });

  it('gives ordinals no counted noun', () => {
    expect(one('المرحلة الرابعة بدأت').counted).toBeUndefined();
  });
});

describe('counted nouns', () => {
  it('takes the noun after the number', () => {
    expect(one('دمرت 45 منزلا').counted?.text).toBe('منزلا');
    expect(one('سقط 11 صاروخًا').counted?.text).toBe('صاروخًا');
    expect(one('اعتقل تسعة أشخاص').counted?.text).toBe('أشخاص');
    expect(one('وصلت ٣٠٠ شاحنة').counted?.text).toBe('شاحنة');
  });

  it('takes the noun before «واحد» and «اثنين» and before a definite cardinal', () => {
    expect(one('قتل جندي واحد').counted?.text).toBe('جندي');
    expect(one('أصيب صحفيين اثنين').counted?.text).toBe('صحفيين');
    expect(one('خلال الأسابيع الثلاثة').counted?.text).toBe('الأسابيع');
  });

  it('takes the noun after «من» in a partitive', () => {
    expect(one('أصيب أربعة من عناصر الأمن').counted?.text).toBe('عناصر');
  });

  it('takes the noun after a number in brackets', () => {
    expect(one('صادرت البلدية (320) كيسا').counted?.text).toBe('كيسا');
  });

  it('does not take particles, verbs or months as the counted noun', () => {
    expect(one('قال إن 12 أصيبوا').counted).toBeUndefined();
    expect(one('وصل 40 إلى المدينة').counted).toBeUndefined();
  });

  it('counts a dual noun by itself', () => {
    expect(one('سقط قتيلان في الهجوم')).toMatchObject({ value: 2, counted: { text: 'قتيلان' } });
    expect(one('وأصيب جريحين')).toMatchObject({ value: 2, text: 'جريحين' });
    expect(nums('استمر العمل عامين في منطقتين').map((m) => [m.text, m.value, m.counted?.text])).toEqual([
      ['عامين', 2, 'عامين'],
      ['منطقتين', 2, 'منطقتين'],
    ]);
    expect(one('سافر الوفد لمدة أسبوعين')).toMatchObject({ text: 'أسبوعين', value: 2 });
    expect(one('دفع ريالين ثمنا للخبز')).toMatchObject({ kind: 'money', value: 2, unit: 'SAR', counted: { text: 'ريالين' } });
  });

  it('does not count a sound plural, a known pair, or an adjective agreeing with a dual', () => {
    expect(nums('التقى المرشحين في المناظرة')).toEqual([]);
    expect(nums('وقع البلدين اتفاقا وأكد الطرفين التزامهما')).toEqual([]);
    expect(nums('فاز الفريق مرتين متتاليتين').map((m) => m.text)).toEqual(['مرتين']);
  });

  it('counts a definite dual of time with its adjective', () => {
    expect(one('ارتفعت الأسعار خلال العامين الماضيين')).toMatchObject({ text: 'العامين', value: 2, counted: { text: 'العامين' } });
    expect(one('سيزور الوفد المدينة في الأسبوعين المقبلين')).toMatchObject({ value: 2 });
  });

  it('reads an approximation before a dual and a fraction after it', () => {
    expect(one('تأخر القطار نحو ساعتين')).toMatchObject({ text: 'نحو ساعتين', value: 2, approx: 'نحو', counted: { text: 'ساعتين' } });
    expect(one('استمر البث دقيقتين ونصف')).toMatchObject({ text: 'دقيقتين ونصف', value: 2.5, counted: { text: 'دقيقتين' } });
  });

  it('adds a fraction after the counted noun to the amount', () => {
    expect(one('قضى في السجن ثلاث سنوات ونصف')).toMatchObject({ text: 'ثلاث سنوات ونصف', value: 3.5, counted: { text: 'سنوات' } });
    expect(one('بلغ السعر خمسة دولارات ونصف')).toMatchObject({ kind: 'money', value: 5.5, unit: 'USD' });
    expect(one('ينتظر 4 ساعات وربع')).toMatchObject({ value: 4.25 });
  });

  it('does not count «واحد» meaning «one of» or «each»', () => {
    expect(nums('في واحد من أصعب الأيام')).toEqual([]);
    expect(nums('حصل كل واحد منهم على منحة')).toEqual([]);
    expect(nums('أحد المحلات التجارية')).toEqual([]);
  });
});

describe('percentages and money', () => {
  it('reads percent signs and words', () => {
    for (const text of ['ارتفع 12% عن العام', 'ارتفع ١٢٪ عن العام', 'ارتفع 12 بالمئة عن العام', 'ارتفع 12 في المائة عن العام', 'ارتفع اثني عشر بالمائة']) {
      expect(one(text), text).toMatchObject({ kind: 'percent', unit: '%', value: 12 });
    }
    expect(one('بنسبة 30').kind).toBe('percent');
  });

  it('reads percentage ranges', () => {
    expect(one('بين 5 و7 بالمئة')).toMatchObject({ kind: 'range', value: 5, to: 7, unit: '%' });
  });

  it('reads every listed currency with its code and counted noun', () => {
    const cases: [string, string | undefined][] = [
      ['تبرع بـ50 دولارا', 'USD'],
      ['بلغ 90 ريالا', 'SAR'],
      ['بلغ 90 ريالا قطريا', 'QAR'],
      ['بلغ 400 ليرة سورية', 'SYP'],
      ['بلغ 400 ليرة تركية', 'TRY'],
      ['بلغ 30 يورو', 'EUR'],
      ['بلغ 60 جنيها', 'EGP'],
      ['بلغ 60 جنيها إسترلينيا', 'GBP'],
      ['بلغ 15 دينارا كويتيا', 'KWD'],
      ['بلغ 15 دينارا', undefined],
      ['بلغ 75 درهما', 'AED'],
      ['بلغ 75 درهما مغربيا', 'MAD'],
    ];
    for (const [text, code] of cases) {
      const m = one(text);
      expect(m.kind, text).toBe('money');
      expect(m.unit, text).toBe(code);
      expect(m.counted?.text.length, text).toBeGreaterThan(0);
    }
  });

  it('reads scales and signs with money', () => {
    expect(one('خصص 2.5 مليون دولار')).toMatchObject({ kind: 'money', value: 2.5e6, unit: 'USD', counted: { text: 'دولار' } });
    expect(one('سعره $20 فقط')).toMatchObject({ kind: 'money', value: 20, unit: 'USD', text: '$20' });
    expect(one('سعره 20 € فقط')).toMatchObject({ kind: 'money', unit: 'EUR' });
  });

  it('gives a sign between two numbers to one of them only, so mentions never overlap', () => {
    for (const text of ['بين 10 $20', 'من 5 € 7 يوما']) {
      const ms = nums(text);
      expect(ms).toHaveLength(2);
      expect(ms[1].start).toBeGreaterThanOrEqual(ms[0].end);
      expect(ms.filter((m) => m.unit !== undefined)).toHaveLength(1);
    }
  });

  it('borrows a currency code from another mention of the same currency', () => {
    const ms = nums('تبرع بمبلغ 500 ليرة لبنانية، ثم 300 ليرة أخرى');
    expect(ms.map((m) => m.unit)).toEqual(['LBP', 'LBP']);
  });
});

describe('approximations', () => {
  it('reads every approximation word before a number', () => {
    for (const a of ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'أكثر من', 'أقل من', 'ما يزيد على', 'ما يزيد عن', 'ما لا يقل عن', 'ما يقارب', 'يناهز']) {
      expect(one(`شارك ${a} 70 متطوعا`), a).toMatchObject({ value: 70, approx: a, counted: { text: 'متطوعا' } });
    }
  });

  it('reads approximations with a clitic and after the number', () => {
    expect(one('قدر الخسائر بنحو 40 مليونا').approx).toBe('نحو');
    expect(one('قطع 30 كيلومترا تقريبا')).toMatchObject({ value: 30, approx: 'تقريبا' });
    expect(one('انتظر 50 ونيف يوما').approx).toBe('ونيف');
  });

  it('reads عشرات and مئات as approximate numbers', () => {
    expect(one('قتل عشرات المدنيين')).toMatchObject({ value: 10, approx: 'عشرات', counted: { text: 'المدنيين' } });
    expect(one('نزح مئات الآلاف')).toMatchObject({ value: 100000, approx: 'مئات الآلاف' });
    expect(one('تظاهر الآلاف')).toMatchObject({ value: 1000 });
  });

  it('does not read كميات as hundreds', () => {
    expect(nums('ضبطت كميات كبيرة')).toEqual([]);
  });
});

describe('years', () => {
  it('reads years after عام and with era markers', () => {
    expect(one('في عام 2011 اندلعت الاحتجاجات')).toMatchObject({ kind: 'year', value: 2011, counted: { text: 'عام' } });
    expect(one('تأسست سنة 1948م')).toMatchObject({ kind: 'year', value: 1948, text: '1948م' });
    expect(one('صدر في 1436هـ')).toMatchObject({ kind: 'year', value: 1436, date: { calendar: 'hijri' } });
    expect(one('بطولة آسيا 2019')).toMatchObject({ kind: 'year', value: 2019 });
  });

  it('reads «م» after three digits as metres, not an era', () => {
    expect(one('فاز في سباق 400 م')).toMatchObject({ kind: 'cardinal', value: 400 });
    expect(one('توفي سنة 751 هـ')).toMatchObject({ kind: 'year', value: 751, date: { calendar: 'hijri' } });
  });

  it('reads a year after a temporal preposition even when a word follows', () => {
    expect(one('منذ 2011 تشهد البلاد أزمة')).toMatchObject({ kind: 'year', value: 2011 });
  });

  it('reads a season of two years as a range', () => {
    expect(one('موسم 2014/2015')).toMatchObject({ kind: 'range', value: 2014, to: 2015 });
  });

  it('keeps a four-digit count with a noun a cardinal', () => {
    expect(one('شارك 2000 عداء')).toMatchObject({ kind: 'cardinal', value: 2000 });
  });
});

describe('things that are not numbers', () => {
  it('skips phone numbers', () => {
    expect(nums('للاستفسار اتصل على 0551234567 أو +966 11 234 5678')).toEqual([]);
    expect(nums('هاتف المكتب 2345678')).toEqual([]);
  });

  it('skips URLs and e-mail addresses', () => {
    expect(nums('التفاصيل على https://example.org/news/2020/05/item?id=77 أو info2020@example.com')).toEqual([]);
    expect(nums('زوروا www.site2030.net أو example.com/page/44 للمزيد.')).toEqual([]);
    expect(values('الموقع news.sa/2019 نشر 12 صورة.')).toEqual([12]);
  });

  it('scans a long run of URL-like characters in linear time', () => {
    const s = 'a.'.repeat(50_000) + '@' + 'b'.repeat(50_000) + ' 7 أيام';
    expect(values(s)).toEqual([7]);
  });

  it('skips identifiers inside names and codes', () => {
    expect(nums('حلقت طائرات F-16 وظهر متحور كوفيد-19 في 4K')).toEqual([]);
    expect(nums('بموجب القرار 2254 وطائرة بوينغ 737')).toEqual([]);
  });

  it('skips list item numbers at the start of a line', () => {
    expect(nums('المطالب:\n1 - رفع الأجور\n2. تحسين الخدمات\n(3) الشفافية').map((m) => m.value)).toEqual([]);
  });

  it('skips a resolution number in brackets', () => {
    expect(nums('تطبيق القرار (1701) كاملا')).toEqual([]);
  });

  it('skips an IP address', () => {
    expect(nums('الخادم 192.168.10.4 معطل')).toEqual([]);
  });
});

describe('robustness', () => {
  it('returns nothing for text without numbers and never throws on garbage', () => {
    expect(nums('')).toEqual([]);
    expect(nums('The weather is nice.')).toEqual([]);
    expect(() => nums('٫٫٫ ,,, --- 1/0 ::: ١،،٢ $ € % ـ ال ال')).not.toThrow();
  });
});

describe('coordinated counted nouns', () => {
  it('leaves the conjunction out of a plural noun before an adjectival number, not out of a root و', () => {
    const got = nums('أصيب ثلاثة جنود وموظفين اثنين في الهجوم');
    expect(got.find((m) => m.value === 2)?.counted?.text).toBe('موظفين');
    expect(nums('التقى الرئيس وزيرين اثنين').find((m) => m.value === 2)?.counted?.text).toBe('وزيرين');
  });
});
