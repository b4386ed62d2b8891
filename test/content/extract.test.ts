// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, isLargePage, LARGE_PAGE_PARAGRAPHS } from '../../src/content/page/extract.js';
import { TextMap } from '../../src/content/page/text-map.js';
import { sharedPath } from '../../scripts/lib/shared.js';
import { longArticleHtml } from '../fixtures/pages/long-article.js';
import { fixtureHtml, loadIntoDocument } from '../fixtures/pages/dom.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every line of the extracted text maps back to the live page with the same words. */
function expectMapsBack(text: string, map: TextMap): void {
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) expect(squash(map.rangeFor(at, at + line.length)?.toString() ?? '<none>')).toBe(squash(line));
    at += line.length + 1;
  }
}

describe('extractArticle', () => {
  it('reads the article of a news page (not its menus or sidebar) and maps it back to the live page', async () => {
    loadIntoDocument(fixtureHtml('arabic-article.html'));
    const before = document.body.innerHTML;
    const a = await extractArticle(document);
    expect(a.source).toBe('readability');
    expect(a.text).toContain('وقال المتحدث باسم الدفاع المدني');
    expect(a.text).not.toContain('الأكثر قراءة');
    expect(a.text).not.toContain('الرئيسية');
    expectMapsBack(a.text, new TextMap(a.text, a.segments));
    // Readability worked on a clone: the page is untouched.
    expect(document.body.innerHTML).toBe(before);
  });

  it('reads a very long page from its container, in slices, without Readability', async () => {
    loadIntoDocument(longArticleHtml(50_000));
    expect(document.getElementsByTagName('p').length).toBeGreaterThan(LARGE_PAGE_PARAGRAPHS);
    expect(isLargePage(document)).toBe(true);
    const a = await extractArticle(document);
    expect(a.source).toBe('container');
    expect(a.text.split(/\s+/).length).toBeGreaterThan(50_000);
    const map = new TextMap(a.text, a.segments);
    const last = a.text.lastIndexOf('قال');
    expect(map.rangeFor(last, last + 3)?.toString()).toBe('قال');
  });

  it('stops when its signal aborts', async () => {
    loadIntoDocument(longArticleHtml(5_000));
    const ac = new AbortController();
    ac.abort();
    await expect(extractArticle(document, ac.signal)).rejects.toThrow();
  });

  it('falls back to the page text when there is no article to find', async () => {
    loadIntoDocument('<html lang="ar"><head><title>ت</title></head><body><div>سطر واحد قصير</div></body></html>');
    const a = await extractArticle(document);
    expect(a.text).toBe('سطر واحد قصير');
  });
});

// The real saved pages of ../shared/pages and the text their suites expect.
const pages = sharedPath('pages');
describe.runIf(pages !== null)('extractArticle on real saved pages (../shared/pages)', () => {
  const load = (dir: string) => loadIntoDocument(readFileSync(join(pages!, dir, 'source.html'), 'utf8'));

  it('newspaper-arabic_article: every paragraph of the expected text, mapped back to the page', async () => {
    if (!existsSync(join(pages!, 'newspaper-arabic_article'))) return;
    load('newspaper-arabic_article');
    const a = await extractArticle(document);
    const expected = readFileSync(join(pages!, 'newspaper-arabic_article', 'expected.txt'), 'utf8');
    for (const para of expected.split('\n').filter((l) => l.trim())) expect(squash(a.text)).toContain(squash(para));
    expectMapsBack(a.text, new TextMap(a.text, a.segments));
  });

  it('trafilatura-assabah: keeps the article\'s passages and drops the page\'s others', async () => {
    if (!existsSync(join(pages!, 'trafilatura-assabah.com.tn.article'))) return;
    load('trafilatura-assabah.com.tn.article');
    const a = await extractArticle(document);
    const e = JSON.parse(readFileSync(join(pages!, 'trafilatura-assabah.com.tn.article', 'expected.json'), 'utf8')) as { with: string[]; without: string[] };
    for (const w of e.with) expect(squash(a.text)).toContain(squash(w));
    for (const w of e.without) expect(squash(a.text)).not.toContain(squash(w));
  });
});
