/**
 * The popup in headless Chromium with the built dist/chrome, for a real fixture page: "show in
 * page" scrolls the article to the sentence and flashes it; screenshots in light and dark, Arabic
 * and English, and at 200% zoom go to test-results/; the popup records the performance marks of
 * its first paint in order (their timing is `npm run bench -- popup`, not a pass/fail test).
 */
import { tabFromRecord } from '../../src/shared/analysis-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, CHROMIUM, flashedInView, POPUP_READY, ROOT, serve, waitFor } from './harness.js';
import type { StaticServer } from './harness.js';
import { launchChromium } from './launch.js';
import type { ChromiumSession } from './launch.js';
import { popupPaints, toolbarPopupUrl } from './popup-paint.js';

const run = browserAvailable(CHROMIUM, 'Chromium');
const RESULTS = join(ROOT, 'test-results');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.runIf(run)('Chromium: the popup', () => {
  let session: ChromiumSession;
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let server: StaticServer;
  let article: Page;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await serve(join(ROOT, 'test/fixtures/pages'));
    // Short enough that the article's later paragraphs start below the fold.
    session = await launchChromium({ viewport: { width: 900, height: 420 } });
    context = session.context;
    worker = await session.worker();
    extensionId = session.extensionId;
    article = await context.newPage();
    const url = server.url('arabic-article.html');
    await article.goto(url);
    tabId = await waitFor(
      () => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id as number | undefined, url),
      'the article tab',
    );
    // The popup asks the worker, which has the page analysed if it was not already: from here on
    // the analysis is cached.
    await (await openPopup('')).close();
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openPopup(query: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.emulateMedia({ colorScheme });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}${query}`);
    await popup.waitForSelector(POPUP_READY, { timeout: 20_000 });
    return popup;
  }

  it('scrolls the page to the sentence of a quote and flashes it', async () => {
    const stored = await worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId);
    const text: string = tabFromRecord(stored[`tab:${tabId}`])!.text!;
    const popup = await openPopup('&lang=en');
    // The quote whose sentence comes last in the article: furthest below the fold.
    const items = await popup.locator('#quotes li[data-sentence]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sentence')!));
    expect(items.length).toBeGreaterThan(0);
    const last = items.map((s) => s.split(':').map(Number)).sort((a, b) => b[0] - a[0])[0];
    const sentence = collapse(text.slice(last[0], last[1]));
    expect(await article.evaluate(() => window.scrollY)).toBe(0);

    // Several quotes may share that sentence: any of their buttons shows the same sentence.
    await popup.locator(`#quotes li[data-sentence="${last[0]}:${last[1]}"] button.show-in-page`).first().click();
    await popup.waitForFunction(() => document.querySelector('.status')?.textContent?.includes('highlighted'));

    const flashed = await flashedInView(article);
    expect(collapse(flashed.text)).toBe(sentence);
    expect(flashed.scrollY).toBeGreaterThan(0);
    await article.bringToFront();
    await article.screenshot({ path: join(RESULTS, 'popup-chromium-show-in-page.png') });
    await popup.close();
  });

  it('copies a deep link that opens the article at the sentence, for anyone', async () => {
    const popup = await openPopup('&lang=en');
    // Headless Chromium grants no clipboard to an extension page: keep what the popup writes.
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (t: string) => {
        (window as unknown as { copied: string }).copied = t;
      };
    });
    await popup.locator('#tab-numbers').click();
    // The last number of the article: its sentence is below the fold.
    const items = await popup.locator('#numbers li[data-sentence]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sentence')!));
    const last = items.map((s) => s.split(':').map(Number)).sort((a, b) => b[0] - a[0])[0];
    const item = popup.locator(`#numbers li[data-sentence="${last[0]}:${last[1]}"]`).first();
    const sentence = collapse((await item.locator('.sentence').textContent()) ?? '');
    await item.locator('button.copy-link').click();
    await popup.waitForFunction(() => document.querySelector('.status')?.textContent === 'Link to the sentence copied.');
    const link = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(link.startsWith(`${server.url('arabic-article.html')}#:~:text=`)).toBe(true);
    await popup.close();

    // A reader without the extension: a fresh page, the link, the browser scrolls to the words.
    const reader = await context.newPage();
    await reader.goto(link);
    const seen = await waitFor(
      () =>
        reader.evaluate((want) => {
          if (scrollY === 0) return null;
          const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
          const block = Array.from(document.querySelectorAll('article p')).find((p) => norm(p.textContent ?? '').includes(want));
          const r = block?.getBoundingClientRect();
          return r && r.bottom > 0 && r.top < innerHeight ? norm(block!.textContent ?? '') : null;
        }, sentence),
      'the article scrolled to the linked sentence',
    );
    expect(seen).toContain(sentence);
    await reader.close();
  });

  it('renders light and dark, Arabic and English, and stays readable at 200% zoom', async () => {
    for (const lang of ['ar', 'en'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const popup = await openPopup(`&lang=${lang}`, scheme);
        expect(await popup.locator('main').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(await popup.locator('[role="tab"][aria-selected="true"]').count()).toBe(1);
        // The theme follows prefers-color-scheme.
        const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe(scheme === 'dark' ? 'rgb(20, 24, 30)' : 'rgb(255, 255, 255)');
        await popup.screenshot({ path: join(RESULTS, `popup-chromium-${lang}-${scheme}.png`), fullPage: true });
        if (scheme === 'light') {
          // The other two tabs, to look at too.
          for (const tab of ['places', 'numbers']) {
            await popup.locator(`#tab-${tab}`).click();
            if (tab === 'places') await popup.locator('#places details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
            await popup.screenshot({ path: join(RESULTS, `popup-chromium-${lang}-${scheme}-${tab}.png`), fullPage: true });
          }
        }
        await popup.close();
      }
    }
    // 200% zoom in the largest popup Chrome opens (800 px wide): 400 CSS pixels, no sideways scroll.
    const popup = await openPopup('&lang=ar');
    await popup.setViewportSize({ width: 800, height: 1000 });
    await popup.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    await popup.locator('[role="tab"]').nth(2).click();
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await popup.screenshot({ path: join(RESULTS, 'popup-chromium-ar-zoom200.png') });
    await popup.close();
  });

  it('answers the keyboard: arrows between tabs, visible focus', async () => {
    const popup = await openPopup('&lang=en');
    await popup.locator('[role="tab"][aria-selected="true"]').focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-places');
    expect(await popup.locator('#tab-places').getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('Tab');
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await popup.close();
  });

  it('speaks Arabic, right to left, in a browser whose language is Arabic (no ?lang=)', async () => {
    const arabicSession = await launchChromium({ lang: 'ar', viewport: null });
    const arabic = arabicSession.context;
    try {
      const sw = await arabicSession.worker();
      const page = await arabic.newPage();
      await page.goto(server.url('english-page.html'));
      const id = await waitFor(
        () => sw.evaluate(async () => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url?.includes('english-page'))?.id as number | undefined),
        'the page tab',
      );
      const popup = await arabic.newPage();
      await popup.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html?tab=${id}`);
      await popup.waitForSelector('main[data-state="not-supported"]', { timeout: 20_000 });
      expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      expect(await popup.locator('.state-title').textContent()).toBe('هذه الصفحة ليست بالعربية.');
      await popup.setViewportSize({ width: 420, height: 300 });
      await popup.screenshot({ path: join(RESULTS, 'popup-chromium-ar-not-supported.png') });
    } finally {
      await arabicSession.close();
    }
  });

  it('records its first paint of a cached analysis, in order (timed by npm run bench -- popup)', async () => {
    // What the toolbar button opens names the tab, so the popup needs no query for the active tab.
    const url = await toolbarPopupUrl(worker, tabId);
    expect(new URL(url).searchParams.get('tab')).toBe(String(tabId));
    expect(new URL(url).searchParams.get('in')).toBe('toolbar');
    const runs = await popupPaints(context, url, 3);
    for (const m of runs) {
      expect(m.script).toBeGreaterThan(0);
      expect(m.answer).toBeGreaterThanOrEqual(m.script);
      expect(m.ready).toBeGreaterThanOrEqual(m.answer);
      expect(m.painted).toBeGreaterThanOrEqual(m.ready);
    }
    // Each file an extension page loads is a request to the browser on the way to first paint:
    // the stylesheet is inlined, so the script is the only one.
    const popup = await context.newPage();
    const loaded: string[] = [];
    popup.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await popup.goto(url);
    await popup.waitForSelector(POPUP_READY);
    expect(loaded).toEqual(['/popup.html', '/popup.js']);
    // As the toolbar's popup it offers to open itself in a tab.
    expect(await popup.locator('button.open-tab').count()).toBe(1);
    await popup.close();
  });
});
