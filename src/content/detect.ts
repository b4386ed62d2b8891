/**
 * The content script's first, cheap decision: is this an Arabic page, and is it a news article?
 * Reads a few attributes and a small text sample; never the whole page.
 */
import type { Verdict } from '../shared/messages.js';
import { guessLanguage } from './language.js';

const SAMPLE_CHARS = 3000;
const NON_ARABIC_LANGS = /^(fa|ur|ps|ku|ckb|sd|ug|pa|ks|bal|prs|azb|glk|mzn|lrc|bqi)\b/i;

export interface Detection {
  verdict: Verdict;
  reason: string;
  lang: string;
}

/** Visible-ish text from the start of the body, stopping early: at most `limit` characters. */
export function sampleText(doc: Document, limit = SAMPLE_CHARS): string {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      const p = n.parentElement;
      if (!p) return NodeFilter.FILTER_REJECT;
      const tag = p.tagName;
      return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE'
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    },
  });
  let out = doc.title + ' ';
  let visited = 0;
  while (out.length < limit && visited < 2000) {
    const n = walker.nextNode();
    if (!n) break;
    visited++;
    const t = (n as Text).data;
    if (t.trim()) out += t + ' ';
  }
  return out.slice(0, limit);
}

/** Signals that the page is a single news article rather than a home page, shop or wiki. */
export function articleSignals(doc: Document): string[] {
  const signals: string[] = [];
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
  if (/article/i.test(meta('meta[property="og:type"]'))) signals.push('og:type article');
  if (meta('meta[property="article:published_time"], meta[name="pubdate"], meta[name="publish-date"], meta[itemprop="datePublished"]'))
    signals.push('publication date');
  if (meta('meta[name="author"], meta[property="article:author"]')) signals.push('byline');
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    if (/"@type"\s*:\s*"(News|Reportage|Analysis|Opinion|Report)?Article"/i.test(s.textContent ?? '')) {
      signals.push('JSON-LD article');
      break;
    }
  }
  if (doc.querySelector('article')) signals.push('<article>');
  return signals;
}

export function detectPage(doc: Document): Detection {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim();
  if (NON_ARABIC_LANGS.test(lang)) return { verdict: 'not-arabic', reason: `The page declares language "${lang}".`, lang };
  // A page declaring a Latin-script language with no Arabic letters in its title: stop here.
  if (lang && !/^ar\b/i.test(lang) && !/[\u0600-\u06ff]/.test(doc.title)) {
    const quick = guessLanguage(sampleText(doc, 400));
    if (quick.guess !== 'arabic') return { verdict: 'not-arabic', reason: `The page is in "${lang}".`, lang };
  }
  const evidence = guessLanguage(sampleText(doc));
  if (evidence.guess === 'too-little-text') return { verdict: 'no-text', reason: 'The page has almost no text.', lang };
  if (evidence.guess === 'not-arabic-script') return { verdict: 'not-arabic', reason: 'The page is not written in Arabic script.', lang };
  if (evidence.guess === 'other-arabic-script')
    return { verdict: 'not-arabic', reason: 'The page uses Arabic script but reads as Persian, Urdu or another language.', lang };
  const signals = articleSignals(doc);
  if (signals.length > 0) return { verdict: 'arabic-article', reason: `Arabic news article (${signals.join(', ')}).`, lang };
  return { verdict: 'arabic-page', reason: 'Arabic page, but not shaped like a news article.', lang };
}
