/**
 * The popup's shell: reads the query parameters, binds the App to the extension (worker
 * messages, the tab's content script, clipboard, downloads) and records when the first analysis
 * is painted (`isnad:ready` performance mark, measured from the popup's navigation start).
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { Span } from '../engine/types.js';
import { sendToBackground, sendToTab } from '../shared/send.js';
import { App } from './App.js';
import type { PopupActions } from './context.js';
import { createI18n, dictLookup, resolveLang } from './i18n.js';
import type { Dict, I18n } from './i18n.js';
import type { TabAnalysis } from '../shared/messages.js';
import { parseParams, popupPath } from '../shared/popup-url.js';
import { settledAnswer } from './useTabAnalysis.js';
import { readStored, samePage } from '../shared/analysis-store.js';
import type { SessionStore } from '../shared/analysis-store.js';
import { siteOf } from '../shared/site-settings.js';
import type { LocalStore } from '../shared/site-settings.js';
import { settingsIn, snapshot } from './settings.js';
import type { SettingsSnapshot } from './settings.js';
import { LOG_STATUS_KEY, logPagePath, parseLogStatus } from '../shared/log/status.js';

performance.mark('isnad:script');
const params = parseParams(location.search);

/** The tab to show: `?tab=ID`, else the active tab of this window (whose address comes with it). */
const tabPromise: Promise<{ id?: number; url?: string }> = params.tab
  ? Promise.resolve({ id: params.tab })
  : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => ({ id: tab?.id, url: tab?.url }));
const tabIdPromise: Promise<number | undefined> = tabPromise.then((t) => t.id);

// Without an override, strings come from the browser's i18n API (the browser's language); with
// `?lang=`, from the same _locales files in the extension package, since the API cannot switch.
const lang = resolveLang(params.lang, browser.i18n.getUILanguage());

async function readLocale(l: string): Promise<Dict> {
  try {
    return (await (await fetch(browser.runtime.getURL(`_locales/${l}/messages.json`))).json()) as Dict;
  } catch {
    return {};
  }
}

const i18nReady: Promise<I18n> = params.lang
  ? Promise.all([readLocale(lang), lang === 'en' ? {} : readLocale('en')]).then(([main, en]) => createI18n(lang, dictLookup(main, en)))
  : Promise.resolve(createI18n(lang, (key, subs) => browser.i18n.getMessage(key, subs)));

async function fetchAnalysis(refresh: boolean): Promise<TabAnalysis> {
  const tabId = await tabIdPromise;
  if (tabId === undefined) return { state: 'error', error: (await i18nReady).t('noTab') };
  const answer = await sendToBackground('get-tab-analysis', { tabId, refresh });
  performance.mark('isnad:answer');
  return answer;
}

const local = (browser.storage as unknown as { local?: LocalStore }).local;
const settings = local ? settingsIn(local) : undefined;

/** The tab's address: with the active tab it came along; a named tab is asked for it. */
const tabUrl: Promise<string | undefined> = tabPromise.then((tab) =>
  tab.url ?? (tab.id === undefined ? undefined : browser.tabs.get(tab.id).then((t) => t.url, () => undefined)),
);

/** This device's settings for the tab's site, read beside the analysis so the first frame has them. */
const settingsFirst: Promise<SettingsSnapshot | undefined> = tabUrl.then((url) =>
  settings && url && siteOf(url) ? snapshot(settings, siteOf(url)).catch(() => undefined) : undefined,
);

/**
 * The worker's stored analysis for the tab, if it is for the page the tab shows now. Read here
 * rather than asked of the worker: it saves a hop through the worker on the way to first paint.
 */
async function readCached(): Promise<TabAnalysis | undefined> {
  const session = (browser.storage as unknown as { session?: SessionStore }).session;
  const tab = await tabPromise;
  if (!session || tab.id === undefined) return undefined;
  const [stored, url] = await Promise.all([readStored(session, tab.id), tabUrl]);
  if (!stored || !url || !samePage(stored.url, url)) return undefined;
  performance.mark('isnad:answer');
  return stored.value;
}

