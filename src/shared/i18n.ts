/**
 * The interface's strings and number formats (the popup and the log page). Strings come from the extension's _locales through the
 * i18n API (`browser.i18n.getMessage`, which follows the browser's language); a `?lang=ar|en`
 * override reads the same _locales file from the extension package, because the i18n API cannot
 * switch language at run time and the tests (and curious users) need both interfaces in one
 * browser. Nothing here touches the browser, so components render in tests with any dictionary.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '../../_locales/en/messages.json';

export type Lang = 'ar' | 'en';
export type MessageKey = keyof typeof en;
export interface DictEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Dict = Partial<Record<string, DictEntry>>;

/** A message source: the i18n API, or a _locales dictionary read as JSON. */
export type Lookup = (key: string, subs: string[]) => string;

export interface I18n {
  lang: Lang;
  dir: 'rtl' | 'ltr';
  /** The message for `key`, with placeholders filled from `subs`; the key itself if none is found. */
  t(key: MessageKey, ...subs: (string | number)[]): string;
  /** A number in the interface's locale (Western digits, like the articles themselves). */
  num(n: number, options?: Intl.NumberFormatOptions): string;
  /** BCP 47 locale for Intl formatters. */
  locale: string;
}

/** `?lang=` wins; else Arabic for any Arabic browser locale, English otherwise. */
export function resolveLang(param: string | null | undefined, uiLanguage: string | undefined): Lang {
  const p = (param ?? '').toLowerCase();
  if (p === 'ar' || p === 'en') return p;
  return /^ar\b/i.test(uiLanguage ?? '') ? 'ar' : 'en';
}

const positional = (s: string, subs: readonly string[]) =>
  s.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));

/**
 * The i18n API's substitution rules, for the bundled dictionaries: named `$NAME$` placeholders
 * (case-insensitive) whose content may be `$1`…`$9`, then `$1`…`$9` directly; `$$` is a dollar.
 */
export function substitute(entry: DictEntry, subs: readonly string[]): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const withNamed = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = named.get(name.toLowerCase());
    return content === undefined ? whole : positional(content, subs).replace(/\$/g, '\u0000');
  });
  return positional(withNamed, subs).replace(/\u0000/g, '$');
}

/** Messages from _locales dictionaries: the first that has the key answers. */
export function dictLookup(...dicts: Dict[]): Lookup {
  return (key, subs) => {
    for (const d of dicts) {
      const entry = d[key];
      if (entry) return substitute(entry, subs);
    }
    return '';
  };
}

/** Builds an I18n over a message source (a missing message shows its key, never an empty label). */
export function createI18n(lang: Lang, lookup: Lookup): I18n {
  // Arabic text with Western digits: the articles Isnad reads overwhelmingly write them so, and
  // a figure should look the same in the popup as in the sentence it cites.
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : 'en';
  const formats = new Map<string, Intl.NumberFormat>();
  const plain = new Map<string, string>();
  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    locale,
    t(key, ...subs) {
      if (subs.length) return lookup(key, subs.map(String)) || key;
      // Labels repeat on every item (each quote's buttons), and each lookup through the i18n API
      // is a call into the browser's bindings: the popup's first render made ~100 of them.
      let label = plain.get(key);
      if (label === undefined) plain.set(key, (label = lookup(key, []) || key));
      return label;
    },
    num(n, options) {
      const id = options ? JSON.stringify(options) : '';
      let f = formats.get(id);
      if (!f) {
        try {
          f = new Intl.NumberFormat(locale, options);
        } catch {
          f = new Intl.NumberFormat(locale);
        }
        formats.set(id, f);
      }
      return f.format(n);
    },
  };
}

export const I18nContext = createContext<I18n>(createI18n('en', () => ''));
export const useI18n = (): I18n => useContext(I18nContext);
