import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../src/popup/export/csv.js';
import { toJson } from '../../src/popup/export/json.js';
import { escapeMarkdown, toMarkdown } from '../../src/popup/export/markdown.js';
import { exportFileName } from '../../src/popup/export/common.js';
import { PAGE, TEXT, at, i18nFor, makeAnalysis } from './fixture.js';

/** RFC 4180 reader, enough to read back what the export wrote. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && s[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

const input = () => ({ page: PAGE, text: TEXT, analysis: makeAnalysis() });

describe('CSV export', () => {
  it('writes one row per quote, mention and number, each with its sentence and a deep link', () => {
    const csv = toCsv(input());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    const a = makeAnalysis();
    const mentions = a.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(rows).toHaveLength(a.quotes.length + mentions + a.numbers.length);
    const col = (r: string[], name: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(name)];
    for (const r of rows) {
      const s = Number(col(r, 'sentence_start'));
      const e = Number(col(r, 'sentence_end'));
      expect(col(r, 'sentence')).toBe(TEXT.slice(s, e));
      expect(TEXT.slice(Number(col(r, 'start')), Number(col(r, 'end')))).toBe(col(r, 'text'));
      expect(col(r, 'link')).toMatch(/^https:\/\/news\.example\.org\/health\/2024\/hospital\?id=7#:~:text=/);
    }
    const q2 = rows.find((r) => col(r, 'id') === 'q2')!;
    expect([col(q2, 'fact'), col(q2, 'kind'), col(q2, 'who'), col(q2, 'who_entity'), col(q2, 'cue')]).toEqual(['quote', 'direct', 'سامي الخطيب', 'e1', 'وقال']);
    const money = rows.find((r) => col(r, 'kind') === 'money')!;
    expect([col(money, 'value'), col(money, 'unit')]).toEqual(['2500000', 'USD']);
    const date = rows.find((r) => col(r, 'kind') === 'date')!;
    expect(JSON.parse(col(date, 'date'))).toEqual({ calendar: 'gregorian', year: 2024, month: 3, day: 3 });
  });

  it('lists numbers as the popup does: read in the interface language, by group, no ordinals, the dateline apart', () => {
    const a = makeAnalysis();
    const dateline = a.numbers.find((n) => n.kind === 'date')!;
    dateline.published = true;
    a.publishedAt = '2024-03-03';
    a.numbers.push({ ...dateline, kind: 'ordinal', value: 1, published: undefined, date: undefined });
    const [header, ...rows] = parseCsv(toCsv({ page: PAGE, text: TEXT, analysis: a }, i18nFor('en')).slice(1));
    const col = (r: string[], name: (typeof CSV_COLUMNS)[number]) => r[header.indexOf(name)];
    const numbers = rows.filter((r) => col(r, 'fact') === 'number');
    expect(numbers.map((r) => [col(r, 'group'), col(r, 'reads')])).toEqual([
      ['counts', '120 مريضا'],
      ['money', '$2.5 million'],
      ['percent', '40%'],
    ]);
    const day = rows.find((r) => col(r, 'fact') === 'article_date')!;
    expect([col(day, 'date'), col(day, 'reads'), col(day, 'text')]).toEqual(['2024-03-03', 'Sunday 3 March 2024', '3 مارس 2024']);
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5 dead')).toBe("'-5 dead");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('Markdown export', () => {
  it('cites every fact with a numbered footnote per source sentence', () => {
    const md = toMarkdown(input(), i18nFor('en'));
    expect(md).toMatch(/^# مستشفى المدينة يستقبل المرضى من جديد\n/);
    for (const h of ['## Who said what', '### Places', '### People', '### Organizations', '## With what numbers', '## Sources']) expect(md).toContain(h);
    const refs = new Set(md.match(/\[\^\d+\](?!:)/g));
    const notes = md.match(/^\[\^\d+\]: .*$/gm)!;
    expect(notes).toHaveLength(refs.size);
    // All five sentences are cited somewhere, each exactly once in the footnotes.
    expect(notes).toHaveLength(5);
    for (const n of notes) expect(n).toMatch(/«.+» <https:\/\/news\.example\.org\/health\/2024\/hospital\?id=7#:~:text=[^ >]+>$/);
    // Only a direct quote is in quotation marks; an indirect one is reported speech, as the article words it.
    expect(md).toMatch(/^- «سنفتح جناحا جديدا خلال أسبوعين» \[\^\d+\]$/m);
    expect(md).toMatch(/^- _reported:_ أعلن وزير الصحة سامي الخطيب أمس أن 120 مريضا غادروا مستشفى المدينة بعد تحسن حالتهم \[\^\d+\]$/m);
    expect(md).toMatch(/^- _reported:_ وذكرت مصادر طبية أن نحو 40% من الأسرّة ما زالت شاغرة \[\^\d+\]$/m);
    for (const line of md.split('\n').filter((l) => l.includes('_reported:_'))) expect(line).not.toMatch(/[«»]/);
    expect(md).toContain('### Anonymous sources');
    expect(md).toContain('**حلب** — Mentions: 2');
    expect(md).toMatch(/\*\*40%\*\* \(Percentage, Approximation: نحو\)/);
    expect(md).toMatch(/\*\*3 March 2024\*\* \(Date\)/);
    expect(md).toMatch(/\*\*120\*\* مريضا \(Number\)/);
    expect(md).toMatch(/### Money\n\n- \*\*\$2\.5 million\*\* \(Money\)/);
    // Counts, money, percentages, then dates.
    const order = ['### People and things', '### Money', '### Percentages', '### Dates and times'].map((h) => md.indexOf(h));
    expect(order.every((x, i) => x > 0 && (i === 0 || x > order[i - 1]))).toBe(true);
  });

  it('writes the labels in Arabic for the Arabic interface', () => {
    const md = toMarkdown(input(), i18nFor('ar'));
    expect(md).toContain('## من قال ماذا');
    expect(md).toContain('- «سنفتح جناحا جديدا خلال أسبوعين»');
    expect(md).toContain('- _نقل غير حرفي:_ أعلن وزير الصحة');
    expect(md).toContain('## المصادر');
  });

  it('escapes Markdown syntax in the text', () => {
    expect(escapeMarkdown('a *b* [c](d) <e>\n#f')).toBe('a \\*b\\* \\[c\\](d) \\<e\\> \\#f');
  });

  it('says so when a section is empty', () => {
    const a = makeAnalysis();
    a.quotes = [];
    a.numbers = [];
    const md = toMarkdown({ page: PAGE, text: TEXT, analysis: a }, i18nFor('en'));
    expect(md).toContain('No quotes were found in this article.');
    expect(md).toContain('No numbers were found in this article.');
  });
});

describe('where the article comes from', () => {
  const frame = { byline: { start: 0, end: 4, author: 'ليلى باوزير' }, dateline: { ...at('حلب'), place: 'حلب' } };
  const page = { ...PAGE, meta: { url: PAGE.url, title: PAGE.title, site: PAGE.site, outlet: 'أخبار المدينة', publishedAt: '2024-03-04T09:00:00+02:00' } };

  it('states the outlet, author, date and dateline in every format', () => {
    const md = toMarkdown({ ...input(), page, frame }, i18nFor('en'));
    expect(md).toContain('**Outlet:** أخبار المدينة · **Author:** ليلى باوزير · **Published:** 2024-03-04 · **Filed from:** حلب');
    expect(md).toContain('<https://news.example.org/health/2024/hospital?id=7>');
    const [header, row] = parseCsv(toCsv({ ...input(), page, frame }).slice(1));
    const col = (name: (typeof CSV_COLUMNS)[number]) => row[header.indexOf(name)];
    expect([col('article'), col('outlet'), col('author'), col('published'), col('dateline')]).toEqual([PAGE.title, 'أخبار المدينة', 'ليلى باوزير', '2024-03-04', 'حلب']);
    const json = JSON.parse(toJson({ ...input(), page, frame }));
    expect(json.source).toEqual({ title: PAGE.title, outlet: 'أخبار المدينة', author: 'ليلى باوزير', published: '2024-03-04', place: 'حلب', url: 'https://news.example.org/health/2024/hospital?id=7' });
    expect(json.analysis).toEqual(makeAnalysis());
  });

  it('reads each CSV quote as the article reports it, with who said it: only direct quotes in «»', () => {
    const [header, ...rows] = parseCsv(toCsv(input()).slice(1));
    const reads = (id: string) => rows.find((r) => r[header.indexOf('id')] === id)![header.indexOf('reads')];
    expect(reads('q2')).toBe('وقال الخطيب: «سنفتح جناحا جديدا خلال أسبوعين»');
    expect(reads('q3')).toBe('وذكرت مصادر طبية أن نحو 40% من الأسرّة ما زالت شاغرة');
  });

  it('names files after the headline and its publication day (today without one)', () => {
    const day = new Date('2026-08-12T10:00:00Z');
    expect(exportFileName('markdown', { page }, day)).toBe('مستشفى-المدينة-يستقبل-المرضى-من-جديد-2024-03-04.md');
    expect(exportFileName('csv', { page: { ...PAGE, title: 'عنوان الخبر | موقع الأخبار' } }, day)).toBe('عنوان-الخبر-2026-08-12.csv');
    expect(exportFileName('csv', { page: { ...PAGE, title: '', site: 'a/b:c' } }, day)).toBe('isnad-a-b-c-2026-08-12.csv');
    expect(exportFileName('json', undefined, day)).toBe('isnad-article-2026-08-12.json');
    expect(exportFileName('json', { page: { ...PAGE, title: 'كلمة '.repeat(40) } }, day).length).toBeLessThan(100);
  });
});
