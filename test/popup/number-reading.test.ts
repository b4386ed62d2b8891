/** How numbers read in the interface (src/shared/number-reading.ts), in both languages. */
import { describe, expect, it } from 'vitest';
import { articleDate, groupNumbers, listedNumbers, readNumber, readingText, shownKind } from '../../src/shared/number-reading.js';
import { numberSections } from '../../src/popup/model/numbers.js';
import type { NumberMention } from '../../src/engine/types.js';
import { i18nFor } from './fixture.js';

const en = i18nFor('en');
const ar = i18nFor('ar');
const m = (o: Partial<NumberMention> & Pick<NumberMention, 'kind' | 'value'>): NumberMention => ({ start: 0, end: 1, text: 'x', ...o });
const noun = (text: string) => ({ start: 2, end: 2 + text.length, text });
const read = (n: NumberMention, w = en) => readingText(readNumber(n, w), n, w);

describe('each number reads as what it is', () => {
  it('a count with its noun, never a bare value', () => {
    expect(read(m({ kind: 'cardinal', value: 43, counted: noun('قتيلا') }))).toBe('43 قتيلا');
    expect(read(m({ kind: 'cardinal', value: 2, counted: noun('يومين') }), ar)).toBe('2 يومين');
    expect(read(m({ kind: 'range', value: 10, to: 20, counted: noun('قتيلا') }))).toBe('10–20 قتيلا');
    expect(read(m({ kind: 'cardinal', value: 3.5, counted: noun('سنوات') }))).toBe('3½ سنوات');
    expect(read(m({ kind: 'cardinal', value: 1_500_000, counted: noun('لاجئ') }))).toBe('1.5 million لاجئ');
  });

  it('money in its currency, in words beyond a million', () => {
    expect(read(m({ kind: 'money', value: 2_500_000, unit: 'USD', counted: noun('دولار') }))).toBe('$2.5 million');
    expect(read(m({ kind: 'money', value: 53, unit: 'USD', counted: noun('دولارا') }))).toBe('$53');
    expect(read(m({ kind: 'money', value: 2_500_000, unit: 'SAR' }), ar)).toBe('2.5 مليون ريال سعودي');
    // A currency the text does not pin down keeps its word.
    expect(read(m({ kind: 'money', value: 300, counted: noun('دينار') }), ar)).toBe('300 دينار');
  });

  it('percentages, fractions, multiples and vague plurals', () => {
    expect(read(m({ kind: 'range', value: 7, to: 11, unit: '%' }))).toBe('7–11%');
    expect(read(m({ kind: 'percent', value: 40, unit: '%' }))).toBe('40%');
    expect(read(m({ kind: 'fraction', value: 1 / 3 }))).toBe('⅓');
    expect(read(m({ kind: 'fraction', value: 0.25, counted: noun('المستخدمين') }))).toBe('¼ المستخدمين');
    expect(read(m({ kind: 'multiple', value: 7, counted: noun('أضعاف') }))).toBe('×7');
    expect(read(m({ kind: 'cardinal', value: 10, vague: true, counted: noun('الجرحى') }))).toBe('tens of الجرحى');
    expect(read(m({ kind: 'cardinal', value: 10, vague: true, counted: noun('الجرحى') }), ar)).toBe('عشرات من الجرحى');
    expect(read(m({ kind: 'cardinal', value: 100_000, vague: true }))).toBe('hundreds of thousands');
    expect(read(m({ kind: 'cardinal', value: 3000, vague: true }), ar)).toBe('بضعة آلاف');
  });

  it('dates, relative days, weekdays and times', () => {
    expect(read(m({ kind: 'date', value: 13, date: { calendar: 'gregorian', day: 13, month: 8, year: 2015 } }))).toBe('13 August 2015');
    expect(read(m({ kind: 'date', value: 13, date: { calendar: 'gregorian', day: 13, month: 8, year: 2015 } }), ar)).toBe('13 أغسطس 2015');
    expect(read(m({ kind: 'date', value: -1, date: { relativeDays: -1, weekday: 2 } }))).toBe('yesterday (Tuesday)');
    expect(read(m({ kind: 'date', value: -1, date: { relativeDays: -1, resolved: '2015-08-11' } }))).toBe('yesterday (Tuesday 11 August)');
    expect(read(m({ kind: 'date', value: -1, date: { relativeDays: -1 } }), ar)).toBe('أمس');
    expect(read(m({ kind: 'date', value: 4, date: { weekday: 4, resolved: '2015-08-13' } }))).toBe('Thursday (13 August)');
    expect(read(m({ kind: 'time', value: 2.21, date: { hour: 2, minute: 21 } }))).toBe('02:21');
    expect(read(m({ kind: 'date', value: 9, date: { calendar: 'hijri', day: 9, month: 9, year: 1436 } }), ar)).toBe('9 رمضان 1436 (هجري)');
    expect(read(m({ kind: 'date', value: 2015, date: { month: 1, year: 2015 } }))).toBe('January 2015');
    expect(read(m({ kind: 'year', value: 2014, to: 2015 }))).toBe('2014–2015');
  });
});

describe('what is listed, and in which order', () => {
  const list = [
    m({ start: 1, kind: 'date', value: 4, published: true, date: { day: 4, month: 8, year: 2013 } }),
    m({ start: 3, kind: 'ordinal', value: 1 }),
    m({ start: 5, kind: 'date', value: -1, date: { relativeDays: -1 } }),
    m({ start: 7, kind: 'percent', value: 12, unit: '%' }),
    m({ start: 9, kind: 'money', value: 5, unit: 'USD' }),
    m({ start: 11, kind: 'cardinal', value: 43 }),
  ];

  it('tells a range of percentages or money by what it measures', () => {
    expect(shownKind(m({ kind: 'range', value: 7, to: 11, unit: '%' }))).toBe('percent');
    expect(shownKind(m({ kind: 'range', value: 7, to: 11, unit: 'USD' }))).toBe('money');
    expect(shownKind(m({ kind: 'range', value: 7, to: 11 }))).toBe('range');
  });

  it('leaves ordinals and the dateline out', () => {
    expect(listedNumbers(list).map((n) => n.start)).toEqual([5, 7, 9, 11]);
  });

  it('groups counts, money, percentages, then dates', () => {
    expect(groupNumbers(list).map((g) => [g.group, g.numbers.map((n) => n.start)])).toEqual([
      ['counts', [11]],
      ['money', [9]],
      ['percent', [7]],
      ['dates', [5]],
    ]);
    expect(numberSections(list, 'article')).toEqual([{ group: null, numbers: listedNumbers(list) }]);
  });

  it("shows the article's date once, from the page or from its dateline", () => {
    const time = m({ start: 2, kind: 'time', value: 2.21, published: true, date: { hour: 2, minute: 21 } });
    expect(articleDate({ numbers: [...list, time], publishedAt: '2013-08-04' }, en)).toBe('Sunday 4 August 2013, 02:21');
    expect(articleDate({ numbers: list }, ar)).toBe('4 أغسطس 2013');
    expect(articleDate({ numbers: [], publishedAt: '2026-02-03T10:00:00+03:00' }, en)).toBe('Tuesday 3 February 2026');
    expect(articleDate({ numbers: [] }, en)).toBeUndefined();
  });
});
