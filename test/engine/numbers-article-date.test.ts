/**
 * The article's own date: the dateline near the top is marked as the article's, the publication
 * day comes from the caller or the dateline, and weekdays and relative days resolve against it.
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';

const numbersOf = (text: string, publishedAt?: string) => analyze(text, { stages: { entities: false, quotes: false }, publishedAt });

describe('dateline', () => {
  it('marks a dateline line with a weekday, date, update time and zone as the article date', () => {
    const text = 'وزراء الزراعة يبحثون موسم القمح\nالثلاثاء، 11 آب/أغسطس 2026، آخر تحديث 09:15 (GMT+0300)\nعمّان (وكالات) - اجتمع 12 وزيرا أمس لبحث خطة تمتد ثلاث سنوات.';
    const a = numbersOf(text);
    expect(a.publishedAt).toBe('2026-08-11');
    const published = a.numbers.filter((n) => n.published);
    expect(published.map((n) => [n.kind, n.text])).toEqual([
      ['date', 'الثلاثاء، 11 آب/أغسطس 2026'],
      ['time', '09:15'],
    ]);
    // The zone offset is not a number; the body's numbers are not the article's date.
    expect(a.numbers.some((n) => n.text.includes('0300'))).toBe(false);
    expect(a.numbers.filter((n) => !n.published).map((n) => n.text)).toEqual(['12', 'أمس', 'ثلاث']);
  });

  it("reads an agency dateline with a city, a Hijri and a Gregorian date", () => {
    const text = 'الدمام 3 ربيع الأول 1448 هـ الموافق 16 أغسطس 2026 م واس\nافتتحت البلدية 4 حدائق جديدة يوم الخميس.';
    const a = numbersOf(text);
    expect(a.publishedAt).toBe('2026-08-16');
    expect(a.numbers.filter((n) => n.published)).toHaveLength(2);
    const thursday = a.numbers.find((n) => n.date?.weekday === 4);
    // 16 August 2026 is a Sunday: the Thursday before it.
    expect(thursday?.date?.resolved).toBe('2026-08-13');
  });

  it('does not take a date in a sentence of the body for the dateline', () => {
    const text = 'مجلس المدينة\nقرر المجلس في جلسته يوم 3 مايو 2026 زيادة عدد الحافلات العامة إلى 40 حافلة في الأحياء الشرقية.';
    const a = numbersOf(text);
    expect(a.publishedAt).toBeUndefined();
    expect(a.numbers.some((n) => n.published)).toBe(false);
  });

  it('prefers the publication date the page gives', () => {
    const a = numbersOf('أعلنت الشركة أمس أرباحها.', '2026-02-03T22:10:00+03:00');
    expect(a.publishedAt).toBe('2026-02-03');
    expect(a.numbers[0]).toMatchObject({ text: 'أمس', date: { relativeDays: -1, resolved: '2026-02-02' } });
  });

  it('ignores a publication date that is not a date', () => {
    expect(numbersOf('وصل الوفد غدا.', 'yesterday').publishedAt).toBeUndefined();
    expect(numbersOf('وصل الوفد غدا.', '2026-02-30').publishedAt).toBeUndefined();
  });
});

describe('weekdays and relative days resolved against the article date', () => {
  // 12 August 2026 is a Wednesday.
  const on = (text: string) => numbersOf(text, '2026-08-12').numbers;

  it('resolves relative days', () => {
    expect(on('وصل الوفد أمس وسيغادر غدا')).toMatchObject([
      { date: { relativeDays: -1, resolved: '2026-08-11' } },
      { date: { relativeDays: 1, resolved: '2026-08-13' } },
    ]);
  });

  it('reads a bare weekday as the last such day on or before the article date', () => {
    expect(on('اجتمع المجلس الاثنين')[0].date?.resolved).toBe('2026-08-10');
    expect(on('اجتمع المجلس الأربعاء')[0].date?.resolved).toBe('2026-08-12');
  });

  it('follows «الماضي» and «المقبل»', () => {
    expect(on('انعقد الأربعاء الماضي')[0].date?.resolved).toBe('2026-08-05');
    expect(on('ينعقد الأربعاء المقبل')[0].date?.resolved).toBe('2026-08-19');
    expect(on('ينعقد الاثنين المقبل')[0].date?.resolved).toBe('2026-08-17');
  });

  it('leaves a date that writes its own day alone', () => {
    expect(on('اجتمع الاثنين 3 أغسطس')[0].date?.resolved).toBeUndefined();
  });

  it('resolves nothing when the article date is unknown', () => {
    expect(numbersOf('وصل الوفد أمس').numbers[0].date?.resolved).toBeUndefined();
  });
});

describe('not numbers', () => {
  it('skips time-zone offsets and hashtags', () => {
    expect(numbersOf('بدأ البث 21:00 بتوقيت غرينتش +3 وتابع الوسم #معا_نبني_واحدة_2030').numbers.map((n) => n.text)).toEqual(['21:00']);
    expect(numbersOf('الموعد 10:30 (UTC−5)').numbers.map((n) => n.text)).toEqual(['10:30']);
  });
});
