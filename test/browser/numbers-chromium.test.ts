/**
 * The popup's numbers tab in headless Chromium with the built dist/chrome, on a fixture article
 * whose dateline has a weekday, a date and a time, and whose text has «أمس», a fraction, a range of
 * percentages, money and a weekday to come: each number reads as what it is, the dateline is the
 * article's date shown once, no bare value is left. Screenshots (Arabic and English, light and
 * dark) go to test-results/popup-numbers-chromium-*.png.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, CHROMIUM, POPUP_READY, ROOT, serve, waitFor } from './harness.js';
import type { StaticServer } from './harness.js';
import { launchChromium } from './launch.js';
import type { ChromiumSession } from './launch.js';
import { NUMBERS_PAGE, expectNumbersTab, numbersTab } from './numbers-tab.js';

const run = browserAvailable(CHROMIUM, 'Chromium');
const RESULTS = join(ROOT, 'test-results');

describe.runIf(run)('Chromium: the numbers tab', () => {
  let session: ChromiumSession;
  let context: BrowserContext;
  let server: StaticServer;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await serve(join(ROOT, 'test/fixtures/pages'));
    session = await launchChromium();
    context = session.context;
    const worker = await session.worker();
    const article = await context.newPage();
    const url = server.url(NUMBERS_PAGE);
    await article.goto(url);
    tabId = await waitFor(
      () => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id as number | undefined, url),
      'the article tab',
    );
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openPopup(lang: 'ar' | 'en', colorScheme: 'light' | 'dark'): Promise<Page> {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.emulateMedia({ colorScheme });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&lang=${lang}`);
    await popup.waitForSelector(POPUP_READY, { timeout: 30_000 });
    await popup.click('#tab-numbers');
    await popup.waitForSelector('#numbers li');
    return popup;
  }

  it('reads each number as what it is, with the dateline as the article date', async () => {
    const popup = await openPopup('en', 'light');
    expectNumbersTab(await numbersTab(popup), 'en');
    await popup.close();
  });

  it('renders the numbers tab in Arabic and English, light and dark', async () => {
    for (const lang of ['ar', 'en'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const popup = await openPopup(lang, scheme);
        if (lang === 'ar') expectNumbersTab(await numbersTab(popup), 'ar');
        await popup.screenshot({ path: join(RESULTS, `popup-numbers-chromium-${lang}-${scheme}.png`), fullPage: true });
        await popup.close();
      }
    }
  });
});
