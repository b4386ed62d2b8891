// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPageMeta } from '../../src/content/page/page-meta.js';
import { cleanPageMeta, dayOf, isoDate } from '../../src/shared/page-meta.js';
import { completePageMeta, dateInText } from '../../src/background/page-meta.js';
import { sharedPath } from '../../scripts/lib/shared.js';
import { fixtureHtml, loadIntoDocument, parseDocument } from '../fixtures/pages/dom.js';

const URL_A = 'https://www.akhbar.example/news/2026/flood?id=7#section';

/** A page with the given head and body (no script in it is run). */
function page(head: string, body = '<article><h1>عنوان الخبر</h1><p>نص.</p></article>'): Document {
  return parseDocument(`<!doctype html><html lang="ar"><head><title>عنوان الخبر | الموقع</title>${head}</head><body>${body}</body></html>`);
}

describe('isoDate', () => {
  it('keeps the day and zone the page wrote, in one ISO form', () => {
    expect(isoDate('2026-08-12')).toBe('2026-08-12');
    expect(isoDate('2026-08-12T09:30:00+03:00')).toBe('2026-08-12T09:30:00+03:00');
    expect(isoDate('2020-06-03T03:01+0400')).toBe('2020-06-03T03:01:00+04:00');
    expect(isoDate(' 2024-03-03T13:52:13.299Z ')).toBe('2024-03-03T13:52:13Z');
    expect(isoDate('2026/8/2 21:05')).toBe('2026-08-02T21:05:00');
    expect(isoDate('٢٠٢٦-٠٨-١٢')).toBe('2026-08-12');
    // The day as printed, not converted to UTC: «yesterday» in the article is the day before it.
    expect(dayOf(isoDate('2026-08-12T01:30:00+03:00'))).toBe('2026-08-12');
    expect(isoDate('Tue, 11 Aug 2026 22:30:00 GMT')).toBe('2026-08-11T22:30:00Z');
  });

  it('refuses what is not a Gregorian date', () => {
    for (const bad of ['۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹', '2026-02-30', '2026-13-01', 'أمس', '12', '', '20260812', 'Invalid Date'])
      expect(isoDate(bad), bad).toBeUndefined();
    expect(isoDate(20260812)).toBeUndefined();
    expect(isoDate(null)).toBeUndefined();
  });
});

