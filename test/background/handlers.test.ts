import { describe, expect, it, vi } from 'vitest';
import { parseParams } from '../../src/shared/popup-url.js';
import { TabCache, pageKey } from '../../src/background/cache.js';
import type { SessionStore } from '../../src/background/cache.js';
import { createHandlers, describeError } from '../../src/background/handlers.js';
import type { WorkerDeps } from '../../src/background/handlers.js';
import { dispatch } from '../../src/shared/messages.js';
import { inlineEngine } from '../../src/background/engine-inline.js';
import { analyze } from '../../src/engine/index.js';
import { readStored, samePage } from '../../src/shared/analysis-store.js';
import type { PageInfo } from '../../src/shared/messages.js';

const page: PageInfo = { url: 'https://news.example/a', title: 't', site: 'news.example', lang: 'ar', verdict: 'arabic-article', reason: '' };
const ARTICLE = 'وقال الوزير إن الحكومة ستدفع 5 ملايين دولار.';

function memoryStore(): SessionStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(k) {
      return k in data ? { [k]: structuredClone(data[k]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(k) {
      delete data[k];
    },
  };
}

function deps(overrides: Partial<WorkerDeps> = {}): WorkerDeps & { badges: Map<number, string>; popups: Map<number, string> } {
  const badges = new Map<number, string>();
  const popups = new Map<number, string>();
  return {
    badges,
    popups,
    cache: new TabCache(memoryStore()),
    engine: inlineEngine(analyze),
    setBadge: (id, text) => badges.set(id, text),
    setPopup: (id, path) => popups.set(id, path),
    tabUrl: async () => page.url,
    sendToTab: vi.fn(async () => ({ verdict: 'arabic-article', analysed: true })) as WorkerDeps['sendToTab'],
    ...overrides,
  };
}

describe('worker handlers', () => {
  it('analyses a page from a content script, caches it and sets the badge', async () => {
    const d = deps();
    const h = createHandlers(d);
    const res = await dispatch(h.content, { type: 'analyze-page', payload: { page, text: ARTICLE, length: ARTICLE.length } }, { tabId: 7, url: page.url });
    expect(res).toMatchObject({ ok: true });
    const cached = await d.cache.get(7, page.url);
    expect(cached?.state).toBe('ready');
    expect(cached?.text).toBe(ARTICLE);
    expect(d.badges.get(7)).toBe(String(cached!.analysis!.quotes.length));
    // The toolbar popup names the tab, so it can read the stored analysis without asking which.
    expect(parseParams(new URL(d.popups.get(7)!, 'chrome-extension://x/').search)).toMatchObject({ tab: 7, toolbar: true });
    // The popup gets the cached analysis without asking the page again.
    const forPopup = await dispatch(h.popup, { type: 'get-tab-analysis', payload: { tabId: 7 } }, {});
    expect(forPopup).toEqual(cached);
    expect(d.sendToTab).not.toHaveBeenCalled();
  });

  it('asks the page to analyse itself when nothing is cached', async () => {
    const d = deps();
    const h = createHandlers(d);
    (d.sendToTab as ReturnType<typeof vi.fn>).mockImplementation(async () => {
      await dispatch(h.content, { type: 'analyze-page', payload: { page, text: ARTICLE, length: ARTICLE.length } }, { tabId: 3, url: page.url });
      return { verdict: 'arabic-article', analysed: true };
    });
    const res = await dispatch(h.popup, { type: 'get-tab-analysis', payload: { tabId: 3 } }, {});
    expect(d.sendToTab).toHaveBeenCalledWith(3, 'collect', { force: true });
    expect(res).toMatchObject({ state: 'ready' });
  });

  it('does not serve an analysis of another URL in the same tab', async () => {
    const d = deps({ tabUrl: async () => 'https://news.example/b' });
    const h = createHandlers(d);
    await dispatch(h.content, { type: 'analyze-page', payload: { page, text: ARTICLE, length: ARTICLE.length } }, { tabId: 1, url: page.url });
    (d.sendToTab as ReturnType<typeof vi.fn>).mockResolvedValue({ verdict: 'not-arabic', analysed: false });
    const res = await dispatch(h.popup, { type: 'get-tab-analysis', payload: { tabId: 1 } }, {});
    expect(res).toEqual({ state: 'none' });
  });

  it('turns an engine failure and an unreachable tab into plain words', async () => {
    const d = deps({
      engine: inlineEngine(() => {
        throw new Error('boom');
      }),
      sendToTab: (async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }) as WorkerDeps['sendToTab'],
    });
    const h = createHandlers(d);
    const res = await dispatch(h.content, { type: 'analyze-page', payload: { page, text: 'x', length: 1 } }, { tabId: 2, url: page.url });
    expect(res).toEqual({ ok: false, error: 'The analysis failed: boom' });
    const popup = (await dispatch(h.popup, { type: 'get-tab-analysis', payload: { tabId: 9 } }, {})) as { state: string; error: string };
    expect(popup.state).toBe('error');
    expect(popup.error).toMatch(/cannot read this page/);
  });

  it('ignores messages it does not handle', () => {
    const h = createHandlers(deps());
    expect(dispatch(h.content, { type: 'nope', payload: {} }, {})).toBeUndefined();
    expect(dispatch(h.content, 'garbage', {})).toBeUndefined();
    expect(dispatch(h.content, null, {})).toBeUndefined();
  });

  it('records pages that are not supported without a badge', async () => {
    const d = deps();
    const h = createHandlers(d);
    await dispatch(h.content, { type: 'page-state', payload: { page: { ...page, verdict: 'not-arabic' } } }, { tabId: 5, url: page.url });
    expect((await d.cache.get(5))?.state).toBe('not-supported');
    expect(d.badges.get(5)).toBe('');
  });
});

