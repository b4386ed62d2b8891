/**
 * The log page's shell: reads the log straight from IndexedDB (the worker may be asleep, and a
 * read needs no writer), sends every change to the worker, follows the address (`?entry=`,
 * `?q=`, `?lang=`) and marks when the first screen is painted (`isnad:log-ready`).
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../shared/send.js';
import { openLog } from '../shared/log/schema.js';
import type { LogDB } from '../shared/log/schema.js';
import { articleList, counts, exportLog, outlets, personPage, search, storageUse, topPeople } from '../shared/log/read.js';
import { LOG_STATUS_KEY, parseLogStatus } from '../shared/log/status.js';
import { I18nContext, createI18n, dictLookup, resolveLang } from '../shared/i18n.js';
import type { Dict, I18n } from '../shared/i18n.js';
import { App } from './App.js';
import type { Route } from './App.js';
import type { LogSource } from './source.js';

performance.mark('isnad:log-script');
const params = new URLSearchParams(location.search);
const lang = resolveLang(params.get('lang'), browser.i18n.getUILanguage());
let db: Promise<LogDB> | null = null;
const database = () => (db ??= openLog(undefined, undefined, () => (db = null)).then((d) => (performance.mark('isnad:log-db'), d)));

async function readLocale(l: string): Promise<Dict> {
  try {
    return (await (await fetch(browser.runtime.getURL(`_locales/${l}/messages.json`))).json()) as Dict;
  } catch {
    return {};
  }
}

const i18nReady: Promise<I18n> = params.get('lang')
  ? Promise.all([readLocale(lang), lang === 'en' ? {} : readLocale('en')]).then(([main, en]) => createI18n(lang, dictLookup(main, en)))
  : Promise.resolve(createI18n(lang, (key, subs) => browser.i18n.getMessage(key, subs)));

/**
 * The first screen's reads start now, while the page and its strings load: the ranking as the
 * page first shows it (people and organisations, first page), the counts and the status. The
 * first call for the same thing takes the answer.
 */
const FIRST_TOP = JSON.stringify([{ types: ['person', 'organization'] }, 50]);
const firstTop = database()
  .then((d) => topPeople(d, { types: ['person', 'organization'] }, 50))
  .then((t) => (performance.mark('isnad:log-top'), t));
const early = new Map<string, Promise<unknown>>([
  [`top:${FIRST_TOP}`, firstTop],
  // Counting walks a whole store: after the ranking, which the first screen waits for.
  ['counts', firstTop.catch(() => undefined).then(async () => counts(await database()))],
]);
for (const p of early.values()) p.catch(() => undefined);
function once<T>(key: string, read: () => Promise<T>): Promise<T> {
  const hit = early.get(key) as Promise<T> | undefined;
  early.delete(key);
  return hit ?? read();
}

const source: LogSource = {
  async status() {
    return parseLogStatus((await browser.storage.local.get(LOG_STATUS_KEY))[LOG_STATUS_KEY]);
  },
  settings: (change) => sendToBackground('log-settings', change),
  top: (f, limit) => once(`top:${JSON.stringify([f, limit])}`, async () => topPeople(await database(), f, limit)),
  person: async (id, f) => personPage(await database(), id, f),
  search: async (q, f) => search(await database(), q, f),
  outlets: async () => outlets(await database()),
  counts: () => once('counts', async () => counts(await database())),
  storageUse,
  articles: async (f) => articleList(await database(), f),
  exportLog: async () => exportLog(await database()),
  change: (c) => sendToBackground('log-change', c),
  download(fileName, mime, content) {
    const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

const routeOf = (search: string): Route => {
  const p = new URLSearchParams(search);
  return { entry: p.get('entry') ?? undefined, q: p.get('q') ?? undefined };
};

function navigate(route: Route): void {
  const p = new URLSearchParams();
  if (route.entry) p.set('entry', route.entry);
  if (route.q) p.set('q', route.q);
  if (params.get('lang')) p.set('lang', params.get('lang')!);
  const qs = p.toString();
  history.pushState(null, '', qs ? `?${qs}` : location.pathname);
  paint();
}

let i18n: I18n;
function paint(): void {
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <I18nContext.Provider value={i18n}>
      <App
        source={source}
        route={routeOf(location.search)}
        navigate={navigate}
        onReady={() => {
          // Marked after the frame with the ranking is painted.
          requestAnimationFrame(() => setTimeout(() => performance.mark('isnad:log-ready'), 0));
        }}
      />
    </I18nContext.Provider>,
    root,
  );
}

window.addEventListener('popstate', paint);
void i18nReady.then((value) => {
  performance.mark('isnad:log-strings');
  i18n = value;
  document.documentElement.lang = value.lang;
  document.documentElement.dir = value.dir;
  document.title = value.t('logTitle');
  // The log changes while the page is open (another tab logs an article): show it.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LOG_STATUS_KEY in changes) paint();
  });
  paint();
});
