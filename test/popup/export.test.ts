import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../src/popup/export/csv.js';
import { toJson } from '../../src/popup/export/json.js';
import { escapeMarkdown, toMarkdown } from '../../src/popup/export/markdown.js';
import { exportFileName } from '../../src/popup/export/common.js';
import { PAGE, TEXT, i18nFor, makeAnalysis } from './fixture.js';

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
    expect(md).toContain('- **Direct** — وقال: «سنفتح جناحا جديدا خلال أسبوعين»');
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
    expect(md).toContain('- **مباشر** — وقال:');
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

describe('JSON export and file names', () => {
  it('exports the Analysis itself', () => {
    expect(JSON.parse(toJson(makeAnalysis()))).toEqual(makeAnalysis());
  });
  it('names files after the site and the day', () => {
    const day = new Date('2026-08-12T10:00:00Z');
    expect(exportFileName('markdown', PAGE, day)).toBe('isnad-news.example.org-2026-08-12.md');
    expect(exportFileName('csv', { ...PAGE, site: 'a/b:c' }, day)).toBe('isnad-a-b-c-2026-08-12.csv');
    expect(exportFileName('json', undefined, day)).toBe('isnad-2026-08-12.json');
  });
});
