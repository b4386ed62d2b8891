/**
 * The names model as the extension's worker sees it (build.mjs points the engine's import of
 * `models/ner-model.js` here). The model file ships in the package as `ner-model.bin` and is
 * fetched on the first analysis — `fetch(runtime.getURL(…))` works in Chrome's service worker and
 * Firefox's background script alike — then read in place as typed arrays (no decoding, no large
 * script to parse). A worker that is never asked to analyse never reads it.
 */
import browser from 'webextension-polyfill';

let bytes: Uint8Array | null = null;
let loading: Promise<void> | null = null;

/** Starts loading the model file (once); resolves when `namesModelBytes` can answer. */
export function namesModelReady(): Promise<void> {
  return (loading ??= fetch(browser.runtime.getURL('ner-model.bin'))
    .then((r) => {
      if (!r.ok) throw new Error(`ner-model.bin: ${r.status}`);
      return r.arrayBuffer();
    })
    .then((b) => {
      bytes = new Uint8Array(b);
    })
    .catch((e: unknown) => {
      loading = null;
      throw e;
    }));
}

export function namesModelBytes(): Uint8Array {
  if (!bytes) throw new Error('The names model is still loading.');
  return bytes;
}
