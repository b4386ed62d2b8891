/**
 * The reader's own input in happy-dom, and the card's closed shadow root as extension code sees
 * it. Browsers mark events made from real input `isTrusted` and the card acts on no other
 * (src/content/card/ui-host.ts); happy-dom has no such flag, so these set it as a browser would.
 */
import { CARD_ROOT_GLOBAL } from '../../src/content/card/ui-host.js';

/** `e`, marked as the browser marks an event made from real input. */
export function asReader<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

/** A click of the reader's on `el` (from the keyboard, `detail` 0, so the card's click delay does not apply). */
export function readerClick(el: Element): void {
  el.dispatchEvent(asReader(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
}

/** A key the reader presses, at `target`. */
export function readerKey(target: EventTarget, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(asReader(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init })));
}

/** The card's host in the page, if one is there. */
export function cardHost(doc: Document = document): HTMLElement | null {
  const root = (globalThis as Record<string, unknown>)[CARD_ROOT_GLOBAL] as ShadowRoot | undefined;
  const host = root?.host as HTMLElement | undefined;
  return host && host.ownerDocument === doc && host.isConnected ? host : null;
}

/** The open card's (closed) shadow root, as the extension's own code reaches it. */
export function cardRoot(doc: Document = document): ShadowRoot | null {
  return cardHost(doc) ? ((globalThis as Record<string, unknown>)[CARD_ROOT_GLOBAL] as ShadowRoot) : null;
}
