/**
 * The popup's extension API: the browser's own promise-returning namespace (`browser` in Firefox,
 * `chrome` in Chrome, whose MV3 APIs return promises), in place of webextension-polyfill. The
 * build points the popup's imports of the polyfill here (build.mjs): the polyfill was a third of
 * popup.js, and the size of the popup's script is on the way to its first paint.
 */
import type Browser from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };
const api = (g.browser ?? g.chrome) as typeof Browser;
export default api;
