/**
 * The article's text, mapped back to the live page. Readability works on a clone (it rewrites the
 * DOM it reads), so before parsing we pair every text node of the clone with its live twin; the
 * text nodes Readability keeps are then translated back, and the page itself is never touched.
 *
 * Main-thread cost: cloning and Readability's parse are one task each and cannot be cut; every
 * other step is time-sliced. Very large pages (a 100,000-word article) skip the clone and
 * Readability, whose single tasks would grow with the page, and read the article's container
 * directly, in slices.
 */
import { Readability } from '@mozilla/readability';
import { extractTextSliced } from '../../shared/dom-text.js';
import type { ExtractedText } from '../../shared/dom-text.js';
import { Slicer } from './scheduler.js';

export interface Article extends ExtractedText<Text> {
  title: string;
  /** How the text was found: Readability, or the page's main text container (large pages, fallback). */
  source: 'readability' | 'container';
}

/**
 * Pages beyond either limit are "large": Readability's one-task parse would block too long.
 * Element counts are native and cheap; the page's text length is not (it builds the string).
 */
const LARGE_PAGE_ELEMENTS = 6000;
export const LARGE_PAGE_PARAGRAPHS = 600;

export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS || doc.getElementsByTagName('p').length > LARGE_PAGE_PARAGRAPHS;
}

/** Clone text node → live text node, by walking both trees in step. */
async function pairTextNodes(live: Node, clone: Node, slicer: Slicer): Promise<Map<Text, Text>> {
  const pairs = new Map<Text, Text>();
  const liveDoc = live.ownerDocument ?? (live as Document);
  const cloneDoc = clone.ownerDocument ?? (clone as Document);
  const a = liveDoc.createTreeWalker(live, 4 /* SHOW_TEXT */);
  const b = cloneDoc.createTreeWalker(clone, 4 /* SHOW_TEXT */);
  for (let i = 1; ; i++) {
    const x = a.nextNode();
    const y = b.nextNode();
    if (!x || !y) break;
    pairs.set(y as Text, x as Text);
    if ((i & 255) === 0) await slicer.maybePause();
  }
  return pairs;
}

const CONTAINERS = ['[itemprop="articleBody"]', '[itemprop="articlebody"]', 'article', '[role="main"]', 'main'];

/**
 * The element holding the article's running text, without Readability: a marked-up article body,
 * else the element whose paragraphs hold the most text.
 */
async function mainContainer(doc: Document, slicer: Slicer): Promise<Element> {
  for (const sel of CONTAINERS) {
    const all = doc.querySelectorAll(sel);
    if (all.length === 1) return all[0];
  }
  const score = new Map<Element, number>();
  const ps = doc.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const parent = ps[i].parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + (ps[i].textContent?.length ?? 0));
    if ((i & 63) === 0) await slicer.maybePause();
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return best ?? doc.body ?? doc.documentElement;
}

async function viaReadability(doc: Document, slicer: Slicer, signal?: AbortSignal): Promise<Article | null> {
  const clone = doc.cloneNode(true) as Document;
  await slicer.pause();
  const pairs = await pairTextNodes(doc, clone, slicer);
  await slicer.pause();
  const parsed = new Readability(clone, {
    charThreshold: 250,
    // Hand back the element itself, not HTML: its text nodes are still the clone's.
    serializer: (el: Node) => el,
  } as ConstructorParameters<typeof Readability>[1]).parse();
  await slicer.pause();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!content || typeof content !== 'object') return null;
  const extracted = await extractTextSliced(content, (n) => pairs.get(n) ?? null, slicer.shouldPause, slicer.pause, signal);
  if (!extracted.text.trim()) return null;
  return { ...extracted, title: parsed?.title || doc.title, source: 'readability' };
}

async function viaContainer(doc: Document, slicer: Slicer, signal?: AbortSignal): Promise<Article> {
  const root = await mainContainer(doc, slicer);
  const extracted = await extractTextSliced(root, (n: Text) => n, slicer.shouldPause, slicer.pause, signal);
  return { ...extracted, title: doc.title, source: 'container' };
}

/** The article of `doc`, time-sliced; rejects with an AbortError when `signal` aborts. */
export async function extractArticle(doc: Document, signal?: AbortSignal): Promise<Article> {
  const slicer = new Slicer(undefined, signal);
  const large = isLargePage(doc);
  await slicer.pause();
  if (!large) {
    try {
      const article = await viaReadability(doc, slicer, signal);
      if (article) return article;
    } catch (e) {
      if (signal?.aborted) throw e;
      // Readability can fail on hostile markup; the container text below is always available.
    }
  }
  return viaContainer(doc, slicer, signal);
}
