/**
 * The worker's message handlers, written against small interfaces so they run in unit tests
 * without a browser. `index.ts` binds them to the real extension APIs.
 */
import { analyze } from '../engine/index.js';
import type {
  ContentToBackground,
  Handlers,
  PopupToBackground,
  TabAnalysis,
  ToContent,
} from '../shared/messages.js';
import type { TabCache } from './cache.js';

export interface Sender {
  tabId?: number;
  url?: string;
}

export interface WorkerDeps {
  cache: TabCache;
  setBadge(tabId: number, text: string): void;
  tabUrl(tabId: number): Promise<string | undefined>;
  sendToTab<K extends keyof ToContent>(tabId: number, type: K, payload: ToContent[K]['request']): Promise<ToContent[K]['response']>;
  analyze?: typeof analyze;
}

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
  return {
    content: {
      async analyze({ page, text }, sender) {
        if (sender.tabId === undefined) return { ok: false, error: 'The request did not come from a tab.' };
        const url = sender.url ?? page.url;
        await deps.cache.set(sender.tabId, url, { state: 'analysing', page });
        try {
          const analysis = run(text);
          await deps.cache.set(sender.tabId, url, { state: 'ready', page, text, analysis });
          deps.setBadge(sender.tabId, analysis.quotes.length > 0 ? String(analysis.quotes.length) : '');
          return { ok: true, analysis };
        } catch (e) {
          const error = describeError(e);
          await deps.cache.set(sender.tabId, url, { state: 'error', page, error });
          return { ok: false, error };
        }
      },
      async 'page-state'({ page }, sender) {
        if (sender.tabId === undefined) return;
        await deps.cache.set(sender.tabId, sender.url ?? page.url, { state: 'not-supported', page });
        deps.setBadge(sender.tabId, '');
      },
    },
    popup: {
      async 'get-tab-analysis'({ tabId, refresh }) {
        const url = await deps.tabUrl(tabId);
        const cached = await deps.cache.get(tabId, url);
        if (cached && !refresh) return cached;
        // Nothing yet (the page was not detected as an article, or the worker was restarted
        // without session storage): ask the page to analyse itself now.
        try {
          const timeout = new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('The page took too long to answer.')), REFRESH_TIMEOUT_MS),
          );
          await Promise.race([deps.sendToTab(tabId, 'collect', { force: true }), timeout]);
        } catch (e) {
          return { state: 'error', error: describeError(e) } satisfies TabAnalysis;
        }
        return (await deps.cache.get(tabId, url)) ?? { state: 'none' };
      },
    },
  };
}
