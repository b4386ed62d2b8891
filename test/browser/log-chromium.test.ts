/** The reading log in headless Chromium (the steps are in log-suite.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './launch.js';
import type { BrowserContext, Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { assertBuilt, browserAvailable, CHROMIUM, DIST_CHROME, serve, tempProfile } from './harness.js';
import type { StaticServer } from './harness.js';
import { logSuite, writeArticlePages } from './log-suite.js';
import type { LogDriver } from './log-suite.js';

const run = browserAvailable(CHROMIUM, 'Chromium');

describe.runIf(run)('Chromium: the reading log', () => {
  let context: BrowserContext;
  let server: StaticServer;
  let pages: { dir: string; files: string[] };
  let extensionId: string;
  let tab: Page;

  beforeAll(async () => {
    assertBuilt(DIST_CHROME);
    pages = writeArticlePages();
    server = await serve(pages.dir);
    context = await chromium.launchPersistentContext(tempProfile('isnad-log-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumArgs(DIST_CHROME),
      viewport: { width: 1000, height: 800 },
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    tab = await context.newPage();
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (pages) rmSync(pages.dir, { recursive: true, force: true });
  });

  it('logs three articles, finds the speaker, searches, exports, deletes, imports and upgrades', async () => {
    const driver: LogDriver = {
      async openExtension(path, selector) {
        await tab.goto(`chrome-extension://${extensionId}/${path}`);
        await tab.waitForSelector(selector, { timeout: 20_000, state: 'attached' });
      },
      evaluate: (expression) => tab.evaluate(expression),
      click: (selector) => tab.click(selector),
      async readArticle(url) {
        const page = await context.newPage();
        await page.goto(url);
      },
      screenshot: async (file) => void (await tab.screenshot({ path: file, fullPage: true })),
    };
    await logSuite(driver, pages.files.map((f) => server.url(f)), 'chromium', ['light-en', 'light-ar', 'dark-en', 'dark-ar'], (scheme) => tab.emulateMedia({ colorScheme: scheme }));
  }, 180_000);
});
