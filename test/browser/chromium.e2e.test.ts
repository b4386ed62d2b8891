/**
 * The whole round trip in headless Chromium with the built dist/chrome: page → content script →
 * service worker (engine) → popup. Nothing is mocked.
 */
import { tabFromRecord } from '../../src/shared/analysis-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Worker } from 'playwright-core';
import { join } from 'node:path';
import { browserAvailable, CHROMIUM, POPUP_READY, ROOT, serve, waitFor } from './harness.js';
import type { StaticServer } from './harness.js';
import { launchChromium } from './launch.js';
import type { ChromiumSession } from './launch.js';

const run = browserAvailable(CHROMIUM, 'Chromium');

describe.runIf(run)('Chromium: extension round trip', () => {
  let session: ChromiumSession;
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serve(join(ROOT, 'test/fixtures/pages'));
    session = await launchChromium({ viewport: null });
    context = session.context;
    worker = await session.worker();
    extensionId = session.extensionId;
  }, 60_000);

  afterAll(async () => {
    await session?.close();
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
    await popup.waitForSelector(POPUP_READY, { timeout: 20_000 });
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
    // Loaded, and the worker has handled that (it answers this only after the tab's earlier events).
    await waitFor(() => worker.evaluate(async (id) => (await chrome.tabs.get(id)).status === 'complete', tabId), 'the page loaded');
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

  it('survives the service worker being stopped: the popup still has the analysis, new pages are analysed', async () => {
    const page = await context.newPage();
    const url = server.url('arabic-article.html?before-restart');
    await page.goto(url);
    const tabId = await tabIdOf(url);
    const badge = await waitFor(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), 'the badge');

    // Stop the worker the way the browser does when it is idle (CDP from an extension page).
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/popup.html?tab=999999`);
    const cdp = await context.newCDPSession(probe);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        if (e.versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await probe.close();

    // The popup wakes it and still shows the analysis of the tab.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector(POPUP_READY, { timeout: 20_000 });
    expect(await popup.locator('#quotes li').count()).toBe(Number(badge));
    await popup.close();

    // The restarted worker (names model included) analyses a new page.
    worker = await session.worker();
    const again = await context.newPage();
    const url2 = server.url('arabic-article.html?after-restart');
    await again.goto(url2);
    const tab2 = await tabIdOf(url2);
    const badge2 = await waitFor(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tab2), 'the badge after the restart');
    expect(badge2).toBe(badge);
    const stored = await worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tab2);
    expect(tabFromRecord(stored[`tab:${tab2}`])!.analysis!.entities.length).toBeGreaterThan(0);
    await again.close();
    await page.close();
  }, 90_000);
});
