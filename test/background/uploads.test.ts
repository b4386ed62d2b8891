/**
 * Long texts sent in parts (background/uploads.ts): the worker analyses the whole text or
 * nothing. A text missing its beginning, analysed and answered `ok`, shifted every offset the
 * page got back onto the wrong words.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOST_PART, MAX_PARTS, UPLOAD_IDLE_MS, Uploads, validHeader } from '../../src/background/uploads.js';
import { createHandlers } from '../../src/background/handlers.js';
import type { WorkerDeps } from '../../src/background/handlers.js';
import { TabCache } from '../../src/background/cache.js';
import { inlineEngine } from '../../src/background/engine-inline.js';
import { dispatch, MAX_TEXT_CHARS } from '../../src/shared/messages.js';
import type { PageInfo } from '../../src/shared/messages.js';

const header = (text: string, count: number, id = 'u1') => ({ id, count, length: text.length });
const split = (text: string, count: number) => Array.from({ length: count }, (_, i) => text.slice((i * text.length) / count, ((i + 1) * text.length) / count));

describe('Uploads', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('joins the parts in order, whatever order they came in', () => {
    const u = new Uploads();
    const text = 'AAAABBBBCCCCDDDD';
    const parts = split(text, 4);
    const h = header(text, 4);
    expect(u.addPart(1, h, 2, parts[2])).toBe(true);
    expect(u.addPart(1, h, 0, parts[0])).toBe(true);
    expect(u.addPart(1, h, 1, parts[1])).toBe(true);
    expect(u.complete(1, h, parts[3])).toEqual({ ok: true, text });
    expect(u.size).toBe(0);
  });

  it('refuses a text whose first parts expired while the last ones were slow (the reproduced truncation)', () => {
    const u = new Uploads();
    const text = 'AAAABBBBCCCCDDDD';
    const parts = split(text, 4);
    const h = header(text, 4);
    u.addPart(1, h, 0, parts[0]);
    u.addPart(1, h, 1, parts[1]);
    // The page stalls longer than an upload may idle: the upload goes, whole.
    vi.advanceTimersByTime(UPLOAD_IDLE_MS + 1);
    expect(u.size).toBe(0);
    expect(u.addPart(1, h, 2, parts[2])).toBe(true);
    // Before: the holes at 0 and 1 were skipped by the check, and «CCCCDDDD» was analysed as the text.
    expect(u.complete(1, h, parts[3])).toEqual({ ok: false, error: LOST_PART });
  });

  it('completes a slow upload that keeps moving: one expiry per upload, pushed back by each part', () => {
    const u = new Uploads();
    const text = 'x'.repeat(40);
    const parts = split(text, 8);
    const h = header(text, 8);
    for (let i = 0; i < 7; i++) {
      expect(u.addPart(3, h, i, parts[i])).toBe(true);
      vi.advanceTimersByTime(UPLOAD_IDLE_MS * 0.9);
    }
    // Far longer than one idle period in all, never idle for one.
    expect(u.complete(3, h, parts[7])).toEqual({ ok: true, text });
    // And nothing is left behind to fire later.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('finds a missing part even where an array would hold a hole', () => {
    const u = new Uploads();
    const text = 'abcdefghij';
    const parts = split(text, 5);
    const h = header(text, 5);
    u.addPart(1, h, 0, parts[0]);
    u.addPart(1, h, 1, parts[1]);
    u.addPart(1, h, 3, parts[3]);
    expect(u.complete(1, h, parts[4])).toEqual({ ok: false, error: LOST_PART });
  });

  it('refuses parts that do not fit their upload, and drops the upload', () => {
    const text = 'abcdefghij';
    const parts = split(text, 2);
    const h = header(text, 2);
    const shapes: [Parameters<Uploads['addPart']>[1], number, unknown][] = [
      [{ ...h, count: 3 }, 0, parts[0]], // another count than the first part said
      [{ ...h, length: 11 }, 0, parts[0]], // another length
      [h, 0, parts[0]], // the same part twice
      [h, 1, parts[1]], // the last part belongs in analyze-page
      [h, 0.5, parts[0]],
      [h, 0, 42],
      [h, 0, 'x'.repeat(20)], // more text than announced
    ];
    for (const [hh, index, t] of shapes) {
      const u = new Uploads();
      u.addPart(1, h, 0, parts[0]);
      const ok = u.addPart(1, hh, index, t);
      expect(ok, JSON.stringify([hh, index])).toBe(false);
      expect(u.complete(1, h, parts[1]).ok).toBe(false);
    }
  });

  it('holds one upload per tab: a new one replaces the old, and tabs never mix', () => {
    const u = new Uploads();
    const a = 'aaaaaaaaaa';
    const b = 'bbbbbbbbbb';
    u.addPart(1, header(a, 2, 'old'), 0, a.slice(0, 5));
    u.addPart(1, header(b, 2, 'new'), 0, b.slice(0, 5));
    u.addPart(2, header(a, 2, 'old'), 0, 'zzzzz');
    expect(u.size).toBe(2);
    expect(u.complete(1, header(a, 2, 'old'), a.slice(5)).ok).toBe(false);
    u.addPart(1, header(b, 2, 'new'), 0, b.slice(0, 5));
    expect(u.complete(1, header(b, 2, 'new'), b.slice(5))).toEqual({ ok: true, text: b });
    expect(u.complete(2, header(a, 2, 'old'), a.slice(5))).toEqual({ ok: true, text: 'zzzzzaaaaa' });
  });

  it('checks headers: ids, counts and lengths in range', () => {
    expect(validHeader({ id: 'a1', count: 2, length: 10 })).toBe(true);
    expect(validHeader({ id: 'a b', count: 2, length: 10 })).toBe(false);
    expect(validHeader({ id: 'a', count: 1, length: 10 })).toBe(false);
    expect(validHeader({ id: 'a', count: MAX_PARTS + 1, length: 10 })).toBe(false);
    expect(validHeader({ id: 'a', count: 2, length: MAX_TEXT_CHARS + 1 })).toBe(false);
    expect(validHeader(undefined)).toBe(false);
  });
});

describe('analyze-page with parts, through the handlers', () => {
  const page: PageInfo = { url: 'https://news.example/a', title: 't', site: 'news.example', lang: 'ar', verdict: 'arabic-article', reason: '' };

  function handlers() {
    const analysed: string[] = [];
    const deps: WorkerDeps = {
      cache: new TabCache(),
      setBadge: () => undefined,
      setPopup: () => undefined,
      tabUrl: async () => page.url,
      sendToTab: (async () => undefined) as WorkerDeps['sendToTab'],
      engine: inlineEngine((text: string) => {
        analysed.push(text);
        return { version: 1, textLength: text.length, sentences: [], paragraphs: [], entities: [], quotes: [], numbers: [], stats: { characters: text.length, tokens: 0, milliseconds: 0 }, warnings: [] };
      }),
    };
    return { h: createHandlers(deps), analysed };
  }

  it('answers with the analysed length, and never analyses a text with a part missing', async () => {
    vi.useFakeTimers();
    try {
      const { h, analysed } = handlers();
      const text = 'AAAABBBBCCCCDDDD';
      const parts = split(text, 4);
      const hd = header(text, 4);
      const ctx = { tabId: 8, url: page.url };
      await dispatch(h.content, { type: 'text-part', payload: { ...hd, index: 0, text: parts[0] } }, ctx);
      await dispatch(h.content, { type: 'text-part', payload: { ...hd, index: 1, text: parts[1] } }, ctx);
      vi.advanceTimersByTime(UPLOAD_IDLE_MS + 1);
      await dispatch(h.content, { type: 'text-part', payload: { ...hd, index: 2, text: parts[2] } }, ctx);
      const res = await dispatch(h.content, { type: 'analyze-page', payload: { page, text: parts[3], length: text.length, parts: hd } }, ctx);
      expect(res).toEqual({ ok: false, error: LOST_PART });
      expect(analysed).toEqual([]);
      // Sent again in time, it is analysed whole and the answer says how long it was.
      for (let i = 0; i < 3; i++) await dispatch(h.content, { type: 'text-part', payload: { ...hd, id: 'u2', index: i, text: parts[i] } }, ctx);
      const again = await dispatch(h.content, { type: 'analyze-page', payload: { page, text: parts[3], length: text.length, parts: { ...hd, id: 'u2' } } }, ctx);
      expect(again).toMatchObject({ ok: true, textLength: text.length });
      expect(analysed).toEqual([text]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets a closed tab\'s upload', async () => {
    const { h } = handlers();
    const text = 'abcdefgh';
    const hd = header(text, 2);
    await dispatch(h.content, { type: 'text-part', payload: { ...hd, index: 0, text: 'abcd' } }, { tabId: 4 });
    h.forgetTab(4);
    expect(await dispatch(h.content, { type: 'analyze-page', payload: { page, text: 'efgh', length: 8, parts: hd } }, { tabId: 4 })).toMatchObject({ ok: false });
  });
});