describe('readPageMeta', () => {
  it('reads the outlet, author, canonical address and Open Graph date', () => {
    const doc = page(`
      <meta property="og:site_name" content="أخبار الوادي" />
      <meta name="author" content="سارة أحمد" />
      <link rel="canonical" href="/news/2026/flood" />
      <meta property="article:published_time" content="2026-08-12T09:30:00+03:00" />
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script>`);
    const meta = readPageMeta(doc, 'السيول في ولاية نهر النيل', URL_A);
    expect(meta).toEqual({
      url: 'https://www.akhbar.example/news/2026/flood?id=7',
      canonical: 'https://www.akhbar.example/news/2026/flood',
      title: 'السيول في ولاية نهر النيل',
      outlet: 'أخبار الوادي',
      site: 'akhbar.example',
      author: 'سارة أحمد',
      publishedAt: '2026-08-12T09:30:00+03:00',
      dateSource: 'meta',
    });
  });

  it('falls back to JSON-LD (in a @graph, with a publisher and authors) when the meta tag is not a date', () => {
    const doc = page(`
      <meta property="article:published_time" content="۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹" />
      <script type="application/ld+json">{ broken json </script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"x","datePublished":"1999-01-01"},
        {"@type":["NewsArticle"],"datePublished":"2026-08-11T22:00:00Z","author":[{"@type":"Person","name":"علي"},{"name":"منى"}],"publisher":{"@type":"Organization","name":"صحيفة النهار"}}]}</script>`);
    const meta = readPageMeta(doc, undefined, URL_A);
    expect(meta.publishedAt).toBe('2026-08-11T22:00:00Z');
    expect(meta.dateSource).toBe('json-ld');
    expect(meta.outlet).toBe('صحيفة النهار');
    expect(meta.author).toBe('علي، منى');
    expect(meta.title).toBe('عنوان الخبر | الموقع');
  });

  it('takes the article’s <time datetime>, not the page header’s clock or an update time', () => {
    const doc = page(
      '',
      `<header><time datetime="2031-01-01">اليوم</time></header>
       <article><h1>عنوان</h1><time class="updated" datetime="2026-08-13">تحديث</time><time datetime="2026-08-12T08:00">12 أغسطس</time><p>نص</p></article>`,
    );
    const meta = readPageMeta(doc, 'عنوان', URL_A);
    expect(meta).toMatchObject({ publishedAt: '2026-08-12T08:00:00', dateSource: 'time' });
  });

  it('sends the byline text when the page has no machine-readable date, and the worker reads its date', () => {
    const doc = page(
      '<meta name="author" content="(c) الموقع" />',
      `<div class="clock">الساعة الآن</div><article><h1>عنوان</h1><div class="post-date">نشر في الجمعة 8 فيفري 2019 - 10:30</div><p>نص طويل</p></article>`,
    );
    const meta = readPageMeta(doc, 'عنوان', URL_A);
    expect(meta.publishedAt).toBeUndefined();
    expect(meta.author).toBeUndefined();
    expect(meta.byline).toBe('نشر في الجمعة 8 فيفري 2019 - 10:30');
    expect(completePageMeta(meta)).toMatchObject({ publishedAt: '2019-02-08', dateSource: 'byline' });
    expect(completePageMeta(meta)?.byline).toBeUndefined();
  });

  it('uses the host as the outlet when the page names none, and ignores a canonical link to another site or the home page', () => {
    for (const href of ['https://other.example/news/1', '/']) {
      const meta = readPageMeta(page(`<link rel="canonical" href="${href}" />`), 'ع', URL_A);
      expect(meta.outlet).toBe('akhbar.example');
      expect(meta.canonical).toBeUndefined();
    }
  });

  it('reads the fixture article page', () => {
    const doc = loadIntoDocument(fixtureHtml('arabic-article.html'));
    const meta = readPageMeta(doc, undefined, 'http://127.0.0.1:8000/arabic-article.html');
    expect(meta).toMatchObject({ publishedAt: '2026-08-12T09:30:00+03:00', author: 'قسم الأخبار', outlet: '127.0.0.1' });
  });

  const pagesDir = sharedPath('pages');
  it.skipIf(!pagesDir)('finds the publication date of the saved real pages that have one on record', () => {
    let checked = 0;
    for (const name of readdirSync(pagesDir!)) {
      const dir = join(pagesDir!, name);
      const src = join(dir, 'source.json');
      const metaFile = join(dir, 'expected-metadata.json');
      const info = existsSync(src) ? JSON.parse(readFileSync(src, 'utf8')) : {};
      const expected: string | undefined = info.expected_date ?? (existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')).publishedDate : undefined);
      if (!expected || !existsSync(join(dir, 'source.html'))) continue;
      const doc = loadIntoDocument(readFileSync(join(dir, 'source.html'), 'utf8'));
      const meta = readPageMeta(doc, undefined, info.url ?? 'https://example.org/a');
      expect(dayOf(meta.publishedAt), name).toBe(dayOf(isoDate(expected)));
      expect(meta.outlet, name).not.toBe('');
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  }, 60_000); // parsing a dozen saved pages takes seconds on a busy machine
});

describe('cleanPageMeta', () => {
  it('bounds and checks every field of what a page sent', () => {
    const meta = cleanPageMeta(
      { url: 'https://x.example/a', title: `  ${'ع'.repeat(1000)}\n`, outlet: '', author: 42, publishedAt: 'yesterday', byline: 'x', canonical: 'javascript:alert(1)', dateSource: 'evil' },
      'https://news.example/a#:~:text=x',
    );
    expect(meta?.url).toBe('https://news.example/a');
    expect(meta?.site).toBe('news.example');
    expect(meta?.outlet).toBe('news.example');
    expect(meta?.title.length).toBeLessThanOrEqual(301);
    expect(meta?.author).toBeUndefined();
    expect(meta?.publishedAt).toBeUndefined();
    expect(meta?.canonical).toBeUndefined();
    expect(cleanPageMeta({ publishedAt: '2026-08-12', dateSource: 'evil' }, 'https://n.example/a')?.dateSource).toBe('meta');
    expect(cleanPageMeta('nope', 'https://n.example/a')).toBeUndefined();
    expect(cleanPageMeta({}, 'about:blank')).toBeUndefined();
  });

  it('reads a full Gregorian date out of a byline in Arabic-Indic digits or Maghrebi month names', () => {
    expect(dateInText('نشر في: ٣ يونيو ٢٠٢٠ - ١٠:٣٠')).toBe('2020-06-03');
    expect(dateInText('الإثنين، 24 أغسطس 2020 09:23 ص')).toBe('2020-08-24');
    expect(dateInText('15 رمضان 1436هـ')).toBeUndefined();
    expect(dateInText('قبل ساعتين')).toBeUndefined();
  });
});
