// `chrome` exists inside the extension's worker, where the tests evaluate code; typed loosely on
// purpose so the source tree keeps using webextension-polyfill only.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
