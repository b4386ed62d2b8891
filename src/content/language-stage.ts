/**
 * The first content script a page gets, injected by the worker only into pages whose title or
 * address may be Arabic (src/background/page-gate.ts): the lang attribute and a short text sample
 * tell Arabic from Persian, Urdu and the other languages in Arabic script (`detect/`). On an
 * Arabic page it asks for the full content script (`main.ts`) and hands it the verdict; on any
 * other page it stops, leaving nothing behind.
 *
 * It may arrive while the page is still loading, and then waits for the document to be parsed
 * (DOMContentLoaded), never for the load event. It never changes the page, and an error here
 * must never break the page it runs on.
 */
import { detectLanguage } from './detect/language-verdict.js';
import { ext } from './ext.js';
import { MAIN_GLOBAL } from './main-api.js';
import type { MainApi } from './main-api.js';

const g = globalThis as Record<string, unknown>;
const DONE = '__isnadLanguageStage';

function look(): void {
  const detection = detectLanguage(document);
  if (detection.verdict !== 'arabic-page') return;
  void (async () => {
    if (!g[MAIN_GLOBAL]) {
      const answer = (await ext()?.runtime.sendMessage({ type: 'load-content', payload: { part: 'main' } })) as { ok: boolean } | undefined;
      if (!answer?.ok) return;
    }
    (g[MAIN_GLOBAL] as MainApi | undefined)?.start(detection);
  })().catch(() => undefined);
}

try {
  // Injected again for the same document (the worker restarted and looked at its tabs again), or
  // after a single-page navigation, which the full script, once here, watches itself: nothing
  // more happens (background/injector.ts injects each document once; this is the backstop).
  const url = location.href.split('#')[0];
  if (!g[MAIN_GLOBAL] && g[DONE] !== url) {
    g[DONE] = url;
    // The worker injects this while the page may still be loading: the document must be parsed
    // (not loaded: a page whose images never finish loading is read all the same).
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => {
      try {
        look();
      } catch {
        // Never let the extension break the page.
      }
    }, { once: true });
    else look();
  }
} catch {
  // Never let the extension break the page.
}
