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
import type { Sender } from './handlers.js';

const extensionOrigin = browser.runtime.getURL('');
const session = (browser.storage as unknown as { session?: SessionStore }).session;
const cache = new TabCache(session);

const handlers = createHandlers({
  cache,
  setBadge(tabId, text) {
    browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' }).catch(() => undefined);
  },
  async tabUrl(tabId) {
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  },
  sendToTab,
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Extension pages (the popup, even when opened in a tab) have our own origin; content scripts
  // have the page's.
  const fromExtension = (sender.url ?? '').startsWith(extensionOrigin);
  const ctx: Sender = { tabId: sender.tab?.id, url: sender.tab?.url ?? sender.url };
  return fromExtension ? dispatch(handlers.popup, message, ctx) : dispatch(handlers.content, message, ctx);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void cache.delete(tabId);
});
