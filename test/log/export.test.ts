/** The log's files: CSV for spreadsheets, Markdown with citations (direct quotes in marks, reported speech never). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { articleInput } from '../../src/background/log/entry.js';
import { logCsv, logMarkdown } from '../../src/log/export.js';
import type { LogExport } from '../../src/shared/log/read.js';
import { ARTICLES } from './articles.js';

const data: LogExport = {
  format: 'isnad-log',
  version: 1,
  exportedAt: '2026-08-13T00:00:00.000Z',
  articles: ARTICLES.map((a, i) => articleInput(a.meta, a.text, analyze(a.text), new Date(Date.UTC(2026, 7, 12, i)))),
  choices: [],
};

describe('log exports', () => {
  it('writes one CSV row per quote, safe from spreadsheet formulas', () => {
    const evil = structuredClone(data);
    evil.articles[0].quotes[0].content = '=HYPERLINK("http://x")';
    const csv = logCsv(evil);
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows).toHaveLength(1 + data.articles.reduce((n, a) => n + a.quotes.length, 0));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(rows[1]).toContain('#:~:text=');
  });

  it('groups Markdown by speaker with a footnote per quote; only direct quotes get quotation marks', () => {
    const md = logMarkdown(data, 'Reading log');
    const minister = md.slice(md.indexOf('## سامي الحسن'), md.indexOf('##', md.indexOf('## سامي الحسن') + 3));
    const lines = minister.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(5);
    const direct = lines.filter((l) => l.includes('«'));
    expect(direct).toHaveLength(1);
    expect(direct[0]).toContain('«نحتاج إلى مزيد من الأدوية والأطباء بصورة عاجلة»');
    const notes = md.split('\n').filter((l) => /^\[\^\d+\]: /.test(l));
    expect(notes).toHaveLength(data.articles.reduce((n, a) => n + a.quotes.length, 0));
    for (const n of notes) expect(n).toMatch(/<https:\/\/[^>]+#:~:text=[^>]+>$/);
  });
});
