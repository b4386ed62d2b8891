/** A verdict on a page, with its reason in plain words (the popup shows it). */
import type { Verdict } from '../../shared/messages.js';
import type { ArticleSignals } from './article-signals.js';

export interface Detection {
  verdict: Verdict;
  /** Plain-language explanation for the popup. */
  reason: string;
  lang: string;
  /** Only computed on Arabic pages. */
  signals?: ArticleSignals;
}
