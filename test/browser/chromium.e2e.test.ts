/**
 * The whole round trip in headless Chromium with the built dist/chrome: page → content script →
 * service worker (engine) → popup. Nothing is mocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { BrowserContext, Worker } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, DIST_CHROME, ROOT, assertBuilt, browserAvailable, serve, tempProfile, waitFor } from './harness.js';
import type { StaticServer } from './harness.js';

const run = browserAvailable(CHROMIUM, 'Chromium');

describe.runIf(run)('Chromium: extension round trip', () => {
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let server: StaticServer;

  beforeAll(async () => {
    assertBuilt(DIST_CHROME);
    server = await serve(join(ROOT, 'test/fixtures/pages'));
    context = await chromium.launchPersistentContext(tempProfile('isnad-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS(DIST_CHROME),
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  async function tabIdOf(url: string): Promise<number> {
    return waitFor(
      () => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id as number | undefined, url),
      `a tab for ${url}`,
    );
  }

  it('analyses an Arabic article on its own and the popup shows who said what', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = server.url('arabic-article.html');
    await page.goto(url);
    const tabId = await tabIdOf(url);
    // The content script sent the article to the worker: the badge shows the number of quotes.
    const badge = await waitFor(
      () => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      'the quote-count badge',
    );
    expect(Number(badge)).toBeGreaterThan(0);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main[data-state="ready"]', { timeout: 20_000 });
    const quotes = await popup.locator('#quotes li').allTextContents();
    expect(quotes.length).toBe(Number(badge));
    expect(quotes.join('\n')).toContain('فرق الإنقاذ انتشلت جثث سبعة أشخاص');
    expect(await popup.locator('h1').textContent()).toContain('السيول');
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  }, 60_000);

  it('does nothing on an English page, and says why when asked', async () => {
    const page = await context.newPage();
    const url = server.url('english-page.html');
    await page.goto(url);
    const tabId = await tabIdOf(url);
    await page.waitForTimeout(500);
    const stored = await worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId);
    expect(stored).toEqual({});
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main[data-state="not-supported"]', { timeout: 20_000 });
    expect(await popup.locator('main').textContent()).toMatch(/"en"|not written in Arabic/);
    await popup.close();
    await page.close();
  }, 60_000);
});
