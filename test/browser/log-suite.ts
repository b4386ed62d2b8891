/**
 * The reading log in a real browser, the same steps for Chromium and Firefox: a log of the first
 * schema version opens in the log page; then, with the log switched on, three articles quoting
 * the same minister are read, the log page finds him with all three articles' quotes and their
 * links, search works with and without diacritics, the log is exported, deleted and imported
 * back the same. Each browser gives a small driver (log-chromium.test.ts, log-firefox.test.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ARTICLES } from '../log/articles.js';
import { RESTORE_V1_SOURCE } from '../log/log-v1.js';
import { ROOT, waitFor } from './harness.js';

export interface LogDriver {
  /** Opens an extension page (path like `log.html?lang=en`) in the extension tab and waits for `selector`. */
  openExtension(path: string, selector: string): Promise<void>;
  /** Evaluates an expression (async allowed) in the extension tab. */
  evaluate<T>(expression: string): Promise<T>;
  click(selector: string): Promise<void>;
  /** Opens a web page in a tab of its own (the extension analyses and logs it). */
  readArticle(url: string): Promise<void>;
  screenshot(file: string): Promise<void>;
}

const RESULTS = join(ROOT, 'test-results');

/** The three test articles as web pages with their metadata (served from 127.0.0.1). */
export function writeArticlePages(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-log-pages-'));
  const files = ARTICLES.map((a, i) => {
    const name = `article-${i + 1}.html`;
    const paras = a.text
      .split('\n')
      .map((p) => `<p>${p}</p>`)
      .join('\n');
    writeFileSync(
      join(dir, name),
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${a.meta.title} | ${a.meta.outlet}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${a.meta.outlet}">
<meta property="article:published_time" content="${a.meta.publishedAt}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${a.meta.title}","datePublished":"${a.meta.publishedAt}"}</script>
</head><body><header><nav><a href="#">الرئيسية</a></nav></header><main><article><h1>${a.meta.title}</h1>${paras}
<p>وتتواصل الجهود في المدينة لتأمين ما يلزم من أدوية ومستلزمات طبية للمستشفيات والمراكز الصحية خلال الأيام المقبلة.</p></article></main></body></html>`,
    );
    return name;
  });
  return { dir, files };
}

const statusExpr = `(async () => { const api = globalThis.browser ?? globalThis.chrome; return (await api.storage.local.get('log:status'))['log:status'] ?? null; })()`;
const sendExpr = (type: string, payload: unknown) =>
  `(async () => { const api = globalThis.browser ?? globalThis.chrome; return api.runtime.sendMessage(${JSON.stringify({ type, payload })}); })()`;

/** Text of every element matching `selector` in the extension tab. */
const textsExpr = (selector: string) => `[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent.replace(/\\s+/g, ' ').trim())`;

/** Clicks an export button and reads the file it makes, by catching the download link's blob. */
const exportExpr = (button: string) => `(async () => {
  const clicked = new Promise((resolve) => {
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () { HTMLAnchorElement.prototype.click = click; resolve(this.href); };
  });
  document.querySelector(${JSON.stringify(button)}).click();
  return (await fetch(await clicked)).text();
})()`;

const importExpr = (json: string) => `(() => {
  const input = document.querySelector('#import');
  const dt = new DataTransfer();
  dt.items.add(new File([${JSON.stringify(json)}], 'log.json', { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;

/** The ranking's first row (its name) once the log page shows it. */
async function topRow(d: LogDriver): Promise<string> {
  return waitFor(async () => (await d.evaluate<string[]>(textsExpr('#ranking .row .name')))[0], 'the ranking');
}

async function logCount(d: LogDriver): Promise<number> {
  return (await d.evaluate<{ articles: number } | null>(statusExpr))?.articles ?? 0;
}

/** Opens the log page on the first entry of the ranking, and returns its quotes' texts and links. */
async function openTopEntry(d: LogDriver, lang: string): Promise<{ name: string; quotes: string[]; links: string[]; outlets: string[] }> {
  await d.openExtension(`log.html?lang=${lang}`, '#ranking .row');
  const name = await topRow(d);
  await d.click('#ranking .row');
  await waitFor(() => d.evaluate<boolean>(`!!document.querySelector('#timeline .quote')`), 'the timeline');
  const quotes = await d.evaluate<string[]>(textsExpr('#timeline .quote .said'));
  const links = await d.evaluate<string[]>(`[...document.querySelectorAll('#timeline .quote a.source')].map((a) => a.href)`);
  const outlets = await d.evaluate<string[]>(textsExpr('.columns .column h4'));
  return { name, quotes, links, outlets };
}

async function searchFor(d: LogDriver, q: string): Promise<string> {
  await d.openExtension(`log.html?lang=en&q=${encodeURIComponent(q)}`, '#search-results');
  return waitFor(async () => (await d.evaluate<string[]>(textsExpr('#search-title')))[0], 'search results');
}

export async function logSuite(d: LogDriver, articleUrls: string[], browserName: string, screenshots: ('light-en' | 'light-ar' | 'dark-en' | 'dark-ar')[], setScheme?: (scheme: 'light' | 'dark') => Promise<void>): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });

  // 1. A log stored by the first schema version opens and reads in full.
  const dump = JSON.parse(readFileSync(join(ROOT, 'test/log/fixtures/log-v1.json'), 'utf8'));
  await d.openExtension('popup.html?tab=999999', 'body');
  await d.evaluate(`(${RESTORE_V1_SOURCE})(indexedDB, 'isnad-log', ${JSON.stringify(dump)})`);
  const upgraded = await openTopEntry(d, 'en');
  expect(upgraded.name).toBe('سامي الحسن');
  expect(upgraded.quotes).toHaveLength(5);

  // 2. Delete everything from the page, switch logging on, and read three articles.
  await d.openExtension('log.html?lang=en', '#delete-all');
  await d.click('#delete-all');
  await d.click('#delete-all-confirm');
  await waitFor(() => d.evaluate<boolean>(`!!document.querySelector('#empty')`), 'the emptied log');
  expect(await d.evaluate(sendExpr('log-settings', { enabled: true }))).toMatchObject({ enabled: true, articles: 0 });
  for (const [i, url] of articleUrls.entries()) {
    await d.readArticle(url);
    await waitFor(async () => (await logCount(d)) === i + 1, `article ${i + 1} in the log`, 30_000);
  }

  // 3. The minister, with the quotes of all three articles and a link to each sentence.
  const entry = await openTopEntry(d, 'en');
  expect(entry.name).toBe('سامي الحسن');
  expect(entry.quotes).toHaveLength(5);
  expect(entry.quotes.some((q) => q.startsWith('«نحتاج إلى مزيد من الأدوية'))).toBe(true);
  for (const link of entry.links) expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/article-\d\.html#:~:text=/);
  expect(new Set(entry.links.map((l) => l.split('#')[0])).size).toBe(3);
  expect(entry.outlets.sort()).toEqual(['أخبار الوادي', 'شام نيوز', 'صحيفة النهار']);
  await d.screenshot(join(RESULTS, `log-${browserName}-entry-en.png`));

  // 4. Search, with and without diacritics, finds the same article.
  const plain = await searchFor(d, 'الحكومة خصصت');
  const marked = await searchFor(d, 'الحُكُومَةُ خَصَّصَت');
  expect(plain).toBe('Articles matching: 1');
  expect(marked).toBe(plain);

  // 5. Export, delete all, import: the same log back.
  await d.openExtension('log.html?lang=en', '#ranking .row');
  const exported = await d.evaluate<string>(exportExpr('#export-json'));
  const before = JSON.parse(exported);
  expect(before.articles).toHaveLength(3);
  const csv = await d.evaluate<string>(exportExpr('#export-csv'));
  expect(csv.split('\r\n').filter(Boolean).length).toBe(1 + before.articles.reduce((n: number, a: { quotes: unknown[] }) => n + a.quotes.length, 0));
  const md = await d.evaluate<string>(exportExpr('#export-md'));
  expect(md).toContain('## سامي الحسن');
  expect(md).toMatch(/\[\^1\]: .*#:~:text=/);
  await d.click('#delete-all');
  await d.click('#delete-all-confirm');
  await waitFor(() => d.evaluate<boolean>(`!!document.querySelector('#empty')`), 'the emptied log');
  expect(await logCount(d)).toBe(0);
  await d.evaluate(importExpr(exported));
  await waitFor(async () => /Imported: 3 new/.test((await d.evaluate<string[]>(textsExpr('#data-message')))[0] ?? ''), 'the import');
  await d.openExtension('log.html?lang=en', '#ranking .row');
  const after = JSON.parse(await d.evaluate<string>(exportExpr('#export-json')));
  expect(after.articles).toEqual(before.articles);
  expect(after.choices).toEqual(before.choices);
  expect((await openTopEntry(d, 'en')).quotes).toEqual(entry.quotes);

  // 6. Screenshots of the log page.
  for (const shot of screenshots) {
    const [scheme, lang] = shot.split('-') as ['light' | 'dark', 'ar' | 'en'];
    await setScheme?.(scheme);
    await d.openExtension(`log.html?lang=${lang}`, '#ranking .row');
    await d.screenshot(join(RESULTS, `log-${browserName}-${scheme}-${lang}.png`));
  }
  await d.openExtension('log.html?lang=ar', '#ranking .row');
  await d.click('#ranking .row');
  await waitFor(() => d.evaluate<boolean>(`!!document.querySelector('#timeline .quote')`), 'the timeline');
  await d.screenshot(join(RESULTS, `log-${browserName}-entry-ar.png`));
}
