/**
 * The full verdict on a page: its language first (cheap, `language-verdict.ts`), then, on Arabic pages
 * only, whether it is a single news article (`article-signals.ts`).
 */
import { articleSignals } from './article-signals.js';
import { detectLanguage } from './language-verdict.js';
import type { Detection } from './language-verdict.js';

/** The full verdict: language first (cheap), then, on Arabic pages only, the article signals. */
export function detectPage(doc: Document): Detection {
  const language = detectLanguage(doc);
  if (language.verdict !== 'arabic-page') return language;
  const signals = articleSignals(doc);
  if (signals.isArticle)
    return { verdict: 'arabic-article', reason: `Arabic news article (${signals.evidence.join(', ')}).`, lang: language.lang, signals };
  return {
    verdict: 'arabic-page',
    reason: `Arabic page, but not shaped like a single news article${signals.evidence.length ? ` (only ${signals.evidence.join(', ')})` : ''}.`,
    lang: language.lang,
    signals,
  };
}
