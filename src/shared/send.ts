/** Typed senders over the browser's runtime messaging (the only part of messaging that needs it). */
import browser from 'webextension-polyfill';
import type { ContentToBackground, PopupToBackground, ToContent } from './messages.js';

export function sendToBackground<K extends keyof ContentToBackground | keyof PopupToBackground>(
  type: K,
  payload: (ContentToBackground & PopupToBackground)[K]['request'],
): Promise<(ContentToBackground & PopupToBackground)[K]['response']> {
  return browser.runtime.sendMessage({ type, payload });
}

export function sendToTab<K extends keyof ToContent>(
  tabId: number,
  type: K,
  payload: ToContent[K]['request'],
): Promise<ToContent[K]['response']> {
  return browser.tabs.sendMessage(tabId, { type, payload });
}
