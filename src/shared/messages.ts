/**
 * The one typed message map. Each direction has its own map of message name →
 * {request, response}; `send*` and `listen*` helpers make a wrong payload a type error.
 *
 * Flow: content script → worker (analyse this page), popup → worker (what do you have for this
 * tab), popup/worker → content script (collect now, show this span in the page).
 */
import type { Analysis } from '../engine/types.js';

/** What the content script concluded about the page. */
export type Verdict = 'arabic-article' | 'arabic-page' | 'not-arabic' | 'no-text';

export interface PageInfo {
  url: string;
  title: string;
  site: string;
  lang: string;
  verdict: Verdict;
  /** Why the verdict was reached, in plain words (for the popup and debugging). */
  reason: string;
}

export type TabState = 'none' | 'analysing' | 'ready' | 'not-supported' | 'error';

/** Everything the worker knows about one tab; the popup renders exactly this. */
export interface TabAnalysis {
  state: TabState;
  page?: PageInfo;
  /** The article text the analysis offsets point into. */
  text?: string;
  analysis?: Analysis;
  /** Plain-language error for the user. */
  error?: string;
}

export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; error: string };

export interface ContentToBackground {
  /** The page's article text, for analysis; the answer also updates the badge and the cache. */
  analyze: { request: { page: PageInfo; text: string }; response: AnalyzeResult };
  /** The page is not something we analyse; remember why for the popup. */
  'page-state': { request: { page: PageInfo }; response: void };
}

export interface PopupToBackground {
  /** The cached analysis of a tab; with `refresh`, asks the tab's content script to analyse now. */
  'get-tab-analysis': { request: { tabId: number; refresh?: boolean }; response: TabAnalysis };
}

export interface ToContent {
  /** Collect the article and analyse it even if the page was not detected as an article. */
  collect: { request: { force: boolean }; response: { verdict: Verdict; analysed: boolean } };
  /** Scroll to and flash a span of the analysed text. */
  'show-in-page': { request: { start: number; end: number }; response: { ok: boolean } };
}

/** Any map of message name → {request, response}. */
export type MessageMap<M> = { [K in keyof M]: { request: unknown; response: unknown } };

export interface Envelope<M extends MessageMap<M>, K extends keyof M = keyof M> {
  type: K;
  payload: M[K]['request'];
}

export type Handlers<M extends MessageMap<M>, Ctx> = {
  [K in keyof M]?: (payload: M[K]['request'], ctx: Ctx) => Promise<M[K]['response']> | M[K]['response'];
};

export function isEnvelope(message: unknown): message is { type: string; payload: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

/**
 * Dispatches a raw runtime message to a typed handler. Returns undefined for messages this side
 * does not handle, so other listeners can answer them.
 */
export function dispatch<M extends MessageMap<M>, Ctx>(
  handlers: Handlers<M, Ctx>,
  message: unknown,
  ctx: Ctx,
): Promise<unknown> | undefined {
  if (!isEnvelope(message)) return undefined;
  const handler = (handlers as Record<string, ((p: unknown, c: Ctx) => unknown) | undefined>)[message.type];
  if (!handler) return undefined;
  return Promise.resolve().then(() => handler(message.payload, ctx));
}
