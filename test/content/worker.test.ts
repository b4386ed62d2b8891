/**
 * The worker's side of the in-page features (src/background): injecting the content script's
 * stages, the answer the page gets, opening a speaker, the per-site switch.
 */
import { describe, expect, it, vi } from 'vitest';
import { TabCache } from '../../src/background/cache.js';
import { createHandlers } from '../../src/background/handlers.js';
import { inlineEngine } from '../../src/background/engine-inline.js';
import { analyze } from '../../src/engine/index.js';
import type { WorkerDeps } from '../../src/background/handlers.js';
import { readSiteSettings, settingsFromChange, siteKey, siteOf, writeSiteSettings } from '../../src/shared/site-settings.js';
import type { LocalStore } from '../../src/shared/site-settings.js';
import { dispatch } from '../../src/shared/messages.js';
import type { PageAnalysisWire, PageInfo } from '../../src/shared/messages.js';
import { decodePageWire, fromPageWire } from '../../src/shared/page-wire.js';

const page: PageInfo = { url: 'https://www.akhbar.example/a/1', title: 't', site: 'akhbar.example', lang: 'ar', verdict: 'arabic-article', reason: '' };
const TEXT = 'وقال وزير النقل سامي الحداد إن الطريق الجديد سيفتح في الربيع.';

function local(): LocalStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return { data, get: async (k) => (k in data ? { [k]: data[k] } : {}), set: async (items) => void Object.assign(data, items) };
}

function deps() {
  const d = {
    cache: new TabCache(),
    engine: inlineEngine(analyze),
    setBadge: vi.fn(),
    setPopup: vi.fn(),
    tabUrl: async () => page.url,
    sendToTab: vi.fn<(tabId: number, type: string, payload: unknown) => Promise<unknown>>(async () => ({ verdict: 'arabic-article', analysed: true })),
    injectContent: vi.fn<(tabId: number, frameId: number, part: string) => Promise<void>>(async () => undefined),
    openSpeaker: vi.fn(async () => 'tab' as const),
  };
  return d as typeof d & WorkerDeps;
}

