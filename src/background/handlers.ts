/**
 * The worker's message handlers, written against small interfaces so they run in unit tests
 * without a browser. `index.ts` binds them to the real extension APIs.
 */
import { analyze } from '../engine/index.js';
import { namesModelReady } from '../engine/models/ner-model.js';
import type {
  AnalyzeResult,
  ContentPart,
  ContentToBackground,
  Handlers,
  PageInfo,
  PopupToBackground,
  TabAnalysis,
  ToContent,
} from '../shared/messages.js';
import type { TabCache } from './cache.js';
import { articleFrame } from '../shared/article-frame.js';
import { encodePageWire } from '../shared/page-wire.js';
import { completePageMeta } from './page-meta.js';
import type { ReadingLog } from './log/service.js';
import { toolbarPopupPath } from '../shared/popup-url.js';

export interface Sender {
  tabId?: number;
  url?: string;
  /** The frame of a content script (0 = top frame). */
  frameId?: number;
}

export interface WorkerDeps {
  cache: TabCache;
  setBadge(tabId: number, text: string): void;
  /** The toolbar popup for the tab (a `popup.html?…` path). */
  setPopup(tabId: number, path: string): void;
  tabUrl(tabId: number): Promise<string | undefined>;
  sendToTab<K extends keyof ToContent>(tabId: number, type: K, payload: ToContent[K]['request']): Promise<ToContent[K]['response']>;
  analyze?: typeof analyze;
  /** Injects a part of the content script (and, with `main`, the highlight styles) into one frame of a tab. */
  injectContent?(tabId: number, frameId: number, part: ContentPart): Promise<void>;
  /** Shows every quote of a speaker: the popup opened on them where allowed, else a tab. */
  openSpeaker?(tabId: number, entityId: string): Promise<'popup' | 'tab' | 'none'>;
  /** The reading log (background/log/service.ts): told of every analysis, answers the log's messages. */
  log?: ReadingLog;
}

/** Limits on a text sent in parts: how many, and how long parts wait for the rest. */
const MAX_PARTS = 200;
const PARTS_TTL_MS = 60_000;

/** How long the popup waits for a page it asked to analyse before showing what it has. */
const REFRESH_TIMEOUT_MS = 20_000;

export function describeError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/Receiving end does not exist|Could not establish connection|No matching message handler/i.test(msg))
    return 'Isnad cannot read this page (browser pages, the web store and PDF files are off limits). Try reloading the page.';
  return `The analysis failed: ${msg}`;
}

