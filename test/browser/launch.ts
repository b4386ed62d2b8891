/**
 * The one place a browser is started with the extension: Debian's Chromium through playwright-core
 * (MV3 service worker) and Firefox ESR through puppeteer-core over WebDriver BiDi (MV3 background
 * script). Used by every browser test (through `page-driver.ts` or directly) and by the in-page
 * benchmarks. See ../shared/BROWSER-TESTING.md for why these drivers and flags.
 *
 * Each launcher waits until the extension is ready (Chromium: its worker is running; Firefox: an
 * extension page answers), never for a fixed time.
 */
import { chromium } from 'playwright-core';
import type { BrowserContext, Worker } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { CHROMIUM, DIST_CHROME, DIST_FIREFOX, FIREFOX, FIREFOX_UUID, GECKO_ID, assertBuilt, tempProfile, waitFor } from './harness.js';

export interface LaunchOptions {
  /**
   * Every request not for 127.0.0.1 goes to this port of 127.0.0.1 (the tests' own server, which
   * answers 404): real saved pages reference other sites, and no request may leave this machine
   * nor wait for a network that is not there.
   */
  proxyPort?: number;
  /** The page viewport; `null` leaves the browser's default. */
  viewport?: { width: number; height: number } | null;
  /** The browser's interface language (Chromium: `--lang` and the locale). */
  lang?: string;
  /** What `prefers-color-scheme` reports to pages and extension pages (Firefox needs it at launch). */
  colorScheme?: 'light' | 'dark';
  /** Another build of the extension (a benchmark's modified copy); default dist/chrome or dist/firefox. */
  dist?: string;
}

export const DEFAULT_VIEWPORT = { width: 1100, height: 800 };

function chromiumArgs(dist: string, proxyPort?: number): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(proxyPort ? [`--proxy-server=127.0.0.1:${proxyPort}`, '--proxy-bypass-list=127.0.0.1'] : []),
  ];
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://ID/path`. */
  url(path: string): string;
  /** The extension's service worker as it runs now (after a restart, the new one). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchChromium(o: LaunchOptions = {}): Promise<ChromiumSession> {
  const dist = o.dist ?? DIST_CHROME;
  assertBuilt(dist);
  const context = await chromium.launchPersistentContext(tempProfile('isnad-chromium-'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: o.viewport === undefined ? DEFAULT_VIEWPORT : o.viewport,
    colorScheme: o.colorScheme,
    ...(o.lang ? { locale: o.lang } : {}),
    args: [...chromiumArgs(dist, o.proxyPort), ...(o.lang ? [`--lang=${o.lang}`] : [])],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  const origin = `chrome-extension://${extensionId}/`;
  return {
    context,
    extensionId,
    url: (path) => `${origin}${path.replace(/^\//, '')}`,
    worker: () =>
      waitFor(async () => {
        // A stopped worker's old handle may never answer: ask each candidate with a deadline.
        for (const w of context.serviceWorkers()) {
          if (!w.url().startsWith(origin)) continue;
          const alive = await Promise.race([w.evaluate(() => true).catch(() => false), new Promise<false>((r) => setTimeout(() => r(false), 1000))]);
          if (alive) return w;
        }
        return undefined;
      }, 'the extension’s service worker'),
    close: () => context.close(),
  };
}

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://UUID/path`. */
  url(path: string): string;
  /**
   * Opens an extension page in `page` (a new tab by default) and waits for `selector` in it.
   * puppeteer never sees a moz-extension: navigation finish, so it is started without awaiting.
   */
  openExtensionPage(path: string, selector: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(o: LaunchOptions = {}): Promise<FirefoxSession> {
  const dist = o.dist ?? DIST_FIREFOX;
  assertBuilt(dist);
  const prefs: Record<string, unknown> = { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) };
  if (o.proxyPort) {
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': o.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': o.proxyPort,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    });
  }
  // 0 = dark, 1 = light: what prefers-color-scheme reports, extension pages included.
  if (o.colorScheme) prefs['layout.css.prefers-color-scheme.content-override'] = o.colorScheme === 'dark' ? 0 : 1;
  if (o.lang) prefs['intl.locale.requested'] = o.lang;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: o.viewport === undefined ? DEFAULT_VIEWPORT : o.viewport,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
  await browser.installExtension(dist);
  const base = `moz-extension://${FIREFOX_UUID}/`;
  const url = (path: string) => `${base}${path.replace(/^\//, '')}`;
  return {
    browser,
    url,
    async openExtensionPage(path, selector, page) {
      const tab = page ?? (await browser.newPage());
      void tab.goto(url(path)).catch(() => undefined);
      try {
        await waitForSelectorInFirefox(tab, selector);
      } catch (e) {
        // Say what the page showed instead, so a failure can be understood from the log alone.
        const shown = await tab
          .$eval('main', (m) => `${m.getAttribute('data-state')}: ${(m.textContent ?? '').slice(0, 300)}`)
          .catch(() => 'no <main>');
        throw new Error(`${selector} did not appear in ${path}; the page showed ${shown}`, { cause: e });
      }
      return tab;
    },
    close: () => browser.close(),
  };
}

/**
 * Waits for `selector` in a Firefox page whose moz-extension: navigation was started without
 * awaiting it. It asks the page a yes-or-no question again and again rather than using
 * puppeteer's waitForSelector: WebDriver BiDi in Firefox ESR sometimes fails to hand back the
 * element that method returns ("right-hand side of 'in' should be an object, got null", seen on
 * popups that were plainly ready), and while Firefox swaps the extension page in, an evaluation
 * may fail outright. Both are retried until the time is up.
 */
export async function waitForSelectorInFirefox(page: Page, selector: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      if (await page.evaluate((sel: string) => document.querySelector(sel) !== null, selector)) return;
    } catch (e) {
      last = e;
    }
    if (Date.now() >= deadline) throw new Error(`Timed out waiting for ${selector}`, { cause: last });
    await new Promise((r) => setTimeout(r, 100));
  }
}
