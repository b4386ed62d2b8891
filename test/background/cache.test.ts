/**
 * Storage bounds (background/cache.ts, shared/analysis-pack.ts): analyses are stored as offsets,
 * session storage stays under Chrome's 10 MB with twenty 300,000-character articles open, the
 * least recently used tabs go first, and the tab in use can always be read by its popup.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import type { Analysis } from '../../src/engine/types.js';
import { INDEX_KEY, MEMORY_BUDGET_BYTES, SESSION_QUOTA_BYTES, STORE_BUDGET_BYTES, TabCache, entryBytes, utf8Bytes } from '../../src/background/cache.js';
import type { SessionStore } from '../../src/background/cache.js';
import { packAnalysis, unpackAnalysis } from '../../src/shared/analysis-pack.js';
import { readStored, storeKey, toRecord } from '../../src/shared/analysis-store.js';
import type { PageInfo } from '../../src/shared/messages.js';
import { articleText } from '../fixtures/pages/hostile.js';

const page: PageInfo = { url: 'https://news.example/a', title: 't', site: 'news.example', lang: 'ar', verdict: 'arabic-article', reason: '' };

/**
 * What Chrome counts for a stored value: the memory it estimates, a string by its UTF-8 length
 * and every object or array with an overhead per entry (measured in Chromium 156: 20,000 objects
 * of three small numbers counted 4,480,000 bytes, 224 each; the same as one JSON string, 697,784).
 */
function chromeBytes(v: unknown): number {
  if (typeof v === 'string') return utf8Bytes(v);
  if (v === null || typeof v !== 'object') return 8;
  const entries = Array.isArray(v) ? v.map((x) => ['', x] as const) : Object.entries(v);
  return 64 + entries.reduce((n, [k, x]) => n + utf8Bytes(k) + 48 + chromeBytes(x), 0);
}

/** Session storage as Chrome counts it (chromeBytes of every key and value), refused past the quota. */
function quotaStore(quota = SESSION_QUOTA_BYTES) {
  const data = new Map<string, unknown>();
  let peak = 0;
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + chromeBytes(v), 0);
  const store: SessionStore = {
    async get(k) {
      return data.has(k) ? { [k]: structuredClone(data.get(k)) } : {};
    },
    async set(items) {
      const next = new Map(data);
      for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
      const size = [...next].reduce((n, [k, v]) => n + k.length + chromeBytes(v), 0);
      if (size > quota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      for (const [k, v] of next) data.set(k, v);
      peak = Math.max(peak, size);
    },
    async remove(k) {
      data.delete(k);
    },
  };
  return { store, data, used, peak: () => peak };
}

describe('packed analyses', () => {
  it('come back exactly as the engine made them, without the copies of the text', () => {
    const text = articleText(20_000, 3);
    const a = analyze(text);
    const packed = packAnalysis(a, text);
    expect(unpackAnalysis(JSON.parse(JSON.stringify(packed)), text)).toEqual(a);
    // Key order too: the JSON export writes the Analysis as it is.
    expect(JSON.stringify(unpackAnalysis(packed, text))).toBe(JSON.stringify(a));
    const full = utf8Bytes(JSON.stringify(a));
    const small = utf8Bytes(JSON.stringify(packed));
    console.log(`20,000 characters: analysis ${full} bytes as JSON, packed ${small}`);
    // Here quotes are short; on articles with long quotes the copies were most of it.
    expect(small).toBeLessThan(full * 0.7);
  });

  it('keep a text that is not the slice of its offsets, and never take a stray key for a span', () => {
    const text = 'قال الوزير';
    const a = { entities: [{ id: 'e1', name: 'الوزير نفسه', mentions: [{ start: 4, end: 10, text: 'الوزير' }] }], quotes: [{ speaker: { text: 'غيره', start: 0, end: 3 } }] } as unknown as Analysis;
    const packed = packAnalysis(a, text);
    expect(JSON.stringify(packed)).not.toContain('"text":"الوزير"');
    expect(JSON.stringify(packed)).toContain('غيره');
    expect(unpackAnalysis(packed, text)).toEqual(a);
    expect(unpackAnalysis({ packed: 1, body: { '@': 1, start: 0, end: 3 } }, text)).toBeNull();
    expect(unpackAnalysis('garbage', text)).toBeNull();
  });
});

