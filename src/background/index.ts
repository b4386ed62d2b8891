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
import { PageGate } from './page-gate.js';
import { ReadingLog } from './log/service.js';
import { openLog } from '../shared/log/schema.js';
import type { LocalStore } from '../shared/site-settings.js';

const extensionOrigin = browser.runtime.getURL('');
const session = (browser.storage as unknown as { session?: SessionStore }).session;
const cache = new TabCache(session);

/**
 * Injects a part of the content script now, not when the browser thinks the page is idle: Firefox
 * waits for the load event, which some pages never reach (a stalled image or ad). The scripts wait
 * for the document to be parsed themselves (language-stage.ts).
 */
async function injectContent(tabId: number, frameId: number, part: 'language' | 'main'): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  const now = { injectImmediately: true } as Record<string, unknown>;
  if (part === 'language') {
    await browser.scripting.executeScript({ target, files: ['content-language.js'], ...now });
    return;
  }
  await browser.scripting.insertCSS({ target, files: ['content.css'] });
  await browser.scripting.executeScript({ target, files: ['content-main.js'], ...now });
}

const handlers = createHandlers({
  cache,
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
// other page gets nothing at all (see page-gate.ts).
const gate = new PageGate();
function look(tabId: number, title: string | undefined, url: string | undefined): void {
  if (!gate.shouldInject(tabId, title, url)) return;
  injectContent(tabId, 0, 'language').catch(() => gate.reset(tabId));
}
// A page is looked at as soon as its address or its title may say Arabic, while it is still
// loading: the language stage waits for the document to be parsed (DOMContentLoaded), never for
// the load event, which a page with a stalled image or ad never fires. A later title change (a
// single-page site moving on) is looked at too.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'loading') {
    // A new document (or the same one reloaded): its scripts are gone. The title the tab shows
    // now may still be the previous page's: the address alone.
    gate.reset(tabId);
    look(tabId, undefined, change.url ?? tab.url);
    return;
  }
  if (change.title === undefined && change.status === undefined) return;
  look(tabId, tab.title, tab.url);
});
// Pages opened while the worker was not listening: look at them now, and again a little later
// (measured: right after an install, Chromium does not deliver tab updates to a freshly
// registered listener for a moment). A page already served keeps its scripts, which notice; the
// gate keeps it from being looked at twice.
const scan = () =>
  browser.tabs
    .query({})
    .then((tabs) => tabs.forEach((t) => t.id !== undefined && look(t.id, t.title, t.url)))
    .catch(() => undefined);
for (const ms of [0, 1000, 3000]) setTimeout(scan, ms);

browser.tabs.onRemoved.addListener((tabId) => {
  gate.reset(tabId);
  void cache.delete(tabId);
});

// Keyboard: the "next name" shortcut opens the hover card of the next highlighted name.
browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
  if (command !== 'next-name' || tab?.id === undefined) return;
  sendToTab(tab.id, 'focus-next-mention', {}).catch(() => undefined);
});
