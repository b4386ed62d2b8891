/** The reading log in headless Chromium (the steps are in log-suite.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from './launch.js';
import type { ChromiumSession } from './launch.js';
import type { Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { browserAvailable, CHROMIUM, serve } from './harness.js';
import type { StaticServer } from './harness.js';
import { logSuite, writeArticlePages } from './log-suite.js';
import type { LogDriver } from './log-suite.js';

const run = browserAvailable(CHROMIUM, 'Chromium');

describe.runIf(run)('Chromium: the reading log', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let pages: { dir: string; files: string[] };
  let extensionId: string;
  let tab: Page;

  beforeAll(async () => {
    pages = writeArticlePages();
    server = await serve(pages.dir);
    session = await launchChromium({ viewport: { width: 1000, height: 800 } });
    extensionId = session.extensionId;
    tab = await session.context.newPage();
  }, 90_000);

  afterAll(async () => {
    await session?.close();
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
        const page = await session.context.newPage();
        await page.goto(url);
      },
      screenshot: async (file) => void (await tab.screenshot({ path: file, fullPage: true })),
    };
    await logSuite(driver, pages.files.map((f) => server.url(f)), 'chromium', ['light-en', 'light-ar', 'dark-en', 'dark-ar'], (scheme) => tab.emulateMedia({ colorScheme: scheme }));
  }, 180_000);
});