describe('worker: in-page messages', () => {
  it('analyze-page caches the full analysis and answers the page with entities and quotes only', async () => {
    const d = deps();
    const h = createHandlers(d);
    const res = (await dispatch(h.content, { type: 'analyze-page', payload: { page, text: TEXT, length: TEXT.length } }, { tabId: 4, url: page.url })) as Record<string, unknown>;
    expect(res.ok).toBe(true);
    expect(Object.keys(res).sort()).toEqual(['ok', 'textLength', 'wire']);
    expect(res.textLength).toBe(TEXT.length);
    // Offsets only; the page rebuilds exactly the worker's spans from its own text.
    expect(res.wire).not.toContain(TEXT.slice(0, 20));
    const full = (await d.cache.get(4, page.url))!.analysis!;
    const rebuilt = decodePageWire(res.wire as string, TEXT)!;
    expect(rebuilt.textLength).toBe(TEXT.length);
    expect(rebuilt.entities).toEqual(full.entities);
    expect(rebuilt.quotes).toEqual(full.quotes);
    const cached = await d.cache.get(4, page.url);
    expect(cached?.state).toBe('ready');
    expect(cached?.analysis?.sentences.length).toBeGreaterThan(0);
    expect(d.setBadge).toHaveBeenCalledWith(4, expect.any(String));
  });

  it('a long text arrives in parts and is analysed whole; a lost part is an error, not a wrong analysis', async () => {
    const d = deps();
    const h = createHandlers(d);
    const ctx = { tabId: 5, url: page.url };
    const [a, b, c] = [TEXT.slice(0, 20), TEXT.slice(20, 40), TEXT.slice(40)];
    const x1 = { id: 'x1', count: 3, length: TEXT.length };
    const part = (header: typeof x1, index: number, text: string, sender: object = ctx) => dispatch(h.content, { type: 'text-part', payload: { ...header, index, text } }, sender);
    const last = (header: typeof x1, text: string) => dispatch(h.content, { type: 'analyze-page', payload: { page, text, length: header.length, parts: header } }, ctx);
    expect(await part(x1, 0, a)).toEqual({ ok: true });
    expect(await part(x1, 1, b)).toEqual({ ok: true });
    const res = (await last(x1, c)) as { ok: boolean; textLength: number };
    expect(res).toMatchObject({ ok: true, textLength: TEXT.length });
    expect((await d.cache.get(5, page.url))?.text).toBe(TEXT);
    // Parts are used once; another tab's parts are not this tab's.
    const x2 = { id: 'x2', count: 2, length: a.length + c.length };
    await part(x2, 0, a, { tabId: 6 });
    expect(await last(x2, c)).toMatchObject({ ok: false });
    expect(await last(x1, c)).toMatchObject({ ok: false });
    expect(await part({ ...x1, id: 'x3' }, -1, a)).toEqual({ ok: false });
    expect(await part({ ...x1, id: 'x3' }, 0, a, {})).toEqual({ ok: false });
    // A whole text of another length than announced is refused.
    expect(await dispatch(h.content, { type: 'analyze-page', payload: { page, text: TEXT, length: TEXT.length + 1 } }, ctx)).toMatchObject({ ok: false });
  });

  it('load-content injects the asked-for part into the sending frame, and only known parts', async () => {
    const d = deps();
    const h = createHandlers(d);
    expect(await dispatch(h.content, { type: 'load-content', payload: { part: 'language' } }, { tabId: 2, frameId: 0 })).toEqual({ ok: true });
    expect(await dispatch(h.content, { type: 'load-content', payload: { part: 'main' } }, { tabId: 2, frameId: 5 })).toEqual({ ok: true });
    expect(d.injectContent.mock.calls).toEqual([
      [2, 0, 'language'],
      [2, 5, 'main'],
    ]);
    expect(await dispatch(h.content, { type: 'load-content', payload: { part: 'other' as never } }, { tabId: 2 })).toMatchObject({ ok: false });
    expect(await dispatch(h.content, { type: 'load-content', payload: { part: 'main' } }, {})).toMatchObject({ ok: false });
    d.injectContent.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    expect(await dispatch(h.content, { type: 'load-content', payload: { part: 'main' } }, { tabId: 3 })).toMatchObject({ ok: false, error: /chrome/ });
  });

  it('open-speaker passes on well-formed entity ids only', async () => {
    const d = deps();
    const h = createHandlers(d);
    expect(await dispatch(h.content, { type: 'open-speaker', payload: { entityId: 'e12' } }, { tabId: 9 })).toEqual({ opened: 'tab' });
    expect(d.openSpeaker).toHaveBeenCalledWith(9, 'e12');
    expect(await dispatch(h.content, { type: 'open-speaker', payload: { entityId: 'e1&tab=3' } }, { tabId: 9 })).toEqual({ opened: 'none' });
    expect(await dispatch(h.content, { type: 'open-speaker', payload: { entityId: 'e1' } }, {})).toEqual({ opened: 'none' });
    expect(d.openSpeaker).toHaveBeenCalledTimes(1);
  });

  it('the popup on a page where nothing listens brings in the full content script, then asks again', async () => {
    const d = deps();
    let injected = false;
    d.sendToTab.mockImplementation(async () => {
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { verdict: 'not-arabic', analysed: false };
    });
    d.injectContent.mockImplementation(async () => void (injected = true));
    const h = createHandlers(d);
    const res = await dispatch(h.popup, { type: 'get-tab-analysis', payload: { tabId: 6 } }, {});
    expect(d.injectContent).toHaveBeenCalledWith(6, 0, 'main');
    expect(d.sendToTab).toHaveBeenCalledTimes(2);
    expect(res).toEqual({ state: 'none' });
  });

  it('where the content script cannot go at all, the popup gets a plain explanation', async () => {
    const d = deps();
    d.sendToTab.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    d.injectContent.mockRejectedValue(new Error('Cannot access contents of the page'));
    const res = await dispatch(createHandlers(d).popup, { type: 'get-tab-analysis', payload: { tabId: 6 } }, {});
    expect(res).toMatchObject({ state: 'error', error: expect.stringMatching(/cannot read this page/) });
  });
});

