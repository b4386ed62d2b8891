/**
 * The worker's message handlers, written against small interfaces so they run in unit tests
 * without a browser. `index.ts` binds them to the real extension APIs.
 *
 * The engine runs elsewhere (engine.ts): while one tab's article is analysed the worker answers
 * every other tab. Each tab has at most one analysis that matters, its newest: a newer request
 * cancels an older one, and requests are paced per tab (throttle.ts).
 */
import type {
  ContentPart,
  ContentToBackground,
  Handlers,
  PageInfo,
  PopupToBackground,
  TabAnalysis,
  ToContent,
} from '../shared/messages.js';
import { MAX_TEXT_CHARS } from '../shared/messages.js';
import type { TabCache } from './cache.js';
import { LOST_PART, Uploads } from './uploads.js';
import { isCancelled } from './engine.js';
import type { Engine, EngineResult } from './engine.js';
import { TabThrottle } from './throttle.js';
import type { ReadingLog } from './log/service.js';
import { unpackAnalysis } from '../shared/analysis-pack.js';
import { toolbarPopupPath } from '../shared/popup-url.js';
import { cleanPageMeta } from '../shared/page-meta.js';
import { changePatch, readSiteSettings, siteOf, writeSiteSettings } from '../shared/site-settings.js';
import type { LocalStore, SitePatch } from '../shared/site-settings.js';

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
  /** Where analyses run (engine.ts). */
  engine: Engine;
  /** Paces each tab's analyses (throttle.ts); a default one when not given. */
  throttle?: TabThrottle;
  /** Injects a part of the content script (and, with `main`, the highlight styles) into one frame of a tab. */
  injectContent?(tabId: number, frameId: number, part: ContentPart): Promise<void>;
  /** Shows every quote of a speaker: the popup opened on them where allowed, else a tab. */
  openSpeaker?(tabId: number, entityId: string): Promise<'popup' | 'tab' | 'none'>;
  /** Per-site settings (storage.local), which the worker writes for a page's card (`site-change`). */
  local?: LocalStore;
  /** The reading log (background/log/service.ts): told of every analysis, answers the log's messages. */
  log?: ReadingLog;
}

/** The answer to a request a newer one of the same tab replaced (the page has moved on). */
export const SUPERSEDED = 'A newer analysis of this page replaced this one.';

/**
 * The card's setting changes per tab (`site-change`): a few in a row (a reader correcting two or
 * three names), then one every 10 s. Only the reader's clicks reach the card's menu (ui-host.ts);
 * this bounds what a page that slides the card under those clicks could get.
 */
