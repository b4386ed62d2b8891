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
import { chromium } from 'playwright-core';
import type { BrowserContext, Page as PwPage, Worker } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { Browser as PpBrowser, Page as PpPage } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, DIST_CHROME, DIST_FIREFOX, FIREFOX, FIREFOX_UUID, GECKO_ID, assertBuilt, tempProfile, waitFor } from './harness.js';

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
  press(key: string): Promise<void>;
  screenshot(): Promise<Buffer>;
  /** Page errors and console errors seen so far. */
  errors: string[];
  mutations(): Promise<MutationRecordLite[]>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /** Opens `url` in a new tab; with `untilParsed`, returns once the document is parsed (for pages that never finish loading). */
  open(url: string, options?: { untilParsed?: boolean }): Promise<Tab>;
  /** A page without the content script (about:blank), for layout comparisons. */
  openBlank(html: string): Promise<Pick<Tab, 'screenshot' | 'close' | 'evaluate'>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ext<T, A>(fn: (api: any, arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** URLs of every open page (to find a popup or tab the extension opened). */
  pageUrls(): Promise<string[]>;
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1100, height: 800 };

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
 * Where the browser sends every request not for 127.0.0.1: the tests' own server, which answers
 * anything it does not have with a 404. Real saved pages reference other sites; no request may
 * leave this machine, and none may wait for a network that is not there.
 */
export interface LaunchOptions {
  proxyPort: number;
}

export async function launchChromium({ proxyPort }: LaunchOptions): Promise<Driver> {
  assertBuilt(DIST_CHROME);
  const context: BrowserContext = await chromium.launchPersistentContext(tempProfile('isnad-page-chromium-'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args: [...CHROMIUM_ARGS(DIST_CHROME), `--proxy-server=127.0.0.1:${proxyPort}`, '--proxy-bypass-list=127.0.0.1'],
  });
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // An extension page kept open: messages sent from there reach the worker as the popup's do.
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=999999`);
  const driver: Driver = {
    name: 'chromium',
    async open(url, options) {
      const page: PwPage = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.addInitScript(recordMutations);
      await page.goto(url, { waitUntil: options?.untilParsed ? 'domcontentloaded' : 'load' });
      const id = await findTabId(driver, url);
      return {
        url,
        id,
        errors,
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        mouseMove: (x, y) => page.mouse.move(x, y),
        press: (key) => page.keyboard.press(key),
        screenshot: () => page.screenshot(),
        mutations: () => page.evaluate(readMutations),
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
    close: () => context.close(),
  };
  return driver;
}

export async function launchFirefox({ proxyPort }: LaunchOptions): Promise<Driver> {
  assertBuilt(DIST_FIREFOX);
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: VIEWPORT,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  // An extension page kept open: the WebExtension API is reachable there. moz-extension
  // navigations never resolve in puppeteer, so wait for the API instead.
  const probe: PpPage = await browser.newPage();
  void probe.goto(`moz-extension://${FIREFOX_UUID}/popup.html?tab=999999`).catch(() => undefined);
  await probe.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser !== 'undefined' && document.readyState === 'complete', { timeout: 30_000 });
  const driver: Driver = {
    name: 'firefox',
    async open(url, options) {
      const page: PpPage = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.evaluateOnNewDocument(recordMutations);
      try {
        await page.goto(url, { waitUntil: options?.untilParsed ? 'domcontentloaded' : 'load' });
      } catch (e) {
        // Firefox's BiDi navigate can report "Address rejected" for a page that did load (seen on
        // a saved CNN page whose scripts poke at document.domain): trust the loaded document.
        const loaded = await page
          .waitForFunction((u: string) => location.href.startsWith(u) && document.readyState === 'complete', { timeout: 15_000 }, url)
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
        press: (key) => page.keyboard.press(key as never),
        screenshot: async () => Buffer.from(await page.screenshot()),
        mutations: () => page.evaluate(readMutations),
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
    close: () => browser.close(),
  };
  return driver;
}
