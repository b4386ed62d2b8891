/**
 * Second stage of detection, injected by the worker only into pages whose lang attribute or title
 * may be Arabic: a short text sample tells Arabic from Persian, Urdu and the other languages in
 * Arabic script (`detect.ts`). On an Arabic page it asks for the full content script (`main.ts`)
 * and hands it the verdict; on any other page it stops, leaving nothing behind.
 */
import { detectLanguage } from './detect.js';
import { ext } from './ext.js';
import { MAIN_GLOBAL } from './main-api.js';
import type { MainApi } from './main-api.js';

try {
  const detection = detectLanguage(document);
  if (detection.verdict === 'arabic-page') {
    const g = globalThis as Record<string, unknown>;
    void (async () => {
      if (!g[MAIN_GLOBAL]) {
        const answer = (await ext()?.runtime.sendMessage({ type: 'load-content', payload: { part: 'main' } })) as { ok: boolean } | undefined;
        if (!answer?.ok) return;
      }
      (g[MAIN_GLOBAL] as MainApi | undefined)?.start(detection);
    })().catch(() => undefined);
  }
} catch {
  // Never let the extension break the page.
}
