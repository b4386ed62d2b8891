/**
 * The same round trip in Firefox ESR with the built dist/firefox (MV3 background script),
 * driven by puppeteer-core over WebDriver BiDi. Nothing is mocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, FIREFOX, POPUP_READY, waitFor } from './harness.js';
import { launchFirefox, tabSettled } from './page-driver.js';
import type { Driver } from './page-driver.js';
import { servePages } from './page-server.js';
import type { PageServer } from './page-server.js';

const run = browserAvailable(FIREFOX, 'Firefox ESR');

describe.runIf(run)('Firefox: extension round trip', () => {
  let driver: Driver;
  let server: PageServer;

  beforeAll(async () => {
    server = await servePages();
    driver = await launchFirefox({ proxyPort: Number(new URL(server.url('')).port) });
  }, 90_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('analyses an Arabic article on its own and the popup shows who said what', async () => {
    const tab = await driver.open(server.url('arabic-article.html'));
    // The content script analysed the page by itself: the badge counts its quotes.
    const badge = await waitFor(() => driver.ext((api, id: number) => api.action.getBadgeText({ tabId: id }) as Promise<string>, tab.id), 'the badge');
    expect(Number(badge)).toBeGreaterThan(0);
    // The toolbar button opens the popup on this tab (it names the tab, so it needs no query).
    const toolbar = new URL(
      await waitFor(async () => {
        const url: string = await driver.ext((api, id: number) => api.action.getPopup({ tabId: id }) as Promise<string>, tab.id);
        return url.includes('in=toolbar') ? url : undefined;
      }, 'the tab’s toolbar popup'),
    );
    expect(toolbar.searchParams.get('tab')).toBe(String(tab.id));
    expect(toolbar.searchParams.get('in')).toBe('toolbar');
    const popup = await driver.openPopup(tab.id, '&in=toolbar', POPUP_READY);
    const quotes = await popup.evaluate(() => Array.from(document.querySelectorAll('#quotes li'), (e) => e.textContent ?? ''));
    expect(quotes.length).toBe(Number(badge));
    expect(quotes.join('\n')).toContain('فرق الإنقاذ انتشلت جثث سبعة أشخاص');
    await popup.close();
    await tab.close();
  });

  it('does nothing on an English page, and says why when asked', async () => {
    const tab = await driver.open(server.url('english-page.html'));
    await tabSettled(driver, tab);
    expect(await driver.ext((api, id: number) => api.storage.session.get(`tab:${id}`), tab.id)).toEqual({});
    const popup = await driver.openPopup(tab.id, '', 'main[data-state="not-supported"]');
    expect(await popup.evaluate(() => document.querySelector('main')?.textContent)).toMatch(/"en"|not written in Arabic/);
    await popup.close();
    await tab.close();
  });
});
