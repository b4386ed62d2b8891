/**
 * Is this Arabic page one news article, or a home page, wiki, shop…? Publishers say so in their
 * metadata (Open Graph, schema.org JSON-LD, publication date); pages without metadata are judged
 * by their shape: one <article>, a byline or date, and several paragraphs of running text that
 * are not lists of links. Only runs on pages already found to be Arabic.
 */

export interface ArticleSignals {
  isArticle: boolean;
  /** Metadata that alone makes the page an article (og:type article, NewsArticle, published time). */
  strong: string[];
  /** Hints that need article-shaped text beside them. */
  weak: string[];
  /** Everything found, in plain words, for the verdict's reason. */
  evidence: string[];
  /** Several <article> elements and no metadata: a home or section page listing stories. */
  listing: boolean;
  articleShapedText: boolean;
}

/** schema.org types that mean "a news story" (plain Article is also used by Wikipedia). */
const NEWS_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|LiveBlogPosting|Report)$/;
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="publication_date"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[itemprop="datePublished"]',
].join(',');
const BYLINE = 'meta[name="author"],meta[property="article:author"],[rel="author"],[itemprop="author"]';
const MAX_JSON_LD = 10;
const MAX_JSON_LD_CHARS = 200_000;
const MAX_PARAGRAPHS = 400;
/** A "paragraph" of running text, and how many make an article. */
const MIN_PARAGRAPH_CHARS = 80;
const MIN_PARAGRAPHS = 3;
const MIN_ARTICLE_CHARS = 600;
const MAX_LINK_SHARE = 0.35;
const LISTING_ARTICLES = 4;

function collectTypes(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 50)) collectTypes(v, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  const t = obj['@type'];
  for (const x of Array.isArray(t) ? t : [t]) if (typeof x === 'string') out.add(x.replace(/^https?:\/\/schema\.org\//, ''));
  if (obj['@graph']) collectTypes(obj['@graph'], out, depth + 1);
  if (obj.mainEntity) collectTypes(obj.mainEntity, out, depth + 1);
}

/** schema.org types declared in the page's JSON-LD blocks. Malformed JSON is skipped. */
export function jsonLdTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length && i < MAX_JSON_LD; i++) {
    const raw = blocks[i].textContent ?? '';
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    try {
      collectTypes(JSON.parse(raw), types);
    } catch {
      // Publishers' JSON-LD is often broken; it is only a hint.
    }
  }
  return types;
}

function insideChrome(el: Element): boolean {
  return el.closest('nav,footer,header,aside,form,[role="navigation"],[role="contentinfo"]') !== null;
}

/** Several paragraphs of running text that are mostly not links. */
export function hasArticleShapedText(doc: Document): boolean {
  const ps = doc.getElementsByTagName('p');
  let count = 0;
  let chars = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const p = ps[i];
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH_CHARS || insideChrome(p)) continue;
    let links = 0;
    for (const a of Array.from(p.getElementsByTagName('a'))) links += (a.textContent ?? '').length;
    if (links / len > MAX_LINK_SHARE) continue;
    count++;
    chars += len;
    if (count >= MIN_PARAGRAPHS && chars >= MIN_ARTICLE_CHARS) return true;
  }
  return false;
}

export function articleSignals(doc: Document): ArticleSignals {
  const strong: string[] = [];
  const weak: string[] = [];
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
  if (/article/i.test(meta('meta[property="og:type"]'))) strong.push('og:type article');
  const types = jsonLdTypes(doc);
  const news = [...types].find((t) => NEWS_TYPES.test(t));
  if (news) strong.push(`JSON-LD ${news}`);
  if (doc.querySelector(DATE_META)) strong.push('publication date');

  if (types.has('Article') || types.has('BlogPosting')) weak.push('JSON-LD Article');
  if (doc.querySelector(BYLINE)) weak.push('byline');
  const articles = doc.getElementsByTagName('article').length;
  if (articles >= 1 && articles <= 2) weak.push('<article>');
  if (doc.querySelector('article time[datetime], time[pubdate], [itemprop="datePublished"]')) weak.push('date');

  const listing = strong.length === 0 && articles >= LISTING_ARTICLES;
  const articleShapedText = hasArticleShapedText(doc);
  // Plain "Article" JSON-LD alone is what encyclopedias declare: it needs a second hint.
  const weakEnough = weak.filter((w) => w !== 'JSON-LD Article').length >= 1;
  const isArticle = strong.length > 0 || (!listing && articleShapedText && weakEnough);
  const evidence = [...strong, ...weak];
  if (articleShapedText) evidence.push('article-shaped text');
  if (listing) evidence.push(`${articles} <article> elements`);
  return { isArticle, strong, weak, evidence, listing, articleShapedText };
}
