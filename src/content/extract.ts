/**
 * The article's text, mapped back to the live page. Readability works on a clone (it rewrites the
 * DOM it reads), so before parsing we pair every text node of the clone with its live twin; the
 * text nodes Readability keeps are then translated back, and the page itself is never touched.
 */
import { Readability } from '@mozilla/readability';
import { extractText } from '../shared/dom-text.js';
import type { ExtractedText } from '../shared/dom-text.js';

export interface Article extends ExtractedText<Text> {
  title: string;
  source: 'readability' | 'body';
}

function pairTextNodes(live: Node, clone: Node): Map<Text, Text> {
  const pairs = new Map<Text, Text>();
  const a = document.createTreeWalker(live, NodeFilter.SHOW_TEXT);
  const b = (clone.ownerDocument ?? (clone as Document)).createTreeWalker(clone, NodeFilter.SHOW_TEXT);
  for (;;) {
    const x = a.nextNode();
    const y = b.nextNode();
    if (!x || !y) break;
    pairs.set(y as Text, x as Text);
  }
  return pairs;
}

export function extractArticle(doc: Document): Article {
  try {
    const clone = doc.cloneNode(true) as Document;
    const pairs = pairTextNodes(doc, clone);
    const parsed = new Readability(clone, {
      charThreshold: 250,
      // Hand back the element itself, not HTML: its text nodes are still the clone's.
      serializer: (el: Node) => el,
    } as ConstructorParameters<typeof Readability>[1]).parse();
    const content = parsed?.content as unknown as Element | null | undefined;
    if (content && typeof content === 'object') {
      const extracted = extractText(content, (n) => pairs.get(n) ?? null);
      if (extracted.text.length > 0) return { ...extracted, title: parsed?.title || doc.title, source: 'readability' };
    }
  } catch {
    // Readability can fail on hostile markup; the body text below is always available.
  }
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  return { ...extractText(root), title: doc.title, source: 'body' };
}
