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
const dates = (text: string) => nums(text).filter((m) => m.kind === 'date');

describe('day and month', () => {
  it('reads Gregorian month names', () => {
    const months = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
    months.forEach((m, k) => {
      const [d] = dates(`وقع الانفجار في 9 ${m} الماضي`);
      expect(d, m).toMatchObject({ kind: 'date', value: 9, text: `9 ${m}`, date: { day: 9, month: k + 1 } });
    });
  });

  it('reads Levantine month names, including the two-word ones', () => {
    const months = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
    months.forEach((m, k) => {
      const [d] = dates(`عقدت الجلسة في 21 ${m} بحضور الوزراء`);
      expect(d, m).toMatchObject({ value: 21, text: `21 ${m}`, date: { day: 21, month: k + 1 } });
    });
  });

  it('reads Maghrebi month names', () => {
    const months: [string, number][] = [['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['أوت', 8]];
    for (const [m, k] of months) expect(dates(`يوم 3 ${m} انطلقت القافلة`)[0], m).toMatchObject({ value: 3, date: { month: k } });
  });

  it('reads Hijri month names with the Hijri calendar', () => {
    const months = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذي الحجة'];
    months.forEach((m, k) => {
      const [d] = dates(`صدر القرار في 14 ${m} 1440هـ`);
      expect(d, m).toMatchObject({ value: 14, date: { day: 14, month: k + 1, year: 1440, calendar: 'hijri' } });
    });
  });

  it('reads an ordinal day «الخامس من شهر آب»', () => {
    expect(dates('بدأت العملية في الخامس من شهر آب')[0]).toMatchObject({ value: 5, date: { day: 5, month: 8 } });
  });

  it('reads a day, month and year as one date', () => {
    expect(one('ولد في 4 تموز 1976 في القرية')).toMatchObject({ kind: 'date', text: '4 تموز 1976', value: 4, date: { day: 4, month: 7, year: 1976, calendar: 'gregorian' } });
    expect(one('صدر القرار في 9 شعبان 1439 هـ')).toMatchObject({ text: '9 شعبان 1439 هـ', date: { day: 9, month: 8, year: 1439, calendar: 'hijri' } });
  });

  it('reads two names of one month joined by a slash as one month', () => {
    expect(one('نشر في 4 آب/أغسطس 2013')).toMatchObject({ text: '4 آب/أغسطس 2013', date: { day: 4, month: 8, year: 2013 } });
    expect(one('في 21 مارس/ آذار 2024 عقد المؤتمر')).toMatchObject({ text: '21 مارس/ آذار 2024', date: { day: 21, month: 3, year: 2024 } });
    expect(one('منذ نيسان/أبريل 2019')).toMatchObject({ value: 2019, date: { month: 4, year: 2019 } });
    // Two different months are two facts, not one name.
    expect(dates('بين 3 آذار/أيار').map((m) => m.text)).toEqual(['3 آذار']);
  });

  it('reads a month with a year as one date whose value is the year', () => {
    expect(one('في مارس 2020 أغلقت المدارس')).toMatchObject({ kind: 'date', value: 2020, text: 'مارس 2020', date: { month: 3, year: 2020 } });
    expect(one('خلال رمضان 1445هـ')).toMatchObject({ kind: 'date', value: 1445, date: { month: 9, calendar: 'hijri' } });
  });

  it('does not read a month name alone, or the verb مارس, as a date', () => {
    expect(nums('مارس الضغط على الحكومة في شهر رمضان')).toEqual([]);
  });

  it('reads «صفر» as zero when it is not next to a day or year', () => {
    expect(one('انتهت المباراة بنتيجة صفر')).toMatchObject({ kind: 'cardinal', value: 0 });
  });
});

describe('dates in digits', () => {
  it('reads d/m/y as one date whose value is the day', () => {
    expect(one('صدر بتاريخ 12/3/2019 القرار')).toMatchObject({ text: '12/3/2019', kind: 'date', value: 12, date: { calendar: 'gregorian', year: 2019, month: 3, day: 12 } });
  });

  it('reads Arabic-Indic digits, Hijri years and a space before the year', () => {
    expect(one('بتاريخ ٢٠/٩/ ١٤٤١ هـ')).toMatchObject({ value: 20, date: { calendar: 'hijri', year: 1441, month: 9, day: 20 } });
  });

  it('reads ISO dates and dotted dates', () => {
    expect(one('في 2021-06-30 صدر التقرير')).toMatchObject({ text: '2021-06-30', value: 30, date: { year: 2021, month: 6, day: 30 } });
    expect(one('في 30.06.2021 صدر التقرير')).toMatchObject({ text: '30.06.2021', value: 30, date: { year: 2021, month: 6, day: 30 } });
  });

  it('reads d/m after a date cue but a fraction elsewhere', () => {
    expect(one('الموافق 5/11')).toMatchObject({ kind: 'date', date: { day: 5, month: 11 } });
    expect(one('أنهى 5/11 من المهام').kind).toBe('fraction');
  });
});

describe('times', () => {
  it('reads a clock time and its head noun', () => {
    expect(one('عند الساعة 21:45 مساء')).toMatchObject({ kind: 'time', value: 21.45, counted: { text: 'الساعة' }, date: { hour: 21, minute: 45 } });
    expect(one('بدأ البث 07:05')).toMatchObject({ kind: 'time', value: 7.05, date: { hour: 7, minute: 5 } });
  });

  it("skips a wire agency's dispatch stamp after its end mark", () => {
    expect(nums('وأكد الوزير دعم المشروع. \n //انتهى// \n 14:12 ت م \n')).toEqual([]);
    expect(nums('وصلت الطائرة 09:40 ت غ')).toEqual([]);
  });

  it('reads an hour written as a word after الساعة', () => {
    expect(one('في الساعة الثالثة فجرا')).toMatchObject({ kind: 'time', value: 3, date: { hour: 3 } });
  });

  it('does not read a duration in hours as a time', () => {
    expect(one('استمر 24 ساعة')).toMatchObject({ kind: 'cardinal', value: 24, counted: { text: 'ساعة' } });
  });
});

describe('weekdays and relative days', () => {
  it('reads weekdays, with or without يوم', () => {
    const names = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
    names.forEach((d, k) => {
      expect(one(`اجتمع المجلس ${d}`), d).toMatchObject({ kind: 'date', value: k, date: { weekday: k } });
      expect(one(`اجتمع المجلس يوم ${d}`).text, d).toBe(`يوم ${d}`);
    });
  });

  it('reads relative days', () => {
    expect(one('وصل أمس')).toMatchObject({ value: -1, date: { relativeDays: -1 } });
    expect(one('يصل الوفد غدا')).toMatchObject({ value: 1, date: { relativeDays: 1 } });
    expect(one('أعلنت الوزارة اليوم')).toMatchObject({ value: 0, date: { relativeDays: 0 } });
    expect(one('حدث ذلك أول أمس')).toMatchObject({ value: -2, text: 'أول أمس' });
    expect(one('وقع بالأمس')).toMatchObject({ value: -1, text: 'الأمس' });
  });

  it('joins a relative day, a weekday and a date into one mention', () => {
    expect(one('أعلنت أمس الثلاثاء 14 مايو 2024 نتائجها')).toMatchObject({
      text: 'أمس الثلاثاء 14 مايو 2024',
      value: 14,
      date: { relativeDays: -1, weekday: 2, day: 14, month: 5, year: 2024 },
    });
  });

  it('does not read «اليوم» as today in «اليوم التالي», «ذلك اليوم» or «في اليوم»', () => {
    expect(dates('وفي اليوم التالي عاد')).toEqual([]);
    expect(dates('منذ ذلك اليوم')).toEqual([]);
    expect(dates('ثلاث وجبات في اليوم')).toEqual([]);
  });

  it('reads «الأحد عشر» as eleven, not Sunday', () => {
    expect(one('اللاعبون الأحد عشر')).toMatchObject({ value: 11 });
  });
});

function one(text: string): NumberMention {
  const ms = nums(text);
  expect(ms, `numbers of «${text}»: ${ms.map((m) => m.text).join(' | ')}`).toHaveLength(1);
  return ms[0];
}
