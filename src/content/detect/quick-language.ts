/**
 * The first look inside a page, before any text is read: the lang attribute and the title. A page
 * declaring Persian, Urdu… is not Arabic; a page declaring another language with no Arabic letter
 * in its title is not either. Everything else (lang="ar", an Arabic title, no lang at all) is left
 * to the text sample of `language-verdict.ts`.
 *
 * No regular expression to compile, no table to build: plain string work in one function.
 */
import type { Detection } from './detection.js';

/** Primary language subtags, |-delimited for a plain `includes`. */
const OTHER_ARABIC_SCRIPT_LANGS = '|fa|per|fas|prs|ur|urd|ps|pus|pbu|pbt|ku|kur|ckb|sdh|lki|sd|snd|ug|uig|pnb|ks|kas|bal|bqi|azb|glk|mzn|lrc|ota|skr|hnd|khw|brh|';
const ARABIC_LANGS = '|ar|ara|arb|ary|arz|apc|ajp|acm|afb|aeb|arq|acw|ayl|apd|';

/** A verdict when the lang attribute and title settle it; null when the text must decide. */
export function quickLanguage(doc: Document): Detection | null {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  const lower = lang.toLowerCase();
  let end = 0;
  while (end < lower.length && lower[end] !== '-' && lower[end] !== '_') end++;
  if (end === 0) return null;
  const tag = `|${lower.slice(0, end)}|`;
  if (OTHER_ARABIC_SCRIPT_LANGS.includes(tag)) return { verdict: 'not-arabic', reason: `The page declares the language "${lang}", which is not Arabic.`, lang };
  if (ARABIC_LANGS.includes(tag)) return null;
  const title = doc.title;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    // Arabic, Arabic Supplement, Arabic Presentation Forms A and B.
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return null;
  }
  return { verdict: 'not-arabic', reason: `The page is in "${lang}", not Arabic.`, lang };
}
