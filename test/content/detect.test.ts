// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectLanguage, sampleText } from '../../src/content/detect/language-verdict.js';
import { quickLanguage } from '../../src/content/detect/quick-language.js';
import { PageGate, mayBeArabic } from '../../src/background/page-gate.js';
import { detectPage } from '../../src/content/detect/article-verdict.js';
import { articleSignals, hasArticleShapedText, jsonLdTypes } from '../../src/content/detect/article-signals.js';
import { fixtureHtml, parseDocument } from '../fixtures/pages/dom.js';

const para = 'قال مدير المستشفى إن الفرق الطبية استقبلت عشرات الجرحى خلال الليل، وإن الأطباء يعملون دون توقف منذ الصباح في ظروف صعبة.';
const page = ({ lang = 'ar', title = 'خبر عاجل', head = '', body = `<p>${para}</p>` } = {}) =>
  parseDocument(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>${title}</title>${head}</head><body>${body}</body></html>`);

describe('quickLanguage: the lang attribute and title, before any text', () => {
  it('settles a page that declares another language and has a Latin title', () => {
    expect(quickLanguage(page({ lang: 'en', title: 'Breaking news' }))?.verdict).toBe('not-arabic');
    expect(quickLanguage(page({ lang: 'fr-FR', title: 'Dernières nouvelles' }))?.verdict).toBe('not-arabic');
  });

  it('without a lang attribute, leaves it to the text (the address may have been Arabic)', () => {
    expect(quickLanguage(page({ lang: '', title: 'Breaking news' }))).toBeNull();
  });

  it('settles a page declaring Persian, Urdu and the like, whatever its title', () => {
    for (const lang of ['fa', 'fa-IR', 'ur', 'ps', 'ckb', 'ug', 'sd'])
      expect(quickLanguage(page({ lang, title: 'خبر' }))?.verdict, lang).toBe('not-arabic');
  });

  it('leaves Arabic declarations and Arabic-script titles to the text sample', () => {
    expect(quickLanguage(page({ lang: 'ar' }))).toBeNull();
    expect(quickLanguage(page({ lang: 'ar-EG', title: 'News' }))).toBeNull();
    expect(quickLanguage(page({ lang: 'en', title: 'خبر عاجل | Site' }))).toBeNull();
    expect(quickLanguage(page({ lang: '', title: 'خبر' }))).toBeNull();
  });
});

describe('the worker\'s gate: which pages get a content script at all', () => {
  it('pages with an Arabic letter in their title or address', () => {
    expect(mayBeArabic('خبر عاجل | موقع', 'https://news.example/a')).toBe(true);
    expect(mayBeArabic('News', 'https://news.example/article/%D8%A7%D9%84%D9%86%D9%8A%D9%84')).toBe(true);
    expect(mayBeArabic('کاهش بارندگی', 'https://news.example/fa/1')).toBe(true); // Persian: the text decides
  });

  it('no script at all for other pages, or for pages that are not on the web', () => {
    expect(mayBeArabic('Breaking news', 'https://news.example/a')).toBe(false);
    expect(mayBeArabic(undefined, 'https://news.example/%E0%A4')).toBe(false);
    expect(mayBeArabic('خبر', 'chrome://newtab')).toBe(false);
    expect(mayBeArabic('خبر', undefined)).toBe(false);
  });

  it('one injection per tab and address, again after the tab loads a new document', () => {
    const gate = new PageGate();
    expect(gate.shouldInject(1, 'خبر', 'https://a.example/x')).toBe(true);
    expect(gate.shouldInject(1, 'خبر جديد', 'https://a.example/x#p2')).toBe(false);
    expect(gate.shouldInject(2, 'خبر', 'https://a.example/x')).toBe(true);
    expect(gate.shouldInject(1, 'خبر', 'https://a.example/y')).toBe(true);
    gate.reset(1);
    expect(gate.shouldInject(1, 'خبر', 'https://a.example/y')).toBe(true);
    expect(gate.shouldInject(3, 'News', 'https://a.example/z')).toBe(false);
  });
});

describe('detectLanguage', () => {
  it('reads Arabic text as Arabic', () => {
    expect(detectLanguage(page()).verdict).toBe('arabic-page');
  });

  it('reads the Persian fixture (no lang attribute, news metadata) as not Arabic', () => {
    const d = detectLanguage(parseDocument(fixtureHtml('persian-news.html')));
    expect(d.verdict).toBe('not-arabic');
    expect(d.reason).toMatch(/Persian/);
  });

  it('an Arabic page mislabelled lang="en" with an Arabic title is still Arabic', () => {
    expect(detectLanguage(page({ lang: 'en', title: 'خبر عاجل' })).verdict).toBe('arabic-page');
  });

  it('says when there is almost no text', () => {
    expect(detectLanguage(page({ body: '<p>مرحبا</p>' })).verdict).toBe('no-text');
  });

  it('samples visible text only: scripts and styles are skipped', () => {
    const d = page({ body: `<script>var x = "${'a'.repeat(5000)}";</script><style>p{}</style><p>${para}</p>` });
    const s = sampleText(d);
    expect(s).toContain('مدير المستشفى');
    expect(s).not.toContain('var x');
  });
});

describe('detectPage: a news article or another Arabic page', () => {
  it('the fixtures', () => {
    expect(detectPage(parseDocument(fixtureHtml('arabic-article.html'))).verdict).toBe('arabic-article');
    expect(detectPage(parseDocument(fixtureHtml('arabic-article-dark.html'))).verdict).toBe('arabic-article');
    expect(detectPage(parseDocument(fixtureHtml('arabic-shop.html'))).verdict).toBe('arabic-page');
    expect(detectPage(parseDocument(fixtureHtml('persian-news.html'))).verdict).toBe('not-arabic');
    expect(detectPage(parseDocument(fixtureHtml('english-page.html'))).verdict).toBe('not-arabic');
  });

  it('publisher metadata alone makes an article', () => {
    expect(detectPage(page({ head: '<meta property="og:type" content="article">' })).verdict).toBe('arabic-article');
    expect(detectPage(page({ head: '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"]}]}</script>' })).verdict).toBe('arabic-article');
    expect(detectPage(page({ head: '<meta property="article:published_time" content="2026-01-01">' })).verdict).toBe('arabic-article');
  });

  it('an encyclopedia page (JSON-LD "Article", long text, no byline or date) is not a news article', () => {
    const body = `<main><h1>نهر النيل</h1>${`<p>${para} ${para}</p>`.repeat(6)}</main>`;
    const d = detectPage(page({ head: '<script type="application/ld+json">{"@type":"Article","name":"نهر النيل"}</script>', body }));
    expect(d.signals?.articleShapedText).toBe(true);
    expect(d.verdict).toBe('arabic-page');
  });

  it('a page without metadata but shaped like one story (an <article>, a byline, paragraphs) is an article', () => {
    const body = `<article><h1>عنوان</h1><p class="by">بقلم مراسلنا</p>${`<p>${para}</p>`.repeat(8)}</article>`;
    expect(detectPage(page({ head: '<meta name="author" content="مراسلنا">', body })).verdict).toBe('arabic-article');
  });

  it('a home page listing many stories is not an article', () => {
    const cards = Array.from({ length: 8 }, () => `<article><h2>عنوان</h2><p>${para}</p></article>`).join('');
    const d = detectPage(page({ body: cards }));
    expect(d.signals?.listing).toBe(true);
    expect(d.verdict).toBe('arabic-page');
  });

  it('paragraphs that are mostly links or sit in navigation do not count as article text', () => {
    const links = Array.from({ length: 6 }, () => `<p><a href="#">${para}</a></p>`).join('');
    expect(hasArticleShapedText(page({ body: links }))).toBe(false);
    expect(hasArticleShapedText(page({ body: `<nav>${`<p>${para}</p>`.repeat(6)}</nav>` }))).toBe(false);
    expect(hasArticleShapedText(page({ body: `<div>${`<p>${para}</p>`.repeat(6)}</div>` }))).toBe(true);
  });

  it('broken JSON-LD is ignored, not fatal', () => {
    const d = page({ head: '<script type="application/ld+json">{"@type": "NewsArticle",</script>' });
    expect(jsonLdTypes(d).size).toBe(0);
    expect(() => articleSignals(d)).not.toThrow();
  });
});
