/** Article text from an HTML file, the same way the content script reads a page. */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractText } from '../shared/dom-text.js';

export interface HtmlArticle {
  title: string;
  text: string;
}

export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  let title = document.title ?? '';
  try {
    const parsed = new Readability(document as unknown as Document, {
      charThreshold: 250,
      serializer: (el: Node) => el,
    } as ConstructorParameters<typeof Readability>[1]).parse();
    const content = parsed?.content as unknown as Element | null | undefined;
    if (content && typeof content === 'object') {
      const { text } = extractText(content);
      if (text.trim()) return { title: parsed?.title || title, text };
    }
  } catch {
    // Fall back to the body text below.
  }
  const { document: fresh } = parseHTML(html);
  title = fresh.title ?? title;
  const root = fresh.querySelector('article') ?? fresh.querySelector('main') ?? fresh.body ?? fresh.documentElement;
  return { title, text: root ? extractText(root as unknown as Element).text : '' };
}
