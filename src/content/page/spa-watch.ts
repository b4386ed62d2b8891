/**
 * Single-page sites change the article without loading a new document: the URL changes through
 * history.pushState and the content is swapped by script. Content scripts cannot see the page's
 * pushState calls (they live in another JavaScript world), so the watcher listens to what is
 * shared — the Navigation API's events where the browser has them, popstate — and compares the
 * URL on a slow timer as a safety net. A fragment change (#section) is not a new article.
 *
 * After a change it waits for the page to settle (no DOM change for a moment) before reporting,
 * so the new article is in place when it is read.
 */

export interface NavigationWatchOptions {
  /** How often the URL is compared, in ms. */
  pollMs?: number;
  /** Quiet time without DOM changes that counts as "settled", in ms. */
  quietMs?: number;
  /** Report anyway after this long, in ms. */
  maxWaitMs?: number;
}

/** The URL without its fragment. */
export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * Calls `onLeave(url)` as soon as the URL changes (clear what belongs to the old article) and
 * `onSettled(url)` once the new content has stopped changing. Stops when `signal` aborts.
 */
export function watchNavigation(
  onLeave: (url: string) => void,
  onSettled: (url: string) => void,
  signal: AbortSignal,
  { pollMs = 1000, quietMs = 350, maxWaitMs = 3000 }: NavigationWatchOptions = {},
): void {
  let current = withoutHash(location.href);
  let settle: { observer: MutationObserver; quiet: ReturnType<typeof setTimeout>; max: ReturnType<typeof setTimeout> } | null = null;

  const stopSettling = () => {
    if (!settle) return;
    settle.observer.disconnect();
    clearTimeout(settle.quiet);
    clearTimeout(settle.max);
    settle = null;
  };
  const settled = () => {
    stopSettling();
    if (!signal.aborted) onSettled(current);
  };
  const check = () => {
    const url = withoutHash(location.href);
    if (url === current || signal.aborted) return;
    current = url;
    onLeave(url);
    stopSettling();
    // Observing only: the watcher never changes the page.
    const observer = new MutationObserver(() => {
      if (!settle) return;
      clearTimeout(settle.quiet);
      settle.quiet = setTimeout(settled, quietMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    settle = { observer, quiet: setTimeout(settled, quietMs), max: setTimeout(settled, maxWaitMs) };
  };

  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  // The URL is updated when these fire; a microtask later is safe for both.
  const soon = () => queueMicrotask(check);
  nav?.addEventListener?.('navigatesuccess', soon, { signal });
  nav?.addEventListener?.('currententrychange', soon, { signal });
  addEventListener('popstate', soon, { signal });
  const timer = setInterval(check, pollMs);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    stopSettling();
  });
}
