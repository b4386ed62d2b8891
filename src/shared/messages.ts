/**
 * The one typed message map. Each direction has its own map of message name →
 * {request, response}; `send*` and `listen*` helpers make a wrong payload a type error.
 *
 * Flow: content script → worker (analyse this page), popup → worker (what do you have for this
 * tab), popup/worker → content script (collect now, show this span in the page).
 */
import type { Analysis, EntityType, QuoteKind, Speaker } from '../engine/types.js';
import type { ArticleFrame } from './article-frame.js';
import type { PageMeta } from './page-meta.js';
import type { LogChange, LogChangeResult, LogStatus } from './log/status.js';
import type { SiteChange, SiteSettings } from './site-settings.js';

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
  /**
   * What the page says about itself (outlet, author, publication date), sent with an analysis
   * request; the worker checks and completes it before storing it with the tab's analysis.
   */
  meta?: PageMeta;
}

export type TabState = 'none' | 'analysing' | 'ready' | 'not-supported' | 'error';

/** Everything the worker knows about one tab; the popup renders exactly this. */
export interface TabAnalysis {
  state: TabState;
  page?: PageInfo;
  /** The article text the analysis offsets point into. */
  text?: string;
  analysis?: Analysis;
  /** The article's byline and dateline (shared/article-frame.ts): not people and places it is about. */
  frame?: ArticleFrame;
  /** Plain-language error for the user. */
  error?: string;
}

/** The parts of the content script the worker injects on demand. */
export type ContentPart = 'language' | 'main';

/**
 * What the page itself needs of an analysis (highlights, hover cards), as offsets only: the page
 * has the text and rebuilds every span's text from it (src/shared/page-wire.ts). It travels
 * as one JSON string: a string crosses the messaging layer as a block, where thousands of small
 * objects cost the page's main thread a long deserialization (measured in Firefox: ~60 ms for a
 * 100,000-word article as objects).
 */
export interface PageAnalysisWire {
  textLength: number;
  entities: { id: string; type: EntityType; name: string; role?: string; /** [start, end, start, end, …] */ mentions: number[] }[];
  quotes: {
    id: string;
    kind: QuoteKind;
    /** [cue start, cue end, content start, content end, sentence start, sentence end] */
    spans: number[];
    /** The speaker's text is left out when its span is given (the page has the text). */
    speaker: Omit<Speaker, 'text'> & { text?: string };
  }[];
  frame?: ArticleFrame;
}

/**
 * The worker's answer to `analyze-page`. `textLength` is the length of the text it analysed: the
 * page marks nothing unless it is the length of the text it sent (a text that lost a part on the
 * way would shift every offset onto the wrong words).
 */
export type PageAnalyzeResult = { ok: true; textLength: number; /** JSON of a PageAnalysisWire */ wire: string } | { ok: false; error: string };

/** The longest text the worker analyses (the engine's own limit); a page sends at most this much. */
export const MAX_TEXT_CHARS = 2_000_000;

/** Which upload a part belongs to: its id, how many parts (the last included) and the whole text's length. */
export interface UploadHeader {
  id: string;
  count: number;
  length: number;
}

export interface ContentToBackground {
  /** The page is not something we analyse; remember why for the popup. */
  'page-state': { request: { page: PageInfo }; response: void };
  /**
   * The page's article text, for analysis (the worker caches it for the popup and updates the
   * badge); the answer holds only what the page shows: entities and quotes, by offset.
   */
  'analyze-page': {
    request: {
      page: PageInfo;
      /** The text, or its last part when `parts` is given. */
      text: string;
      /** Length of the whole text (every part): the worker analyses nothing of another length. */
      length: number;
      /**
       * A long text comes in parts (`text-part` messages, then this one with the last part):
       * sending it whole is one long task on the page's main thread (measured: ~22 ms for
       * 600,000 characters in Chromium).
       */
      parts?: UploadHeader;
    };
    response: PageAnalyzeResult;
  };
  /** One part (not the last) of a long article text; see `analyze-page` and background/uploads.ts. */
  'text-part': { request: UploadHeader & { index: number; text: string }; response: { ok: boolean } };
  /**
   * The content script's next stage, injected into the sending frame: `language` (the text
   * sample, for pages whose lang attribute or title may be Arabic) or `main` (everything else,
   * with the highlight styles, for Arabic pages).
   */
  'load-content': { request: { part: ContentPart }; response: { ok: boolean; error?: string } };
  /** Hover card: show everything this speaker said (the popup opened on them, else a tab). Paced per tab by the worker. */
  'open-speaker': { request: { entityId: string }; response: { opened: 'popup' | 'tab' | 'none' } };
  /**
   * Hover card's menu: stop marking names on the sending tab's site, or correct a name there («not
   * a name», another type). The worker writes the setting for the site the browser says the tab
   * is on, paced per tab; `undo` names the way back (`site-undo`), `settings` are the site's now.
   */
  'site-change': { request: { change: SiteChange }; response: { ok: boolean; undo?: string; settings?: SiteSettings } };
  /** Hover card: takes back one of this tab's recent `site-change`s (what was there before comes back). */
  'site-undo': { request: { undo: string }; response: { ok: boolean; settings?: SiteSettings } };
}

export interface PopupToBackground {
  /** The cached analysis of a tab; with `refresh`, asks the tab's content script to analyse now. */
  'get-tab-analysis': { request: { tabId: number; refresh?: boolean }; response: TabAnalysis };
  /** The reading log: switch it on, pause or resume it; answers its status (shared/log/status.ts). */
  'log-settings': { request: { enabled?: boolean; paused?: boolean }; response: LogStatus };
  /** A change to the reading log from the log page (delete, clear, import, merge, split). */
  'log-change': { request: LogChange; response: LogChangeResult };
  /** Tabs whose analysis is running now, and how many were started since the worker started (tests, benchmarks); changes nothing. */
  'engine-status': { request: Record<string, never>; response: { analysing: number[]; started: number } };
}

export interface ToContent {
  /** Collect the article and analyse it even if the page was not detected as an article. */
  collect: { request: { force: boolean }; response: { verdict: Verdict; analysed: boolean } };
  /** Scroll to and flash a span of the analysed text. */
  'show-in-page': { request: { start: number; end: number }; response: { ok: boolean } };
  /**
   * What the full content script did on this page (tests, debugging). Only answered where it
   * runs: on a page that is not Arabic nothing of the extension listens.
   */
  'page-status': { request: Record<string, never>; response: PageStatus };
  /** Keyboard: open the hover card of the next (or previous) highlighted name and focus it. */
  'focus-next-mention': { request: { backwards?: boolean }; response: { ok: boolean } };
}

export interface PageStatus {
  url: string;
  verdict: Verdict;
  reason: string;
  /** Highlighting enabled for this site. */
  highlighting: boolean;
  /** Names currently highlighted (ranges registered; on very long pages only those near the viewport). */
  highlighted: number;
  /** Names of the analysis found in the live page (ranges), highlighted or not. */
  mapped: number;
  /** Set once the current page is analysed and its names marked (where marking is on). */
  analysed: boolean;
}

/** Any map of message name → {request, response}. */
export type MessageMap<M> = { [K in keyof M]: { request: unknown; response: unknown } };

export type Handlers<M extends MessageMap<M>, Ctx> = {
  [K in keyof M]?: (payload: M[K]['request'], ctx: Ctx) => Promise<M[K]['response']> | M[K]['response'];
};

function isEnvelope(message: unknown): message is { type: string; payload: unknown } {
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
