/**
 * What the popup's numbers tab shows for test/fixtures/pages/dated-article.html, read the same way
 * in Chromium (playwright) and Firefox (puppeteer), and what it must show.
 */
import { expect } from 'vitest';

export const NUMBERS_PAGE = 'dated-article.html';

export interface NumbersTab {
  date: string;
  groups: string[];
  items: { value: string; counted: string; badge: string }[];
}

/** Anything with a page's `evaluate`: a playwright or a puppeteer page. */
interface Evaluates {
  evaluate<R>(fn: () => R): Promise<R>;
}

export function numbersTab(page: Evaluates): Promise<NumbersTab> {
  return page.evaluate(() => {
    const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      date: text(document.querySelector('.article-date bdi')),
      groups: Array.from(document.querySelectorAll('#numbers .group-title')).map(text),
      items: Array.from(document.querySelectorAll('#numbers li')).map((li) => ({
        value: text(li.querySelector('.value')),
        counted: text(li.querySelector('.counted')),
        badge: text(li.querySelector('.badge')),
      })),
    };
  });
}

const EXPECTED = {
  en: {
    date: 'Tuesday 11 August 2026, 09:15',
    groups: ['People and things', 'Money', 'Percentages', 'Dates and times'],
    values: ['⅓', '43', 'tens', '3½', '$2.5 million', '7–11%', 'yesterday (Monday 10 August)', 'Thursday (13 August)', '18:30'],
    ordinal: 'Ordinal',
  },
  ar: {
    date: 'الثلاثاء 11 أغسطس 2026، 09:15',
    groups: ['أشخاص وأشياء', 'مبالغ مالية', 'نسب مئوية', 'تواريخ وأوقات'],
    values: ['⅓', '43', 'عشرات', '3½', '2.5 مليون دولار أمريكي', '7–11%', 'أمس (أي الاثنين 10 أغسطس)', 'الخميس (أي 13 أغسطس)', '18:30'],
    ordinal: 'ترتيبي',
  },
};

/**
 * The dateline is the article's date, once, and none of its parts is listed as a number; each
 * number reads as what it is; counts, money, percentages, then dates; no ordinal, no bare value of
 * the dateline («2026», «11», «8»), no time-zone offset («0300»).
 */
export function expectNumbersTab(tab: NumbersTab, lang: 'ar' | 'en'): void {
  const want = EXPECTED[lang];
  expect(tab.date).toBe(want.date);
  expect(tab.groups).toEqual(want.groups);
  const values = tab.items.map((i) => i.value);
  for (const v of want.values) expect(values, v).toContain(v);
  // Groups in order: the first money item comes after the last count, and so on.
  const at = (v: string) => values.indexOf(v);
  expect(at(want.values[3])).toBeLessThan(at(want.values[4]));
  expect(at(want.values[4])).toBeLessThan(at(want.values[5]));
  expect(at(want.values[5])).toBeLessThan(at(want.values[6]));
  expect(tab.items.find((i) => i.value === '43')?.counted).toBe('عاملا');
  for (const bare of ['2026', '11', '8', '4', '0300', '300', '09:15']) expect(values, `a bare «${bare}»`).not.toContain(bare);
  expect(tab.items.some((i) => i.badge === want.ordinal)).toBe(false);
}