export function createHandlers(deps: WorkerDeps): {
  content: Handlers<ContentToBackground, Sender>;
  popup: Handlers<PopupToBackground, Sender>;
} {
  const run = deps.analyze ?? analyze;
  /** Parts of long texts on their way (tab:id → parts), until their `analyze-page` arrives. */
  const textParts = new Map<string, string[]>();
  /** Runs the engine on a page's text, stores the result for the popup and updates the badge. */
  async function analyzeFor(page: PageInfo, text: string, sender: Sender): Promise<AnalyzeResult> {
    if (sender.tabId === undefined) return { ok: false, error: 'The request did not come from a tab.' };
    const url = sender.url ?? page.url;
    // The page's own word on its metadata is checked here; a broken one is dropped.
    const { meta: sent, ...info } = page;
    const meta = completePageMeta(sent, url);
    page = meta ? { ...info, meta } : info;
    await deps.cache.set(sender.tabId, url, { state: 'analysing', page });
    try {
      // The names model file is fetched from the package on the first analysis (ner-model-global.ts).
      await namesModelReady();
      const analysis = run(text, meta?.publishedAt ? { publishedAt: meta.publishedAt } : {});
      // The byline and dateline, found once here, where the whole analysis is at hand; the author
      // the page's metadata names tells a byline from a line that only mentions someone.
      const frame = articleFrame(text, analysis, { title: page.title, author: meta?.author });
      await deps.cache.set(sender.tabId, url, { state: 'ready', page, text, analysis, frame });
      deps.setBadge(sender.tabId, analysis.quotes.length > 0 ? String(analysis.quotes.length) : '');
      deps.setPopup(sender.tabId, toolbarPopupPath(sender.tabId));
      // Logged after the answer is on its way: the page does not wait for the log.
      void deps.log?.articleAnalysed(page, text, analysis).catch(() => undefined);
      return { ok: true, analysis, frame };
    } catch (e) {
      const error = describeError(e);
      await deps.cache.set(sender.tabId, url, { state: 'error', page, error });
      return { ok: false, error };
    }
  }
  const content: Handlers<ContentToBackground, Sender> = {
    async 'page-state'({ page }, sender) {
      if (sender.tabId === undefined) return;
      await deps.cache.set(sender.tabId, sender.url ?? page.url, { state: 'not-supported', page });
      deps.setBadge(sender.tabId, '');
      deps.setPopup(sender.tabId, toolbarPopupPath(sender.tabId));
    },
    async 'text-part'({ id, index, text }, sender) {
      if (sender.tabId === undefined || typeof text !== 'string' || !Number.isInteger(index) || index < 0 || index >= MAX_PARTS) return { ok: false };
      const key = `${sender.tabId}:${id}`;
      const parts = textParts.get(key) ?? [];
      parts[index] = text;
      textParts.set(key, parts);
      // A page that never sends its last part must not keep its text here forever.
      setTimeout(() => textParts.delete(key), PARTS_TTL_MS);
      return { ok: true };
    },
    async 'analyze-page'({ page, text, parts }, sender) {
      let full = text;
      if (parts) {
        const key = `${sender.tabId}:${parts.id}`;
        const earlier = textParts.get(key) ?? [];
        textParts.delete(key);
        if (earlier.length !== parts.count - 1 || earlier.some((p) => typeof p !== 'string')) return { ok: false, error: 'Part of the article text was lost on the way; reload the page.' };
        full = earlier.join('') + text;
      }
      const result = await analyzeFor(page, full, sender);
      if (!result.ok) return result;
      return { ok: true, wire: encodePageWire({ ...result.analysis, frame: result.frame }) };
    },
    async 'load-content'({ part }, sender) {
      if (sender.tabId === undefined || !deps.injectContent || (part !== 'language' && part !== 'main')) return { ok: false, error: 'Cannot inject here.' };
      try {
        await deps.injectContent(sender.tabId, sender.frameId ?? 0, part);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
    async 'open-speaker'({ entityId }, sender) {
      if (sender.tabId === undefined || !deps.openSpeaker || !/^[\w-]{1,64}$/.test(entityId)) return { opened: 'none' };
      return { opened: await deps.openSpeaker(sender.tabId, entityId) };
    },
  };
  return {
    content,
    popup: {
      async 'log-settings'(change) {
        if (!deps.log) return { enabled: false, paused: false, articles: 0, error: 'The reading log is not available here.' };
        return deps.log.settings(change ?? {});
      },
      async 'log-change'(change) {
        if (!deps.log) return { ok: false, error: 'The reading log is not available here.' };
        return deps.log.change(change);
      },
      async 'get-tab-analysis'({ tabId, refresh }) {
        const url = await deps.tabUrl(tabId);
        const cached = await deps.cache.get(tabId, url);
        if (cached && !refresh) return cached;
        // Nothing yet (the page was not detected as an article, or the worker was restarted
        // without session storage): ask the page to analyse itself now.
        const collect = () => {
          const timeout = new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('The page took too long to answer.')), REFRESH_TIMEOUT_MS),
          );
          return Promise.race([deps.sendToTab(tabId, 'collect', { force: true }), timeout]);
        };
        try {
          await collect();
        } catch (e) {
          // On a page that is not Arabic, nothing listens (the always-loaded content script stops
          // after detection): bring in the full content script, then ask again.
          if (!deps.injectContent || !/Receiving end does not exist|Could not establish connection/i.test(e instanceof Error ? e.message : String(e)))
            return { state: 'error', error: describeError(e) } satisfies TabAnalysis;
          try {
            await deps.injectContent(tabId, 0, 'main');
            await collect();
          } catch {
            return { state: 'error', error: describeError(e) } satisfies TabAnalysis;
          }
        }
        return (await deps.cache.get(tabId, url)) ?? { state: 'none' };
      },
    },
  };
}