const SETTINGS_BURST = 3;
const SETTINGS_REFILL_MS = 10_000;
/** Changes of a tab that can still be undone. */
const UNDOS_KEPT = 8;

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
  /** The tab is gone: forget what is held for it. */
  forgetTab(tabId: number): void;
} {
  /** Long texts on their way in parts, one upload per tab (uploads.ts). */
  const uploads = new Uploads();
  /**
   * What a content script may ask for that reaches beyond its page (opening tabs, changing
   * settings) is paced per tab: only the reader's clicks reach the card's buttons (ui-host.ts),
   * and a page that slides the card under the reader's clicks still gets one answer, not many.
   */
  const openPacing = new TabThrottle({ burst: 2, refillMs: 5000, costFactor: 0 });
  const settingsPacing = new TabThrottle({ burst: SETTINGS_BURST, refillMs: SETTINGS_REFILL_MS, costFactor: 0 });
  /** The undo of each tab's last few setting changes, by token (`site-undo`). */
  const undos = new Map<number, Map<string, { site: string; patch: SitePatch }>>();
  let undoTokens = 0;
  const keepUndo = (tabId: number, site: string, patch: SitePatch): string => {
    const token = `u${++undoTokens}`;
    const kept = undos.get(tabId) ?? new Map<string, { site: string; patch: SitePatch }>();
    kept.set(token, { site, patch });
    for (const old of kept.keys()) if (kept.size > UNDOS_KEPT) kept.delete(old);
    undos.set(tabId, kept);
    return token;
  };
  const pace = (t: TabThrottle, tabId: number) => {
    if (t.delay(tabId) > 0) return false;
    t.start(tabId);
    return true;
  };
  const throttle = deps.throttle ?? new TabThrottle();
  /** Each tab's newest analysis request; an older one still waiting or running is superseded. */
  const newest = new Map<number, number>();
  /** Tabs whose text is with the engine now (the request it is for). */
  const underWay = new Map<number, number>();
  let requests = 0;
  /** Analyses started since the worker started (engine-status). */
  let started = 0;

  type Outcome = { ok: true; result: EngineResult } | { ok: false; error: string };
  const superseded = (tabId: number, seq: number) => newest.get(tabId) !== seq;

  /** Runs the engine on a page's text, stores the result for the popup and updates the badge. */
  async function analyzeFor(page: PageInfo, text: string, tabId: number, url: string): Promise<Outcome> {
    const seq = ++requests;
    newest.set(tabId, seq);
    // An older analysis of this tab is not wanted any more.
    deps.engine.cancel(tabId);
    for (let wait = throttle.delay(tabId); wait > 0; wait = throttle.delay(tabId)) {
      await new Promise((r) => setTimeout(r, wait));
      if (superseded(tabId, seq)) return { ok: false, error: SUPERSEDED };
    }
    if (superseded(tabId, seq)) return { ok: false, error: SUPERSEDED };
    throttle.start(tabId);
    started++;
    // The page's own word on its metadata is checked where the engine runs (a byline's date is
    // read by the engine); meanwhile only what needs no engine is kept, and a broken one is dropped.
    const { meta: sent, ...info } = page;
    const checked = cleanPageMeta(sent, url);
    page = checked ? { ...info, meta: checked } : info;
    await deps.cache.set(tabId, url, { state: 'analysing', page });
    const t0 = Date.now();
    underWay.set(tabId, seq);
    try {
      // The engine's side also finds the byline and dateline (engine-job.ts), where the whole analysis is at hand.
      const result = await deps.engine.analyze(tabId, text, { meta: sent, url, title: page.title });
      if (superseded(tabId, seq)) return { ok: false, error: SUPERSEDED };
      page = result.meta ? { ...info, meta: result.meta } : info;
      await deps.cache.set(tabId, url, { state: 'ready', page, text, packed: result.packed, frame: result.frame });
      deps.setBadge(tabId, result.quotes > 0 ? String(result.quotes) : '');
      deps.setPopup(tabId, toolbarPopupPath(tabId));
      // Logged once the answer is on its way: the page never waits for the log.
      const log = deps.log;
      if (log) {
        const logged = page;
        setTimeout(() => {
          const analysis = unpackAnalysis(result.packed, text);
          if (analysis) void log.articleAnalysed(logged, text, analysis).catch(() => undefined);
        }, 0);
      }
      return { ok: true, result };
    } catch (e) {
      if (isCancelled(e) || superseded(tabId, seq)) return { ok: false, error: SUPERSEDED };
      const error = describeError(e);
      await deps.cache.set(tabId, url, { state: 'error', page, error });
      return { ok: false, error };
    } finally {
      if (underWay.get(tabId) === seq) underWay.delete(tabId);
      throttle.end(tabId, Date.now() - t0);
    }
  }
  const content: Handlers<ContentToBackground, Sender> = {
    async 'page-state'({ page }, sender) {
      if (sender.tabId === undefined) return;
      await deps.cache.set(sender.tabId, sender.url ?? page.url, { state: 'not-supported', page });
      deps.setBadge(sender.tabId, '');
      deps.setPopup(sender.tabId, toolbarPopupPath(sender.tabId));
    },
    async 'text-part'({ id, index, count, length, text }, sender) {
      if (sender.tabId === undefined) return { ok: false };
      return { ok: uploads.addPart(sender.tabId, { id, count, length }, index, text) };
    },
    async 'analyze-page'({ page, text, length, parts }, sender) {
      if (sender.tabId === undefined) return { ok: false, error: 'The request did not come from a tab.' };
      let full = text;
      if (parts) {
        const assembled = uploads.complete(sender.tabId, parts, text);
        if (!assembled.ok) return assembled;
        full = assembled.text;
      } else if (typeof text !== 'string' || text.length > MAX_TEXT_CHARS) {
        return { ok: false, error: 'The article text is too long to analyse.' };
      }
      if (full.length !== length) return { ok: false, error: LOST_PART };
      const outcome = await analyzeFor(page, full, sender.tabId, sender.url ?? page.url);
      if (!outcome.ok) return outcome;
      return { ok: true, textLength: outcome.result.textLength, wire: outcome.result.wire };
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
      if (sender.tabId === undefined || !deps.openSpeaker || typeof entityId !== 'string' || !/^[\w-]{1,64}$/.test(entityId)) return { opened: 'none' };
      if (!pace(openPacing, sender.tabId)) return { opened: 'none' };
      return { opened: await deps.openSpeaker(sender.tabId, entityId) };
    },
    async 'site-change'({ change }, sender) {
      // The site is the sending tab's, as the browser reports it: never one the page names.
      const site = siteOf(sender.url ?? '');
      const tabId = sender.tabId;
      if (tabId === undefined || !site || !deps.local) return { ok: false };
      const before = await readSiteSettings(deps.local, site);
      const checked = changePatch(change, before);
      if (!checked || !pace(settingsPacing, tabId)) return { ok: false };
      try {
        const settings = await writeSiteSettings(deps.local, site, checked.patch);
        return { ok: true, undo: keepUndo(tabId, site, checked.undo), settings };
      } catch {
        return { ok: false };
      }
    },
    async 'site-undo'({ undo }, sender) {
      // Not paced: it only puts back what one of the reader's own changes replaced, once.
      const tabId = sender.tabId;
      const kept = tabId === undefined || typeof undo !== 'string' ? undefined : undos.get(tabId)?.get(undo);
      if (tabId === undefined || !kept || !deps.local || siteOf(sender.url ?? '') !== kept.site) return { ok: false };
      undos.get(tabId)?.delete(undo);
      try {
        return { ok: true, settings: await writeSiteSettings(deps.local, kept.site, kept.patch) };
      } catch {
        return { ok: false };
      }
    },
  };
  return {
    content,
    forgetTab(tabId) {
      uploads.drop(tabId);
      newest.delete(tabId);
      underWay.delete(tabId);
      throttle.forget(tabId);
      openPacing.forget(tabId);
      settingsPacing.forget(tabId);
      undos.delete(tabId);
      deps.engine.cancel(tabId);
    },
    popup: {
      async 'log-settings'(change) {
        if (!deps.log) return { enabled: false, paused: false, articles: 0, error: 'The reading log is not available here.' };
        return deps.log.settings(change ?? {});
      },
      async 'log-change'(change) {
        if (!deps.log) return { ok: false, error: 'The reading log is not available here.' };
        return deps.log.change(change);
      },
      async 'engine-status'() {
        return { analysing: [...underWay.keys()], started };
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
