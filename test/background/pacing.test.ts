/**
 * What a content script may ask for beyond its page is paced per tab (background/handlers.ts):
 * five scripted clicks on "Everything they said" opened four tabs, and a scripted "Stop marking
 * names on this site" changed the reader's setting. The card now acts only on the reader's input
 * (content/card/ui-host.ts); the worker also refuses a burst.
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

  it('switches marking off for the sending tab\'s own site, once in a while at most', async () => {
    const { data, h } = deps();
    const ask = () => dispatch(h.content, { type: 'hide-on-site', payload: {} }, { tabId: 1, url: 'https://www.akhbar.example/story' });
    expect(await ask()).toEqual({ ok: true });
    expect(data[siteKey('akhbar.example')]).toEqual({ highlight: false });
    delete data[siteKey('akhbar.example')];
    expect(await ask()).toEqual({ ok: false });
    expect(data[siteKey('akhbar.example')]).toBeUndefined();
    vi.advanceTimersByTime(10_000);
    expect(await ask()).toEqual({ ok: true });
    // No site, no tab: nothing.
    expect(await dispatch(h.content, { type: 'hide-on-site', payload: {} }, { tabId: 3, url: 'chrome://extensions' })).toEqual({ ok: false });
    expect(await dispatch(h.content, { type: 'hide-on-site', payload: {} }, { url: 'https://akhbar.example/' })).toEqual({ ok: false });
  });
});