describe('TabCache', () => {
  it('survives a worker restart through session storage', async () => {
    const store = memoryStore();
    await new TabCache(store).set(4, page.url, { state: 'ready', page, text: 'x' });
    const fresh = new TabCache(store);
    expect((await fresh.get(4, page.url))?.state).toBe('ready');
    await fresh.delete(4);
    expect(await new TabCache(store).get(4)).toBeUndefined();
  });

  it('leaves no older analysis in session storage once a new one is under way or too large', async () => {
    // The popup reads the mirror without asking the worker, so a stale entry would be shown.
    const store = memoryStore();
    const cache = new TabCache(store);
    await cache.set(4, page.url, { state: 'ready', page, text: 'old' });
    await cache.set(4, page.url, { state: 'analysing', page });
    expect(await readStored(store, 4)).toBeUndefined();
    await cache.set(4, page.url, { state: 'ready', page, text: 'old' });
    store.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await cache.set(4, page.url, { state: 'ready', page, text: 'new' });
    expect(await readStored(store, 4)).toBeUndefined();
    expect((await cache.get(4, page.url)) as { text?: string }).toMatchObject({ text: 'new' });
  });

  it('reads what the worker stored, as the popup does, and nothing from a broken store', async () => {
    const store = memoryStore();
    await new TabCache(store).set(9, page.url, { state: 'not-supported', page });
    const stored = await readStored(store, 9);
    expect(stored?.url).toBe(page.url);
    expect(stored?.value.state).toBe('not-supported');
    expect(samePage(stored!.url, `${page.url}#:~:text=x`)).toBe(true);
    expect(samePage(stored!.url, `${page.url}?page=2`)).toBe(false);
    store.data['tab:10'] = { value: 'not an entry' };
    expect(await readStored(store, 10)).toBeUndefined();
    const broken: SessionStore = { ...store, get: async () => Promise.reject(new Error('no session storage')) };
    expect(await readStored(broken, 9)).toBeUndefined();
  });

  it('treats URLs that differ only by fragment as the same page', () => {
    expect(pageKey('https://a.example/x#:~:text=foo')).toBe('https://a.example/x');
  });

  it('describes unknown errors without hiding them', () => {
    expect(describeError(new Error('x'))).toBe('The analysis failed: x');
  });
});
