/**
 * The background worker (Chrome: MV3 service worker; Firefox: MV3 background script). Thin: it
 * binds the handlers to the browser's messaging, tabs and badge.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { dispatch } from '../shared/messages.js';
import { sendToTab } from '../shared/send.js';
import { TabCache } from './cache.js';
import type { SessionStore } from './cache.js';
import { createHandlers } from './handlers.js';
import { popupPath, toolbarPopupPath } from '../shared/popup-url.js';
import type { Sender } from './handlers.js';
import type { LocalStore } from '../shared/site-settings.js';
import { Injector } from './injector.js';
import type { Engine } from './engine.js';
import { EnginePool } from './engine-pool.js';
import { offscreenEngine } from './offscreen-engine.js';
import type { OffscreenApi } from './offscreen-engine.js';
import { ReadingLog } from './log/service.js';
import { openLog } from '../shared/log/schema.js';

const extensionOrigin = browser.runtime.getURL('');
const session = (browser.storage as unknown as { session?: SessionStore }).session;
const cache = new TabCache(session);

/**
 * Injects a part of the content script now, not when the browser finds the document idle:
 * Firefox's idle is the load event, which some pages never reach (a stalled image or advert, a
 * frame that never answers). The language stage waits for the document to be parsed itself
 * (DOMContentLoaded); the main part is only ever asked for by a stage that ran.
 */
async function injectContent(tabId: number, frameId: number, part: 'language' | 'main'): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  if (part === 'language') {
    await browser.scripting.executeScript({ target, files: ['content-language.js'], injectImmediately: true });
    return;
  }
  await browser.scripting.insertCSS({ target, files: ['content.css'] });
  await browser.scripting.executeScript({ target, files: ['content-main.js'], injectImmediately: true });
}

/**
 * Where the engine runs, off this worker's event loop (engine.ts): Chrome's service worker cannot
 * start a Worker, so an offscreen document starts them; Firefox's background page starts them
 * itself.
 */
function startEngine(): Engine {
  const chromeApi = (globalThis as { chrome?: Partial<OffscreenApi> }).chrome;
  if (chromeApi?.offscreen && chromeApi.runtime) return offscreenEngine(chromeApi as OffscreenApi);
  if (typeof Worker === 'function') return new EnginePool({ spawn: () => new Worker(browser.runtime.getURL('engine-worker.js')) as never });
  const unavailable = async (): Promise<never> => {
    throw new Error('this browser cannot run the analysis in the background.');
  };
  return { analyze: unavailable, cancel: () => undefined };
}

const handlers = createHandlers({
  cache,
  engine: startEngine(),
  setBadge(tabId, text) {
    browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' }).catch(() => undefined);
  },
  setPopup(tabId, popup) {
    browser.action.setPopup({ tabId, popup }).catch(() => undefined);
  },
  async tabUrl(tabId) {
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  },
  sendToTab,
  local: browser.storage.local as unknown as LocalStore,
  injectContent,
  openSpeaker,
  log: new ReadingLog({ local: browser.storage.local as unknown as LocalStore, open: (onClose) => openLog(undefined, undefined, onClose) }),
});

/**
 * The popup opened on one speaker where the browser lets an extension open it (Chrome 127+;
 * Firefox only on a user gesture, which a message from the page is not), else the same page in a
 * tab next to the article.
 */
async function openSpeaker(tabId: number, entityId: string): Promise<'popup' | 'tab' | 'none'> {
  const path = popupPath({ tab: tabId, speaker: entityId });
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const action = browser.action as typeof browser.action & { openPopup?: (o?: { windowId?: number }) => Promise<void> };
  if (tab?.active && typeof action.openPopup === 'function') {
    try {
      await action.setPopup({ tabId, popup: popupPath({ tab: tabId, speaker: entityId, toolbar: true }) });
      await action.openPopup(tab.windowId !== undefined ? { windowId: tab.windowId } : undefined);
      return 'popup';
    } catch {
      // Not allowed here (no user gesture, no focused window): fall back to a tab.
    } finally {
      await action.setPopup({ tabId, popup: toolbarPopupPath(tabId) }).catch(() => undefined);
    }
  }
  try {
    await browser.tabs.create({ url: browser.runtime.getURL(path), openerTabId: tabId, index: tab ? tab.index + 1 : undefined });
    return 'tab';
  } catch {
    return 'none';
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Extension pages (the popup, even when opened in a tab) have our own origin; content scripts
  // have the page's.
  const fromExtension = (sender.url ?? '').startsWith(extensionOrigin);
  const ctx: Sender = { tabId: sender.tab?.id, url: sender.tab?.url ?? sender.url, frameId: sender.frameId };
  return fromExtension ? dispatch(handlers.popup, message, ctx) : dispatch(handlers.content, message, ctx);
});

// Pages whose title or address may be Arabic get the content script's language stage; every
// other page gets nothing at all (page-gate.ts); when, and how often, is injector.ts's one concern.
const injector = new Injector({
  inject: (tabId) => injectContent(tabId, 0, 'language'),
  tab: (tabId) => browser.tabs.get(tabId).catch(() => undefined),
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => injector.onUpdated(tabId, change, tab));
// Pages opened while the worker was not listening (loaded or still loading): look at them now,
// and again a little later (measured: right after an install, Chromium does not deliver tab
// updates to a freshly registered listener for a moment). A page already served keeps its
// scripts, which notice; the injector keeps it from being looked at twice.
const scan = () =>
  browser.tabs
    .query({})
    .then((tabs) => tabs.forEach((t) => t.id !== undefined && injector.look(t.id, t)))
    .catch(() => undefined);
for (const ms of [0, 1000, 3000]) setTimeout(scan, ms);

// The tab the user is on keeps its stored analysis, whatever else is open (cache.ts).
browser.tabs.onActivated.addListener(({ tabId }) => void cache.touch(tabId).catch(() => undefined));
// After a restart: the tab the reader is on now.
browser.tabs
  .query({ active: true, lastFocusedWindow: true })
  .then(([t]) => t?.id !== undefined && void cache.touch(t.id).catch(() => undefined))
  .catch(() => undefined);

browser.tabs.onRemoved.addListener((tabId) => {
  injector.forget(tabId);
  handlers.forgetTab(tabId);
  void cache.delete(tabId);
});

// Keyboard: the "next name" shortcut opens the hover card of the next highlighted name.
browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
  if (command !== 'next-name' || tab?.id === undefined) return;
  sendToTab(tab.id, 'focus-next-mention', {}).catch(() => undefined);
});
