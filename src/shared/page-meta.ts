/**
 * What a page says about itself: its address, title, outlet, author and publication date. The
 * content script reads it from the page's metadata (`content/page/page-meta.ts`); it travels with
 * the analysis request, is checked here (a page's metadata is whatever the page wrote), completed
 * by the worker (a date read from the byline) and stored with the tab's analysis, where the popup
 * and the reading log read it.
 */
import { pageKey } from './analysis-store.js';
import { siteOf } from './site-settings.js';

/** Where the publication date came from, most to least reliable. */
export type DateSource = 'meta' | 'json-ld' | 'time' | 'byline';

export interface PageMeta {
  /** The address the article was read at, without its fragment. */
  url: string;
  /** The page's own canonical address, when it names one on the same site. */
  canonical?: string;
  title: string;
  /** The outlet's name: `og:site_name` (or the JSON-LD publisher), else the host. */
  outlet: string;
  /** The host, without `www.`. */
  site: string;
  author?: string;
  /**
   * Publication date or time, ISO 8601 as the page wrote it (`2026-08-12` or
   * `2026-08-12T09:30:00+03:00`): its calendar day is the day in the outlet's own time zone.
   */
  publishedAt?: string;
  dateSource?: DateSource;
  /**
   * A short text near the headline that may hold the date («الجمعة 8 فيفري 2019»), sent when the
   * page has no machine-readable date: the worker reads the date from it with the engine.
   */
  byline?: string;
}

/** Longest string kept of any field: metadata is the page's, and some pages stuff it. */
const MAX_FIELD = 300;
const MAX_URL = 2048;

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Western digits for Arabic-Indic and Persian ones. */
function westernDigits(s: string): string {
  return s.replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) & 0xf));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A real calendar day of a plausible publication year. */
function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A machine-readable date as pages write it, as ISO 8601: `2026-08-12`, `2026-08-12T09:30:00+03:00`
 * and its variants (no seconds, `+0300`, a space for `T`, fractions, `2026/08/12`), or an RFC 2822
 * date (`Tue, 12 Aug 2026 09:30:00 GMT`). The page's own day and zone are kept, never converted:
 * «yesterday» in the article means the day before the day the outlet printed. Anything else (a
 * Persian calendar date, a year 1399, free text) is undefined.
 */
export function isoDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = westernDigits(raw).trim().slice(0, 64);
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d:])/i.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return undefined;
    const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return day;
    const [h, mi, se] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (h > 23 || mi > 59 || se > 59) return day;
    const zone = m[7] === undefined ? '' : m[7].toUpperCase() === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].slice(-2)}`;
    return `${day}T${pad(h)}:${pad(mi)}:${pad(se)}${zone}`;
  }
  // RFC 2822 and the like: only with a month name in Latin letters, never a bare number.
  if (/^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}/.test(s) || /^\d{1,2}\s+[A-Za-z]{3}\s+\d{4}/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      if (validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) return d.toISOString().replace(/\.000Z$/, 'Z');
    }
  }
  return undefined;
}

/** The calendar day of an ISO date as written (`2026-08-12T01:00:00+03:00` → `2026-08-12`). */
export function dayOf(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso) : null;
  return m ? m[1] : undefined;
}

/** One line of plain text, trimmed and bounded. */
export function cleanText(raw: unknown, max = MAX_FIELD): string {
  if (typeof raw !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  const s = raw.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  if (s.length <= max) return s;
  // Never cut a surrogate pair in two.
  const cut = /[\uD800-\uDBFF]/.test(s[max - 1]) ? max - 1 : max;
  return `${s.slice(0, cut)}…`;
}

/**
 * A canonical address worth keeping: a web address on the same site as the page, and not the
 * site's front page (some sites point every article's canonical link at their home page).
 */
export function sameSiteCanonical(canonical: unknown, url: string): string | undefined {
  if (typeof canonical !== 'string' || canonical.length > MAX_URL) return undefined;
  try {
    const c = new URL(canonical, url);
    if (siteOf(c.href) === '' || siteOf(c.href) !== siteOf(url)) return undefined;
    if (c.pathname === '/' && !c.search) return undefined;
    return pageKey(c.href);
  } catch {
    return undefined;
  }
}

const SOURCES: ReadonlySet<DateSource> = new Set(['meta', 'json-ld', 'time', 'byline']);

/**
 * A PageMeta from anything (a message from a content script): every field checked, bounded and
 * completed. `url` is the address the worker knows the page by; it wins over the message's.
 */
export function cleanPageMeta(raw: unknown, url?: string): PageMeta | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const address = pageKey(typeof url === 'string' && url ? url : typeof r.url === 'string' ? r.url : '');
  if (!address || address.length > MAX_URL || !siteOf(address)) return undefined;
  const site = siteOf(address);
  const meta: PageMeta = {
    url: address,
    title: cleanText(r.title),
    outlet: cleanText(r.outlet, 120) || site,
    site,
  };
  const canonical = sameSiteCanonical(r.canonical, address);
  if (canonical) meta.canonical = canonical;
  const author = cleanText(r.author, 160);
  if (author) meta.author = author;
  const published = isoDate(r.publishedAt);
  if (published) {
    meta.publishedAt = published;
    meta.dateSource = SOURCES.has(r.dateSource as DateSource) ? (r.dateSource as DateSource) : 'meta';
  }
  const byline = cleanText(r.byline, 200);
  if (byline && !published) meta.byline = byline;
  return meta;
}
