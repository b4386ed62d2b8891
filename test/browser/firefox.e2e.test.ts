/**
 * The same round trip in Firefox ESR with the built dist/firefox (MV3 background script),
 * driven by puppeteer-core over WebDriver BiDi. Nothing is mocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { join } from 'node:path';
import { assertBuilt, browserAvailable, DIST_FIREFOX, FIREFOX, FIREFOX_UUID, GECKO_ID, POPUP_READY, ROOT, serve, waitFor, waitForSelectorAcrossLoad } from './harness.js';
import type { StaticServer } from './harness.js';

const run = browserAvailable(FIREFOX, 'Firefox ESR');
const BASE = `moz-extension://${FIREFOX_UUID}`;

describe.runIf(run)('Firefox: extension round trip', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    assertBuilt(DIST_FIREFOX);
    server = await serve(join(ROOT, 'test/fixtures/pages'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
    });
    await browser.installExtension(DIST_FIREFOX);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens an extension page without awaiting navigation (it never resolves for moz-extension:). */
  async function openExtensionPage(path: string, selector: string): Promise<Page> {
    const page = await browser.newPage();
    void page.goto(`${BASE}/${path}`).catch(() => undefined);
    await waitForSelectorAcrossLoad(page, selector);
    return page;
  }

  /** Runs `fn` in an extension page, where the WebExtension `browser` API is available. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function inExtension<T, A>(fn: (api: any, arg: A) => Promise<T>, arg: A): Promise<T> {
    const probe = await openExtensionPage('popup.html?tab=999999', 'main');
    try {
      return (await probe.evaluate(
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (src: string, a: unknown) => new Function('api', 'arg', `return (${src})(api, arg)`)((globalThis as any).browser, a),
        fn.toString(),
        arg as unknown,
      )) as T;
    } finally {
      await probe.close();
    }
  }

  function tabIdOf(url: string): Promise<number> {
    return waitFor(
      () => inExtension(async (api, u: string) => ((await api.tabs.query({})) as { id: number; url: string }[]).find((t) => t.url === u)?.id, url),
      `a tab for ${url}`,
    );
  }

  it('analyses an Arabic article on its own and the popup shows who said what', async () => {
    const page = await browser.newPage();
    const url = server.url('arabic-article.html');
    await page.goto(url);
    const tabId = await tabIdOf(url);
    // The content script analysed the page by itself: the badge counts its quotes.
    const badge = await waitFor(() => inExtension((api, id: number) => api.action.getBadgeText({ tabId: id }), tabId), 'the badge');
    expect(Number(badge)).toBeGreaterThan(0);
    // The toolbar button opens the popup on this tab (it names the tab, so it needs no query).
    const toolbar = new URL(
      await waitFor(async () => {
        const url: string = await inExtension((api, id: number) => api.action.getPopup({ tabId: id }), tabId);
        return url.includes('in=toolbar') ? url : undefined;
      }, 'the tab’s toolbar popup'),
    );
    expect(toolbar.searchParams.get('tab')).toBe(String(tabId));
    expect(toolbar.searchParams.get('in')).toBe('toolbar');
    const popup = await openExtensionPage(`popup.html${toolbar.search}`, POPUP_READY);
    const quotes = await popup.$$eval('#quotes li', (els) => els.map((e) => e.textContent ?? ''));
    expect(quotes.length).toBe(Number(badge));
    expect(quotes.join('\n')).toContain('فرق الإنقاذ انتشلت جثث سبعة أشخاص');
    await popup.close();
    await page.close();
  });

  it('does nothing on an English page, and says why when asked', async () => {
    const page = await browser.newPage();
    const url = server.url('english-page.html');
    await page.goto(url);
    const tabId = await tabIdOf(url);
    await new Promise((r) => setTimeout(r, 500));
    expect(await inExtension((api, id: number) => api.storage.session.get(`tab:${id}`), tabId)).toEqual({});
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`, 'main[data-state="not-supported"]');
    expect(await popup.$eval('main', (e) => e.textContent)).toMatch(/"en"|not written in Arabic/);
    await popup.close();
    await page.close();
  });
});
