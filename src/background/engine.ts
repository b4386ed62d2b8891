/**
 * The engine as the worker sees it: a service that analyses a tab's text somewhere else and
 * answers later, so the worker's own event loop stays free for every other tab (a 1 MB article
 * kept it busy for 5–9 s). Where it runs is chosen in index.ts: in Chrome, Web Workers started by
 * an offscreen document (a service worker cannot start a Worker; offscreen-engine.ts and
 * offscreen.ts); in Firefox, Web Workers started by the background page itself; in unit tests,
 * in-process (engine-inline.ts). The pool of Web Workers is engine-pool.ts; what one job does,
 * wherever it runs, is engine-job.ts.
 *
 * What comes back is what the worker needs and no more: the page's share as offsets
 * (`wire`), the analysis packed for storage (`packed`, offsets instead of copies of the text), the
 * article's byline and dateline (`frame`) and the number of quotes for the badge. The worker never holds the full Analysis object except to
 * answer the popup.
 */
import type { PackedAnalysis } from '../shared/analysis-pack.js';
import type { ArticleFrame } from '../shared/article-frame.js';
import type { PageMeta } from '../shared/page-meta.js';

export interface EngineResult {
  textLength: number;
  quotes: number;
  /** JSON of the page's share (shared/page-wire.ts). */
  wire: string;
  packed: PackedAnalysis;
  /** The page's metadata as sent, checked and completed (a byline's date read by the engine). */
  meta?: PageMeta;
  /** The article's byline and dateline (shared/article-frame.ts), also inside `wire`. */
  frame: ArticleFrame;
}

/** What the page said of itself, for the engine to check and use (the publication date). */
export interface JobPage {
  meta?: unknown;
  url?: string;
  /** The page's title: a headline line is never a byline. */
  title?: string;
}

export interface Engine {
  /** Analyses a tab's text. Rejects with an Error whose message is `CANCELLED` when cancelled. */
  analyze(tabId: number, text: string, page?: JobPage): Promise<EngineResult>;
  /** The tab's analyses still waiting or running are not wanted any more. */
  cancel(tabId: number): void;
}

export const CANCELLED = 'cancelled';

export const isCancelled = (e: unknown): boolean => e instanceof Error && e.message === CANCELLED;
