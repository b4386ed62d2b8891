/**
 * Where an article comes from, as the popup's header and every export state it: title, outlet,
 * author, publication date, the place it was filed from, and its address. The page's metadata
 * (shared/page-meta.ts) says most of it; the byline and the dateline (shared/article-frame.ts)
 * give the author when the metadata does not, and the place.
 */
import type { ArticleFrame } from '../../shared/article-frame.js';
import type { PageInfo } from '../../shared/messages.js';

export interface ArticleSource {
  title: string;
  /** The outlet's name, else the site's host. */
  outlet: string;
  author?: string;
  /** Publication day, `YYYY-MM-DD`, when the page says it. */
  published?: string;
  /** The dateline's place. */
  place?: string;
  /** The address without its fragment. */
  url?: string;
}

export function articleSource(page: PageInfo | undefined, frame: ArticleFrame | undefined): ArticleSource {
  const meta = page?.meta;
  const published = meta?.publishedAt?.slice(0, 10);
  return {
    title: page?.title ?? '',
    outlet: meta?.outlet || page?.site || '',
    author: meta?.author || frame?.byline?.author || undefined,
    published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : undefined,
    place: frame?.dateline?.place,
    url: page?.url ? page.url.split('#')[0] : undefined,
  };
}