describe('page wire format', () => {
  it('drops spans that do not fit the text instead of inventing text', () => {
    const wire: PageAnalysisWire = {
      textLength: 5,
      entities: [{ id: 'e1', type: 'person', name: 'س', mentions: [0, 2, 3, 99, 4, 2, 1] }],
      quotes: [
        { id: 'q1', kind: 'direct', spans: [0, 1, 2, 4, 0, 5], speaker: { text: '', type: 'unknown' } },
        { id: 'q2', kind: 'direct', spans: [0, 1, 2, 40, 0, 5], speaker: { text: '', type: 'unknown' } },
      ],
    };
    const a = fromPageWire(wire, 'سامي ');
    expect(a.entities[0].mentions).toEqual([{ start: 0, end: 2, text: 'سا' }]);
    expect(a.quotes.map((q) => q.id)).toEqual(['q1']);
    expect(a.quotes[0].content.text).toBe('مي');
    expect(decodePageWire('{not json', 'x')).toBeNull();
  });
});

describe('per-site highlighting', () => {
  it('site settings keep the switch and the corrections of each site; corrections are taken back one by one', async () => {
    const l = local();
    expect(await readSiteSettings(l, 'akhbar.example')).toEqual({ highlight: true, corrections: {} });
    expect(await writeSiteSettings(l, 'akhbar.example', { highlight: false })).toEqual({ highlight: false, corrections: {} });
    expect(l.data[siteKey('akhbar.example')]).toEqual({ highlight: false, corrections: {} });
    expect(await writeSiteSettings(l, 'akhbar.example', { corrections: { 'وزارة  الصحة ': 'not-a-name', عمان: 'location' } })).toMatchObject({ corrections: { 'وزارة الصحة': 'not-a-name', عمان: 'location' } });
    // Unknown corrections are not stored; null takes one back.
    expect(await writeSiteSettings(l, 'akhbar.example', { corrections: { 'وزارة الصحة': null, x: 'bogus' as never } })).toEqual({ highlight: false, corrections: { عمان: 'location' } });
    expect(await readSiteSettings(l, 'other.example')).toEqual({ highlight: true, corrections: {} });
  });

  it('sites are host names without www; non-web pages have none', () => {
    expect(siteOf('https://WWW.Akhbar.example/x?y#z')).toBe('akhbar.example');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('chrome://extensions')).toBe('');
    expect(siteOf('not a url')).toBe('');
  });

  it('bad or missing stored values fall back to highlighting on', async () => {
    const l = local();
    l.data[siteKey('a.example')] = 'garbage';
    const none = { highlight: true, corrections: {} };
    expect(await readSiteSettings(l, 'a.example')).toEqual(none);
    expect(await readSiteSettings(undefined, 'a.example')).toEqual(none);
    const broken: LocalStore = { get: async () => Promise.reject(new Error('quota')), set: async () => undefined };
    expect(await readSiteSettings(broken, 'a.example')).toEqual(none);
    l.data[siteKey('b.example')] = { highlight: 'yes', corrections: { a: 'person', b: 42, c: 'nonsense' } };
    expect(await readSiteSettings(l, 'b.example')).toEqual({ highlight: true, corrections: { a: 'person' } });
    await writeSiteSettings(l, 'a.example', { highlight: false });
    expect(settingsFromChange({ [siteKey('a.example')]: { newValue: l.data[siteKey('a.example')] } }, 'a.example')).toEqual({ highlight: false, corrections: {} });
    expect(settingsFromChange({ other: { newValue: 1 } }, 'a.example')).toBeUndefined();
  });
});
