/** The reading log in Firefox ESR, over WebDriver BiDi (the steps are in log-suite.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { rmSync } from 'node:fs';
import { browserAvailable, FIREFOX, FIREFOX_UUID, serve, waitFor } from './harness.js';
import { launchFirefox } from './launch.js';
import type { StaticServer } from './harness.js';
import { logSuite, writeArticlePages } from './log-suite.js';
import type { LogDriver } from './log-suite.js';

const run = browserAvailable(FIREFOX, 'Firefox ESR');
const BASE = `moz-extension://${FIREFOX_UUID}`;

describe.runIf(run)('Firefox: the reading log', () => {
  let browser: Browser;
  let server: StaticServer;
  let pages: { dir: string; files: string[] };
  let tab: Page;

  beforeAll(async () => {
    pages = writeArticlePages();
    server = await serve(pages.dir);
    browser = (await launchFirefox({ viewport: null })).browser;
    tab = await browser.newPage();
    await tab.setViewport({ width: 1000, height: 800 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (pages) rmSync(pages.dir, { recursive: true, force: true });
  });

  it('logs three articles, finds the speaker, searches, exports, deletes, imports and upgrades', async () => {
    const driver: LogDriver = {
      async openExtension(path, selector) {
        // A fresh tab each time: moz-extension: navigations never resolve in puppeteer, and a
        // stale document must not answer for the new one.
        await tab.close();
        tab = await browser.newPage();
        await tab.setViewport({ width: 1000, height: 800 });
        void tab.goto(`${BASE}/${path}`).catch(() => undefined);
        // Polled by evaluating a string: puppeteer's own waitForSelector fails over BiDi in this
        // page (the element handle it returns cannot be serialised: "right-hand side of 'in'").
        const want = `location.href.endsWith(${JSON.stringify(path)}) && !!document.querySelector(${JSON.stringify(selector)})`;
        await waitFor(() => tab.evaluate(want).catch(() => false), `${selector} in ${path}`, 30_000);
      },
      evaluate: <T,>(expression: string) => tab.evaluate(expression) as Promise<T>,
      click: async (selector) => void (await tab.evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`)),
      async readArticle(url) {
        const page = await browser.newPage();
        await page.goto(url);
      },
      screenshot: async (file) => void (await tab.screenshot({ path: file as `${string}.png`, fullPage: true })),
    };
    await logSuite(driver, pages.files.map((f) => server.url(f)), 'firefox', ['light-en', 'light-ar']);
  }, 180_000);
});
