/**
 * What a content script may ask for beyond its page is paced per tab (background/handlers.ts):
 * five scripted clicks on "Everything they said" opened four tabs, and a scripted "Stop marking
 * names on this site" changed the reader's setting. The card now acts only on the reader's input
 * (content/card/ui-host.ts); the worker also refuses a burst, and makes every change to the
 * settings itself (`site-change`: the switch and the corrections of the card's menu, with undo).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TabCache } from '../../src/background/cache.js';
import { createHandlers } from '../../src/background/handlers.js';
import type { WorkerDeps } from '../../src/background/handlers.js';
import { inlineEngine } from '../../src/background/engine-inline.js';
import { analyze } from '../../src/engine/index.js';
import { dispatch } from '../../src/shared/messages.js';
import { siteKey } from '../../src/shared/site-settings.js';

function deps() {
  const data: Record<string, unknown> = {};
  const d = {
    cache: new TabCache(),
    engine: inlineEngine(analyze),
    setBadge: () => undefined,
    setPopup: () => undefined,
    tabUrl: async () => 'https://akhbar.example/a',
    sendToTab: (async () => undefined) as WorkerDeps['sendToTab'],
    openSpeaker: vi.fn(async () => 'tab' as const),
    local: { get: async (k: string) => (k in data ? { [k]: data[k] } : {}), set: async (items: Record<string, unknown>) => void Object.assign(data, items) },
  };
  return { d, data, h: createHandlers(d) };
}

describe('pacing what a content script asks for', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens at most two speaker pages at once per tab, then one every few seconds', async () => {
    const { d, h } = deps();
    const ask = (tabId: number) => dispatch(h.content, { type: 'open-speaker', payload: { entityId: 'e1' } }, { tabId, url: 'https://akhbar.example/a' });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await ask(1));
    expect(answers.filter((a) => (a as { opened: string }).opened === 'tab')).toHaveLength(2);
    expect(d.openSpeaker).toHaveBeenCalledTimes(2);
    // Another tab has its own allowance.
    expect(await ask(2)).toEqual({ opened: 'tab' });
    vi.advanceTimersByTime(5000);
    expect(await ask(1)).toEqual({ opened: 'tab' });
    expect(await ask(1)).toEqual({ opened: 'none' });
  });

  it('changes the sending tab\'s own site\'s settings for the card, a few in a row, then one in a while', async () => {
    const { data, h } = deps();
    const from = { tabId: 1, url: 'https://www.akhbar.example/story' };
    const change = (c: unknown, sender: { tabId?: number; url?: string } = from) => dispatch(h.content, { type: 'site-change', payload: { change: c } }, sender) as Promise<{ ok: boolean; undo?: string }>;
    const key = siteKey('akhbar.example');
    expect(await change({ kind: 'hide-on-site' })).toMatchObject({ ok: true, settings: { highlight: false, corrections: {} } });
    expect(data[key]).toEqual({ highlight: false, corrections: {} });
    expect(await change({ kind: 'correct', name: 'عمان', correction: 'location' })).toMatchObject({ ok: true });
    expect(await change({ kind: 'correct', name: 'الرئيس', correction: 'not-a-name' })).toMatchObject({ ok: true });
    expect(data[key]).toEqual({ highlight: false, corrections: { عمان: 'location', الرئيس: 'not-a-name' } });
    // The burst is spent: refused, and nothing written.
    expect(await change({ kind: 'correct', name: 'غزة', correction: 'person' })).toEqual({ ok: false });
    expect(Object.keys((data[key] as { corrections: object }).corrections)).toHaveLength(2);
    vi.advanceTimersByTime(10_000);
    expect(await change({ kind: 'correct', name: 'غزة', correction: 'person' })).toMatchObject({ ok: true });
    // Malformed changes are refused without costing the reader anything; no site, no tab: nothing.
    vi.advanceTimersByTime(30_000);
    for (const bad of [null, {}, { kind: 'correct', name: 'x', correction: 'god' }, { kind: 'correct', name: '   ', correction: 'person' }, { kind: 'delete-all' }])
      expect(await change(bad)).toEqual({ ok: false });
    expect(await change({ kind: 'hide-on-site' }, { tabId: 3, url: 'chrome://extensions' })).toEqual({ ok: false });
    expect(await change({ kind: 'hide-on-site' }, { url: 'https://akhbar.example/' })).toEqual({ ok: false });
    expect(await change({ kind: 'correct', name: 'عمان', correction: 'person' })).toMatchObject({ ok: true });
  });

  it('undoes a change once, putting back what was there, for the same tab and site only', async () => {
    const { data, h } = deps();
    const from = { tabId: 1, url: 'https://akhbar.example/a' };
    const key = siteKey('akhbar.example');
    const change = (c: unknown) => dispatch(h.content, { type: 'site-change', payload: { change: c } }, from) as Promise<{ ok: boolean; undo?: string }>;
    const undo = (token: unknown, sender: { tabId?: number; url?: string } = from) => dispatch(h.content, { type: 'site-undo', payload: { undo: token } }, sender) as Promise<{ ok: boolean }>;
    const first = await change({ kind: 'correct', name: 'عمان', correction: 'location' });
    const second = await change({ kind: 'correct', name: 'عمان', correction: 'not-a-name' });
    const off = await change({ kind: 'hide-on-site' });
    expect(data[key]).toEqual({ highlight: false, corrections: { عمان: 'not-a-name' } });
    // Another tab, another site, a made-up token: nothing.
    expect(await undo(off.undo, { tabId: 2, url: from.url })).toEqual({ ok: false });
    expect(await undo(off.undo, { tabId: 1, url: 'https://other.example/' })).toEqual({ ok: false });
    expect(await undo('u999')).toEqual({ ok: false });
    // Undo is not paced (the burst is spent), and each one works once.
    expect(await undo(off.undo)).toMatchObject({ ok: true, settings: { highlight: true } });
    expect(await undo(off.undo)).toEqual({ ok: false });
    expect(await undo(second.undo)).toMatchObject({ ok: true });
    expect(data[key]).toEqual({ highlight: true, corrections: { عمان: 'location' } });
    expect(await undo(first.undo)).toMatchObject({ ok: true });
    expect(data[key]).toEqual({ highlight: true, corrections: {} });
  });
});
