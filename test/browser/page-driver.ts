/**
 * One small interface over the two browser drivers, so the in-page tests are written once and
 * run in headless Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
 *
 * Every tab opened here records, from DOMContentLoaded on (after the parser and before any content
 * script), every DOM mutation of the page, and every page error and console error.
 *
 * `ext(fn, arg)` runs `fn(api, arg)` in an extension page kept open for the whole file (the popup
 * with a tab id that does not exist), where the WebExtension API is available and messages reach
 * the worker exactly as the popup's do. It is sent as source text evaluated by the driver
 * (extension pages forbid building functions from strings in their own code), so `fn` must not
 * use anything from the test's scope and `arg` must be JSON.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { waitFor } from './harness.js';
import { DEFAULT_VIEWPORT, launchChromium as startChromium, launchFirefox as startFirefox, waitForSelectorInFirefox } from './launch.js';
import type { LaunchOptions } from './launch.js';

export type { LaunchOptions } from './launch.js';

export interface MutationRecordLite {
  type: string;
  target: string;
  added: string[];
  removed: string[];
  attribute: string | null;
}

export interface Tab {
  readonly url: string;
  /** The browser's tab id, as the extension sees it. */
  readonly id: number;
  /** Runs `fn` in the page's main world. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Scrolls with the mouse wheel at the pointer, as a reader does. */
  wheel(deltaY: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(): Promise<Buffer>;
  /** Page errors and console errors seen so far. */
  errors: string[];
  mutations(): Promise<MutationRecordLite[]>;
  close(): Promise<void>;
}

/** The popup (or the same page opened as a tab) of the extension. */
export interface PopupTab {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  waitFor(selector: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  open(url: string): Promise<Tab>;
  /**
   * The popup for `tabId` (`popup.html?tab=ID` + `query`), in a window of its own so the article
   * stays the visible tab, once `ready` (a selector) is in it.
   */
  openPopup(tabId: number, query: string, ready: string, viewport?: { width: number; height: number }): Promise<PopupTab>;
  /** A page without the content script (about:blank), for layout comparisons. */
  openBlank(html: string): Promise<Pick<Tab, 'screenshot' | 'close' | 'evaluate'>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ext<T, A>(fn: (api: any, arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** URLs of every open page (to find a popup or tab the extension opened). */
  pageUrls(): Promise<string[]>;
  close(): Promise<void>;
}

export const VIEWPORT = DEFAULT_VIEWPORT;

/** Installed before any page script: records mutations once the parser is done. */
function recordMutations(): void {
  const w = window as unknown as { __isnadTestMutations: unknown[] };
  w.__isnadTestMutations = [];
  let armed = false;
  const name = (n: Node) => (n.nodeType === 1 ? (n as Element).tagName : n.nodeName);
  const observer = new MutationObserver((records) => {
    if (!armed) return;
    for (const r of records)
      w.__isnadTestMutations.push({
        type: r.type,
        target: name(r.target),
        added: Array.from(r.addedNodes, name),
        removed: Array.from(r.removedNodes, name),
        attribute: r.attributeName,
      });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.takeRecords();
      armed = true;
    },
    { capture: true, once: true },
  );
}

const readMutations = () => (window as unknown as { __isnadTestMutations?: MutationRecordLite[] }).__isnadTestMutations ?? [];

/** `fn(api, arg)` as an expression over the browser's extension API. */
function call(fn: (...args: never[]) => unknown, arg: unknown): string {
  return `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg) ?? 'undefined'})`;
}

function findTabId(d: Driver, url: string): Promise<number> {
  return waitFor(
    () =>
      d.ext(async (api, u: string) => {
        const tabs = (await api.tabs.query({})) as { id: number; url?: string }[];
        return tabs.find((t) => t.url === u)?.id;
      }, url),
    `the tab of ${url}`,
  );
}

/**
 * Waits until the tab's document has loaded and the worker has handled that: whatever the
 * extension was going to start on this page, it has started (for tests of "nothing happens").
 */
export async function tabSettled(d: Driver, tab: Pick<Tab, 'id'>): Promise<void> {
  await waitFor(() => d.ext(async (api, id: number) => (await api.tabs.get(id)).status === 'complete', tab.id), 'the tab to finish loading');
  // A round trip through the worker: it has handled the tab's earlier events before it answers.
  await d.ext((api) => (api.runtime.sendMessage({ type: 'ping', payload: {} }) as Promise<unknown>).catch(() => undefined), null);
}

/**
 * What of the content script is in the tab (read in the extension's own world of the page): the
 * address the language stage looked at, and whether the full script is there.
 */
export function contentGlobals(d: Driver, tab: Pick<Tab, 'id'>): Promise<{ languageStage: string | null; main: boolean }> {
  return d.ext(async (api, id: number) => {
    const [result] = (await api.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        const g = globalThis as Record<string, unknown>;
        return { languageStage: typeof g.__isnadLanguageStage === 'string' ? g.__isnadLanguageStage : null, main: !!g.__isnadContentMain };
      },
    })) as { result: { languageStage: string | null; main: boolean } }[];
    return result.result;
  }, tab.id);
}

