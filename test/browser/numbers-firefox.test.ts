/**
 * The popup's numbers tab in Firefox ESR with the built dist/firefox, on the same fixture article
 * as numbers-chromium.test.ts (a dateline with a weekday, a date and a time; «أمس», a fraction, a
 * range of percentages, money): the same reading, and screenshots in Arabic and English, light and
 * dark, to test-results/popup-numbers-firefox-*.png. Dark comes from a second Firefox started with
 * the dark colour-scheme preference (puppeteer cannot emulate it over BiDi).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, FIREFOX, POPUP_READY, ROOT, serve, waitFor } from './harness.js';
import type { StaticServer } from './harness.js';
import { launchFirefox } from './launch.js';
import type { FirefoxSession } from './launch.js';
import { NUMBERS_PAGE, expectNumbersTab, numbersTab } from './numbers-tab.js';

const run = browserAvailable(FIREFOX, 'Firefox ESR');
const RESULTS = join(ROOT, 'test-results');

interface Session {
  firefox: FirefoxSession;
  tabId: number;
}

async function start(server: StaticServer, scheme: 'light' | 'dark'): Promise<Session> {
  const firefox = await launchFirefox({ colorScheme: scheme });
  const article = await firefox.browser.newPage();
  const url = server.url(NUMBERS_PAGE);
  await article.goto(url);
  const probe = await firefox.openExtensionPage('popup.html?tab=999999', 'main');
  const tabId = await waitFor(
    () =>
      probe.evaluate(async (u) => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).browser;
        return (await api.tabs.query({})).find((t) => t.url === u)?.id;
      }, url),
    'the article tab',
  );
  await probe.close();
  return { firefox, tabId };
}

async function numbersPopup(s: Session, lang: 'ar' | 'en'): Promise<Page> {
  const page = await s.firefox.browser.newPage({ type: 'window' });
  await page.setViewport({ width: 420, height: 640 });
  const popup = await s.firefox.openExtensionPage(`popup.html?tab=${s.tabId}&lang=${lang}`, POPUP_READY, page);
  await popup.click('#tab-numbers');
  await popup.waitForSelector('#numbers li');
  return popup;
}

async function screenshots(s: Session, scheme: 'light' | 'dark'): Promise<void> {
  for (const lang of ['ar', 'en'] as const) {
    const popup = await numbersPopup(s, lang);
    expectNumbersTab(await numbersTab(popup), lang);
    await popup.screenshot({ path: join(RESULTS, `popup-numbers-firefox-${lang}-${scheme}.png`), fullPage: true });
    await popup.close();
  }
}

describe.runIf(run)('Firefox: the numbers tab', () => {
  let server: StaticServer;
  let light: Session | undefined;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await serve(join(ROOT, 'test/fixtures/pages'));
    light = await start(server, 'light');
  }, 90_000);

  afterAll(async () => {
    await light?.firefox.close();
    await server?.close();
  });

  it('reads each number as what it is, in Arabic and English (light theme)', async () => {
    await screenshots(light!, 'light');
  });

  it('renders the numbers tab in the dark theme', async () => {
    const dark = await start(server, 'dark');
    try {
      await screenshots(dark, 'dark');
    } finally {
      await dark.firefox.close();
    }
  }, 90_000);
});
