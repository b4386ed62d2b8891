/**
 * The first look at every page the user opens, in the always-loaded content script: the lang
 * attribute and the title, nothing else, so that on the great majority of pages the extension's
 * main-thread cost is this and no more. A page that does not declare Arabic and has no Arabic
 * letter in its title is clearly not Arabic. (Arabic sites with a missing or wrong lang attribute
 * still have Arabic titles; the rare page without one can still be analysed from the toolbar.)
 * Everything else is left to the text sample of `detect.ts`, loaded only for those pages.
 *
 * No regular expression to compile, no table to build: plain string work.
 */
import type { Detection } from './detection.js';

/** Primary language subtags, |-delimited for a plain `includes`. */
const OTHER_ARABIC_SCRIPT_LANGS = '|fa|per|fas|prs|ur|urd|ps|pus|pbu|pbt|ku|kur|ckb|sdh|lki|sd|snd|ug|uig|pnb|ks|kas|bal|bqi|azb|glk|mzn|lrc|ota|skr|hnd|khw|brh|';
const ARABIC_LANGS = '|ar|ara|arb|ary|arz|apc|ajp|acm|afb|aeb|arq|acw|ayl|apd|';

/**
 * A verdict when the lang attribute and title settle it; null when the text must decide. One
 * function with its loops written out: each function a fresh content-script world calls costs a
 * lazy compilation (~0.06 ms measured), a noticeable share of this budget.
 */
export function quickLanguage(doc: Document): Detection | null {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  const lower = lang.toLowerCase();
  let end = 0;
  while (end < lower.length && lower[end] !== '-' && lower[end] !== '_') end++;
  const tag = `|${lower.slice(0, end)}|`;
  if (end > 0 && OTHER_ARABIC_SCRIPT_LANGS.includes(tag)) return { verdict: 'not-arabic', reason: `The page declares the language "${lang}", which is not Arabic.`, lang };
  if (ARABIC_LANGS.includes(tag)) return null;
  const title = doc.title;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    // Arabic, Arabic Supplement, Arabic Presentation Forms A and B.
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return null;
  }
  return { verdict: 'not-arabic', reason: end > 0 ? `The page is in "${lang}", not Arabic.` : 'The page is not written in Arabic.', lang };
}