export async function launchChromium(o: LaunchOptions = {}): Promise<Driver> {
  const session = await startChromium(o);
  const { context } = session;
  // An extension page kept open: messages sent from there reach the worker as the popup's do.
  const probe = await context.newPage();
  await probe.goto(session.url('popup.html?tab=999999'));
  const driver: Driver = {
    name: 'chromium',
    async open(url) {
      const page: PwPage = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.addInitScript(recordMutations);
      // Pages that never finish loading are tested too: the document being parsed is enough.
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const id = await findTabId(driver, url);
      return {
        url,
        id,
        errors,
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        mouseMove: (x, y) => page.mouse.move(x, y),
        click: (x, y) => page.mouse.click(x, y),
        wheel: async (dy) => page.mouse.wheel(0, dy),
        press: (key) => page.keyboard.press(key),
        screenshot: () => page.screenshot(),
        mutations: () => page.evaluate(readMutations),
        close: () => page.close(),
      };
    },
    async openPopup(tabId, query, ready, viewport = { width: 420, height: 640 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(session.url(`popup.html?tab=${tabId}${query}`));
      await page.waitForSelector(ready, { timeout: 45_000 });
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        click: (selector) => page.locator(selector).first().click(),
        press: (key) => page.keyboard.press(key),
        waitFor: async (selector) => void (await page.waitForSelector(selector, { timeout: 30_000 })),
        screenshot: async (path, fullPage = true) => void (await page.screenshot({ path, fullPage })),
        close: () => page.close(),
      };
    },
    async openBlank(html) {
      const page = await context.newPage();
      await page.setContent(html);
      return { screenshot: () => page.screenshot(), close: () => page.close(), evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never };
    },
    ext: (fn, arg) => probe.evaluate(call(fn, arg)) as never,
    async pageUrls() {
      return context.pages().map((p) => p.url());
    },
    close: () => session.close(),
  };
  return driver;
}

export async function launchFirefox(o: LaunchOptions = {}): Promise<Driver> {
  const session = await startFirefox(o);
  const { browser } = session;
  // An extension page kept open: the WebExtension API is reachable there.
  const probe: PpPage = await session.openExtensionPage('popup.html?tab=999999', 'main');
  await probe.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser !== 'undefined', { timeout: 30_000 });
  const driver: Driver = {
    name: 'firefox',
    async open(url) {
      const page: PpPage = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.evaluateOnNewDocument(recordMutations);
      try {
        // Pages that never finish loading are tested too: the document being parsed is enough.
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      } catch (e) {
        // Firefox's BiDi navigate can report "Address rejected" for a page that did load (seen on
        // a saved CNN page whose scripts poke at document.domain): trust the parsed document.
        const loaded = await page
          .waitForFunction((u: string) => location.href.startsWith(u) && document.readyState !== 'loading', { timeout: 30_000 }, url)
          .then(() => true, () => false);
        if (!loaded) throw e;
      }
      const id = await findTabId(driver, url);
      return {
        url,
        id,
        errors,
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        mouseMove: (x, y) => page.mouse.move(x, y),
        click: (x, y) => page.mouse.click(x, y),
        wheel: (dy) => page.mouse.wheel({ deltaY: dy }),
        press: (key) => page.keyboard.press(key as never),
        screenshot: async () => Buffer.from(await page.screenshot()),
        mutations: () => page.evaluate(readMutations),
        close: () => page.close(),
      };
    },
    async openPopup(tabId, query, ready, viewport = { width: 420, height: 640 }) {
      const page = await browser.newPage({ type: 'window' });
      await page.setViewport(viewport);
      await session.openExtensionPage(`popup.html?tab=${tabId}${query}`, ready, page);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        // In the page, not through element handles (see waitForSelectorInFirefox).
        click: async (selector) => {
          await waitForSelectorInFirefox(page, selector, 30_000);
          await page.evaluate((sel: string) => (document.querySelector(sel) as HTMLElement).click(), selector);
        },
        press: (key) => page.keyboard.press(key as never),
        waitFor: (selector) => waitForSelectorInFirefox(page, selector, 30_000),
        screenshot: async (path, fullPage = true) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
        close: () => page.close(),
      };
    },
    async openBlank(html) {
      const page = await browser.newPage();
      await page.setContent(html);
      return { screenshot: async () => Buffer.from(await page.screenshot()), close: () => page.close(), evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never };
    },
    ext: (fn, arg) => probe.evaluate(call(fn, arg)) as never,
    async pageUrls() {
      return (await browser.pages()).map((p) => p.url());
    },
    close: () => session.close(),
  };
  return driver;
}