describe('TabCache bounds', () => {
  let text300k: string;
  let analysis300k: Analysis;
  beforeAll(() => {
    text300k = articleText(300_000, 11);
    analysis300k = analyze(text300k);
  }, 60_000);

  it('stays under the session quota with twenty 300,000-character articles open, and the current tab is always readable', async () => {
    expect(text300k.length).toBe(300_000);
    const q = quotaStore();
    const cache = new TabCache(q.store);
    const packed = packAnalysis(analysis300k, text300k);
    const entry = { url: page.url, value: { state: 'ready' as const, page, text: text300k, packed } };
    const chrome = chromeBytes(toRecord(entry));
    // As it used to be stored: the whole analysis, as objects.
    const before = chromeBytes({ url: page.url, value: { state: 'ready', page, text: text300k, analysis: analysis300k } });
    console.log(`300,000 characters, as Chrome counts it: ${(chrome / 1e6).toFixed(2)} MB stored (${(before / 1e6).toFixed(2)} MB as it was stored before); counted ${(entryBytes(1, entry) / 1e6).toFixed(2)} MB against the budget (Firefox's measure)`);
    expect(before).toBeGreaterThan(STORE_BUDGET_BYTES / 2);
    expect(chrome).toBeLessThan(before / 4);
    // The reader is on tab 1 while nineteen other articles are analysed in the background.
    await cache.touch(1);
    for (let tab = 1; tab <= 20; tab++) {
      await cache.set(tab, `${page.url}?${tab}`, { state: 'ready', page, text: text300k, packed });
      // The tab just analysed is stored too, for its popup.
      const stored = await readStored(q.store, tab);
      expect(stored?.value.state, `tab ${tab} stored`).toBe('ready');
      expect(stored?.value.analysis?.entities.length).toBe(analysis300k.entities.length);
      // And the reader's tab stays: its toolbar popup reads it straight from storage.
      expect((await readStored(q.store, 1))?.value.state, `current tab kept after tab ${tab}`).toBe('ready');
    }
    expect(q.peak()).toBeLessThanOrEqual(SESSION_QUOTA_BYTES);
    expect(q.used()).toBeLessThanOrEqual(STORE_BUDGET_BYTES + 64 * 1024);
    expect(await cache.storedBytes()).toBeLessThanOrEqual(STORE_BUDGET_BYTES);
    // The reader moves to tab 15, evicted from storage: still in the worker's memory, stored again.
    expect(await readStored(q.store, 15)).toBeUndefined();
    await cache.touch(15);
    expect((await readStored(q.store, 15))?.value.analysis?.quotes.length).toBe(analysis300k.quotes.length);
    expect(q.peak()).toBeLessThanOrEqual(SESSION_QUOTA_BYTES);
    // Memory is bounded too: the oldest tabs are gone from both (their popup has the page analysed
    // again), the recent ones are answered at once.
    const held = [];
    for (let tab = 1; tab <= 20; tab++) if ((await cache.get(tab, `${page.url}?${tab}`))?.state === 'ready') held.push(tab);
    expect(held).toContain(20);
    expect(held).toContain(1);
    expect(held.length).toBeLessThan(20);
    expect(held.length * entryBytes(20, entry)).toBeLessThanOrEqual(MEMORY_BUDGET_BYTES + STORE_BUDGET_BYTES);
  }, 60_000);

  it('evicts the least recently used tab first, from memory and from storage', async () => {
    const q = quotaStore();
    const one = { state: 'ready' as const, page, text: 'x'.repeat(400) };
    const size = entryBytes(1, { url: page.url, value: one });
    const cache = new TabCache(q.store, { storeBudget: size * 3 + 10, memoryBudget: size * 2 + 10 });
    await cache.set(1, page.url, one);
    await cache.set(2, page.url, one);
    await cache.set(3, page.url, one);
    await cache.get(1, page.url); // tab 1 is used again: tab 2 is now the oldest
    await cache.set(4, page.url, one);
    expect(q.data.has(storeKey(2))).toBe(false);
    expect([1, 3, 4].every((t) => q.data.has(storeKey(t)))).toBe(true);
    // Memory holds two: the rest are read back from storage, and tab 2 is gone from both.
    expect((await cache.get(1, page.url))?.state).toBe('ready');
    expect(await cache.get(2, page.url)).toBeUndefined();
  });

  it('knows the mirror\'s size after a worker restart, from its index', async () => {
    const q = quotaStore();
    const one = { state: 'ready' as const, page, text: 'y'.repeat(1000) };
    const size = entryBytes(1, { url: page.url, value: one });
    const budget = size * 2 + 10;
    await new TabCache(q.store, { storeBudget: budget }).set(1, page.url, one);
    await new TabCache(q.store, { storeBudget: budget }).set(2, page.url, one);
    expect(q.data.has(INDEX_KEY)).toBe(true);
    const restarted = new TabCache(q.store, { storeBudget: budget });
    await restarted.set(3, page.url, one);
    expect(await restarted.storedBytes()).toBeLessThanOrEqual(budget);
    expect(q.data.has(storeKey(1))).toBe(false);
    expect(q.data.has(storeKey(3))).toBe(true);
  });

  it('makes more room when the browser refuses a write its own way of counting finds too large', async () => {
    const one = { state: 'ready' as const, page, text: 'ج'.repeat(2000) };
    const size = entryBytes(1, { url: page.url, value: one });
    // The browser's quota is half what our budget thinks there is.
    const q = quotaStore(size * 2);
    const cache = new TabCache(q.store, { storeBudget: size * 4 });
    for (let tab = 1; tab <= 5; tab++) {
      await cache.set(tab, page.url, one);
      expect(q.data.has(storeKey(tab)), `tab ${tab} stored`).toBe(true);
    }
    expect(q.peak()).toBeLessThanOrEqual(size * 2);
  });

  it('keeps an analysis too large for storage in memory only, with no stale mirror', async () => {
    const q = quotaStore();
    const cache = new TabCache(q.store, { storeBudget: 500 });
    await cache.set(1, page.url, { state: 'ready', page, text: 'small' });
    expect(q.data.has(storeKey(1))).toBe(true);
    await cache.set(1, page.url, { state: 'ready', page, text: 'z'.repeat(1000) });
    expect(q.data.has(storeKey(1))).toBe(false);
    expect((await cache.get(1, page.url))?.text).toHaveLength(1000);
  });
});
