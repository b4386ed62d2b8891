/**
 * The page's own metadata (see shared/page-meta.ts): read-only queries on the live document,
 * a handful of selectors, cheap enough to run with every analysis request. The publication date
 * is taken from the most reliable place the page has it: Open Graph / schema.org meta tags,
 * JSON-LD, a `<time datetime>` of the article, and only then the text of a byline, which the
 * worker reads with the engine (the page side knows no Arabic month names).
 */
import { pageKey } from '../../shared/analysis-store.js';
import { cleanText, isoDate, sameSiteCanonical } from '../../shared/page-meta.js';
import type { DateSource, PageMeta } from '../../shared/page-meta.js';
import { siteOf } from '../../shared/site-settings.js';

/** Meta tags holding the publication date, by `property`, `name` or `itemprop`, in order of trust. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'parsely-pub-date',
  'sailthru.date',
];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'];
const OUTLET_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title'];

/** JSON-LD types that describe the article itself (not the site, a breadcrumb or a video). */
const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|BlogPosting/i;

/** Elements whose short text may be a byline with the date. */
const BYLINE_SELECTOR = [
  '[class*="byline" i]',
  '[class*="date" i]',
  '[id*="date" i]',
  '[class*="time" i]',
  '[class*="publish" i]',
  '[class*="posted" i]',
  '[itemprop="datePublished"]',
].join(',');

const MAX_BYLINE = 160;
/** How many JSON-LD blocks and byline candidates are looked at: a page may have hundreds. */
const MAX_JSON_LD = 12;
const MAX_BYLINE_CANDIDATES = 40;

function metaContent(doc: Document, keys: readonly string[]): string[] {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const found: { rank: number; value: string }[] = [];
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const itemprop = (m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const hit = wanted.has(key) ? key : wanted.has(itemprop) ? itemprop : '';
    const value = m.getAttribute('content');
    if (hit && value) found.push({ rank: keys.findIndex((k) => k.toLowerCase() === hit), value });
  }
  return found.sort((a, b) => a.rank - b.rank).map((f) => f.value);
}

/** Every object of the page's JSON-LD, flattened out of arrays and `@graph`. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const walk = (v: unknown, depth: number) => {
    if (depth > 4 || out.length > 200 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) walk(o['@graph'], depth + 1);
  };
  for (let i = 0; i < scripts.length && i < MAX_JSON_LD; i++) {
    try {
      walk(JSON.parse(scripts[i].textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common; the other sources remain.
    }
  }
  return out;
}

const typesOf = (o: Record<string, unknown>): string => {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
};

/** A name out of a schema.org Person/Organization, a list of them, or a plain string. */
function nameOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).slice(0, 4).join('، ');
  if (v && typeof v === 'object') return nameOf((v as Record<string, unknown>).name);
  return '';
}

/** An author worth showing: not an address, not the outlet's copyright line. */
function plausibleAuthor(s: string): string {
  const t = cleanText(s, 160);
  if (!t || /^https?:\/\//i.test(t) || /^\(?c\)|©/i.test(t)) return '';
  return t;
}

/** The region of the article: its `<article>`, else the headline's neighbourhood. */
function articleRegion(doc: Document): Element | null {
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) return articles[0];
  const h1 = doc.getElementsByTagName('h1')[0];
  return h1?.parentElement?.parentElement ?? null;
}

function timeDate(doc: Document, region: Element | null): string | undefined {
  const explicit = doc.querySelectorAll('time[itemprop="datePublished" i][datetime], time[pubdate][datetime], [itemprop="datePublished" i][content], [property="dc:date" i][content], [property="dcterms:created" i][content]');
  for (let i = 0; i < explicit.length; i++) {
    const d = isoDate(explicit[i].getAttribute('datetime') ?? explicit[i].getAttribute('content'));
    if (d) return d;
  }
  // A <time> of the article itself: the page's header clock or a related story's date are not.
  const times = region?.querySelectorAll('time[datetime]');
  for (let i = 0; times && i < times.length; i++) {
    if (/modif|updat/i.test(`${times[i].getAttribute('itemprop') ?? ''} ${times[i].className}`)) continue;
    const d = isoDate(times[i].getAttribute('datetime'));
    if (d) return d;
  }
  return undefined;
}

/** A short text with a digit near the headline, the byline's date as written. */
function bylineText(region: Element | null, doc: Document): string | undefined {
  for (const scope of region ? [region, doc] : [doc]) {
    const els = scope.querySelectorAll(BYLINE_SELECTOR);
    for (let i = 0; i < els.length && i < MAX_BYLINE_CANDIDATES; i++) {
      const text = cleanText(els[i].textContent ?? '', 1000);
      if (text && text.length <= MAX_BYLINE && /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(text)) return text;
    }
  }
  return undefined;
}

/**
 * The page's metadata. `title` is the article's title as the extractor found it (it already
 * strips the outlet's name from the document title), else the page's own; `url` is the page's
 * address (the document's location by default).
 */
export function readPageMeta(doc: Document, title?: string, address = doc.location?.href ?? ''): PageMeta {
  const url = pageKey(address);
  const site = siteOf(url);
  const ld = jsonLd(doc);
  const article = ld.find((o) => ARTICLE_TYPE.test(typesOf(o))) ?? ld.find((o) => 'datePublished' in o);

  const outlet = metaContent(doc, OUTLET_META)[0] ?? nameOf(article?.publisher);
  const meta: PageMeta = {
    url,
    title: cleanText(title || metaContent(doc, ['og:title'])[0] || doc.title),
    outlet: cleanText(outlet, 120) || site,
    site,
  };

  const canonical = sameSiteCanonical(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? metaContent(doc, ['og:url'])[0], url);
  if (canonical) meta.canonical = canonical;

  const author = [...metaContent(doc, AUTHOR_META), nameOf(article?.author)].map(plausibleAuthor).find(Boolean);
  if (author) meta.author = author;

  const region = articleRegion(doc);
  const candidates: [DateSource, () => string | undefined][] = [
    ['meta', () => metaContent(doc, DATE_META).map(isoDate).find(Boolean)],
    ['json-ld', () => ld.filter((o) => o === article || ARTICLE_TYPE.test(typesOf(o))).map((o) => isoDate(o.datePublished)).find(Boolean) ?? ld.map((o) => isoDate(o.datePublished)).find(Boolean)],
    ['time', () => timeDate(doc, region)],
  ];
  for (const [source, read] of candidates) {
    const date = read();
    if (date) {
      meta.publishedAt = date;
      meta.dateSource = source;
      return meta;
    }
  }
  const byline = bylineText(region, doc);
  if (byline) meta.byline = byline;
  return meta;
}