// The first answer is asked for now, before anything renders, so it overlaps with loading the
// interface; the App's first `load(false)` picks it up. Later loads (polling while the page is
// analysed, a refresh) ask the worker, which knows about analyses under way.
let prefetched: Promise<TabAnalysis> | null = readCached().then((cached) => cached ?? fetchAnalysis(false));

function load(refresh: boolean): Promise<TabAnalysis> {
  const first = prefetched;
  prefetched = null;
  return first && !refresh ? first : fetchAnalysis(refresh);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older engines or a denied permission: the selection-based copy still works in a popup.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

// As a page in a tab (`?tab=` without `in=toolbar`), there is no other tab to open it in.
const inTab = params.tab !== undefined && !params.toolbar;

const actions: PopupActions = {
  async showInPage(span: Span) {
    const tabId = await tabIdPromise;
    if (tabId === undefined) return false;
    const answer = await sendToTab(tabId, 'show-in-page', { start: span.start, end: span.end });
    return !!answer?.ok;
  },
  copyText,
  settings,
  download(fileName, mime, content) {
    const url = URL.createObjectURL(new Blob([content], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  log: {
    async status() {
      return parseLogStatus((await browser.storage.local.get(LOG_STATUS_KEY))[LOG_STATUS_KEY]);
    },
    settings: (change) => sendToBackground('log-settings', change),
    onChange(listener) {
      const l = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && LOG_STATUS_KEY in changes) listener(parseLogStatus(changes[LOG_STATUS_KEY].newValue));
      };
      browser.storage.onChanged.addListener(l);
      return () => browser.storage.onChanged.removeListener(l);
    },
    open() {
      void browser.tabs.create({ url: browser.runtime.getURL(logPagePath({ lang: params.lang ?? undefined })) });
      if (!inTab) window.close();
    },
  },
  openInTab: inTab
    ? undefined
    : () => {
        void tabIdPromise.then((tabId) => {
          void browser.tabs.create({ url: browser.runtime.getURL(popupPath({ tab: tabId, speaker: params.speaker, lang: params.lang })) });
          window.close();
        });
      },
};

let paintWatched = false;

/**
 * Marks `isnad:painted` once the next frame has been painted: a timer queued from that frame's
 * animation callback runs after its paint. When the answer is already here this is queued
 * before the first render, ahead of the effects Preact defers to the same point, so their work
 * (asking the worker about the site's highlighting, say) is not counted as painting.
 */
function watchPaint() {
  if (paintWatched) return;
  paintWatched = true;
  requestAnimationFrame(() => setTimeout(() => performance.mark('isnad:painted'), 0));
}

function onReady() {
  performance.mark('isnad:ready');
  watchPaint();
}

/**
 * How long the popup waits for the first answer before it shows the loading view: a cached
 * analysis arrives well within it and is then the first thing painted, without a loading view
 * flashing by (and costing a frame) on the way.
 */
const LOADING_VIEW_DELAY_MS = 120;

// The script is in the document's head, so the page is not painted empty before it runs.
const domReady = new Promise<void>((resolve) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }) : resolve(),
);
const later = new Promise<undefined>((resolve) => setTimeout(resolve, LOADING_VIEW_DELAY_MS));
const firstAnswer = Promise.race([prefetched!.catch(() => undefined), later]);
// Settings that are slow to come are read again by the view itself: never a reason to wait.
const firstSettings = Promise.race([settingsFirst, later]);

void Promise.all([i18nReady, domReady, firstAnswer, firstSettings]).then(([i18n, , initial, initialSettings]) => {
  document.documentElement.lang = i18n.lang;
  document.documentElement.dir = i18n.dir;
  document.title = i18n.t('popupTitle');
  const root = document.getElementById('app');
  if (!root) return;
  // An answer that is already here is rendered at once rather than through the loading view.
  const ready = settledAnswer(initial);
  if (ready) {
    prefetched = null;
    watchPaint();
  }
  render(<App i18n={i18n} load={load} initial={ready} actions={actions} speaker={params.speaker} initialSettings={initialSettings} onReady={onReady} />, root);
});
