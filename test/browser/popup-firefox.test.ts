/**
 * The popup in Firefox ESR with the built dist/firefox (puppeteer-core over WebDriver BiDi), for
 * a real fixture page: "show in page" scrolls the article to the sentence and flashes it, and
 * screenshots in light and dark, Arabic and English go to test-results/.
 *
 * Puppeteer cannot emulate prefers-color-scheme over BiDi, so the dark screenshots come from a
 * second Firefox started with the content colour-scheme preference set to dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, FIREFOX, flashedInView, POPUP_READY, ROOT, serve, waitFor } from './harness.js';
import type { StaticServer } from './harness.js';
import { launchFirefox } from './launch.js';
import type { FirefoxSession } from './launch.js';

const run = browserAvailable(FIREFOX, 'Firefox ESR');
const RESULTS = join(ROOT, 'test-results');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Session {
  firefox: FirefoxSession;
  article: Page;
  tabId: number;
}

/** Firefox with the extension and the fixture article open in the active tab. */
async function start(server: StaticServer, scheme: 'light' | 'dark'): Promise<Session> {
  const firefox = await launchFirefox({ colorScheme: scheme, viewport: { width: 900, height: 420 } });
  const article = await firefox.browser.newPage();
  const url = server.url('arabic-article.html');
  await article.goto(url);
  // The tab id, asked from an extension page (only those see the `browser` API).
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
  return { firefox, article, tabId };
}

/** The popup for the article, in a window of its own so the article stays the visible tab. */
async function popupFor(s: Session, lang: 'ar' | 'en'): Promise<Page> {
  const page = await s.firefox.browser.newPage({ type: 'window' });
  await page.setViewport({ width: 420, height: 640 });
  return s.firefox.openExtensionPage(`popup.html?tab=${s.tabId}&lang=${lang}`, POPUP_READY, page);
}

async function screenshots(s: Session, scheme: 'light' | 'dark'): Promise<void> {
  for (const lang of ['ar', 'en'] as const) {
    const popup = await popupFor(s, lang);
    expect(await popup.$eval('main', (m) => m.getAttribute('dir'))).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await popup.$$eval('[role="tab"][aria-selected="true"]', (t) => t.length)).toBe(1);
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(scheme === 'dark' ? 'rgb(20, 24, 30)' : 'rgb(255, 255, 255)');
    await popup.screenshot({ path: join(RESULTS, `popup-firefox-${lang}-${scheme}.png`), fullPage: true });
    await popup.close();
  }
}

describe.runIf(run)('Firefox: the popup', () => {
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

  it('scrolls the page to the sentence of a quote and flashes it', async () => {
    const { article } = light!;
    const popup = await popupFor(light!, 'en');
    // The quote whose sentence comes last in the article: furthest below the fold.
    const items = await popup.$$eval('#quotes li[data-sentence]', (els) => els.map((e) => e.getAttribute('data-sentence')!));
    expect(items.length).toBeGreaterThan(0);
    const last = items.map((x) => x.split(':').map(Number)).sort((a, b) => b[0] - a[0])[0];
    const item = `#quotes li[data-sentence="${last[0]}:${last[1]}"]`;
    // The sentence as the popup shows it under the quote, on request.
    await popup.click(`${item} button.sentence-toggle`);
    const sentence = collapse(await popup.$eval(`${item} .source .sentence`, (e) => e.textContent ?? ''));
    expect(await article.evaluate(() => window.scrollY)).toBe(0);

    await popup.click(`${item} button.show-in-page`);
    await popup.waitForFunction(() => document.querySelector('.status')?.textContent?.includes('highlighted'), { timeout: 10_000 });
    const flashed = await flashedInView(article);
    expect(collapse(flashed.text)).toBe(sentence);
    expect(flashed.scrollY).toBeGreaterThan(0);
    await article.screenshot({ path: join(RESULTS, 'popup-firefox-show-in-page.png') });
    await popup.close();
  });

  it('renders in the light theme, in Arabic and English', async () => {
    await screenshots(light!, 'light');
  });

  it('renders in the dark theme, in Arabic and English', async () => {
    const dark = await start(server, 'dark');
    try {
      await screenshots(dark, 'dark');
    } finally {
      await dark.firefox.close();
    }
  }, 90_000);
});
