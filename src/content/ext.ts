/**
 * The extension API as content scripts see it, without webextension-polyfill: the always-loaded
 * part of the content script must stay tiny, and both browsers' MV3 APIs already return promises
 * (`browser` in Firefox, `chrome` in Chromium). Only the listener side differs, and
 * `onContentMessage` papers over it with the `sendResponse` + `return true` form both accept.
 */
import type { Browser, Runtime } from 'webextension-polyfill';

type Global = { browser?: Browser; chrome?: Browser };

/** The extension API of this browser, or undefined outside an extension (unit tests). */
export function ext(): Browser | undefined {
  const g = globalThis as Global;
  return g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : undefined;
}

/**
 * Listens for runtime messages; `handle` returns a promise for the messages it answers and
 * undefined for the others (so another listener may answer them).
 */
export function onContentMessage(handle: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): () => void {
  const api = ext();
  if (!api) return () => undefined;
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void): true | undefined => {
    let pending: Promise<unknown> | undefined;
    try {
      pending = handle(message, sender);
    } catch {
      return undefined;
    }
    if (!pending) return undefined;
    pending.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  const onMessage = api.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
