/**
 * Hostile and huge pages (issue 18), written once and run by hostile-chromium.test.ts and
 * hostile-firefox.test.ts with the built extension: a page can neither drive, read, starve nor
 * corrupt Isnad. Fixtures are our own (test/fixtures/pages/hostile-*, hostile.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, LaunchOptions, Tab } from './page-driver.js';
import { servePages } from './page-server.js';
import type { PageServer } from './page-server.js';
import { waitFor } from './harness.js';
import { cardTarget, pressInCard, readCard } from './card-probe.js';
import { CLICK_GRACE_MS } from '../../src/content/card/ui-host.js';
import { tabFromRecord } from '../../src/shared/analysis-store.js';

interface Status {
  verdict: string;
  highlighted: number;
  mapped: number;
  analysed: boolean;
  url: string;
}

interface EngineStatus {
  analysing: number[];
  started: number;
}

export function defineHostileSuite(name: string, run: boolean, launch: (o: LaunchOptions) => Promise<Driver>): void {
  describe.runIf(run)(`${name}: hostile and huge pages`, () => {
    let driver: Driver;
    let server: PageServer;
    let n = 0;

    beforeAll(async () => {
      server = await servePages();
      driver = await launch({ proxyPort: Number(new URL(server.url('')).port) });
    }, 90_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    const open = (path: string) => driver.open(`${server.url(path)}${path.includes('?') ? '&' : '?'}t=${++n}`);

    const status = (tab: Tab) =>
      driver.ext((api, id: number) => (api.tabs.sendMessage(id, { type: 'page-status', payload: {} }) as Promise<Status>).catch(() => null), tab.id);

    const waitStatus = (tab: Tab, ok: (s: Status) => boolean, what: string, ms = 30_000) =>
      waitFor(async () => {
        const s = await status(tab).catch(() => undefined);
        return s && ok(s) ? s : undefined;
      }, what, ms);

    const engine = () => driver.ext((api) => api.runtime.sendMessage({ type: 'engine-status', payload: {} }) as Promise<EngineStatus>, null);

    const stored = async (tabId: number) => tabFromRecord(await driver.ext(async (api, id: number) => (await api.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId));

    /** A marked name in view, found as any page can find it (the highlight registry is shared with the page). */
    const nameInView = (tab: Tab) =>
      tab.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        for (const key of ['isnad-person', 'isnad-organization', 'isnad-location'])
          for (const r of registry.get(key) ?? []) {
            const b = r.getClientRects()[0];
            if (b && b.top > 60 && b.bottom < innerHeight - 60) return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
          }
        return null;
      });

    /** Every page and extension page (the popup opened on a speaker is one) the browser shows. */
    const openedPages = async () => [
      ...(await driver.pageUrls()),
      ...(await driver.ext(async (api) => ((await api.runtime.getContexts?.({})) ?? []).map((x: { documentUrl?: string }) => x.documentUrl ?? ''), null)),
    ].filter((u) => u.includes('popup.html') && !u.includes('tab=999999'));

    const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));

    it('scripted events do nothing to the card: the page can neither open, read, close nor click it, its menu or its undo', async () => {
      const tab = await open('arabic-article.html');
      await waitStatus(tab, (x) => x.analysed && x.highlighted > 0, 'the names marked');
      const name = (await nameInView(tab))!;
      expect(name).not.toBeNull();
      // A scripted pointer over the name: no card.
      await tab.evaluate(({ x, y }) => {
        for (const t of [window, document, document.elementFromPoint(x, y)])
          t?.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true, composed: true }));
      }, name);
      await settle();
      expect(await readCard(driver, tab.id)).toBeNull();
      // The reader's pointer: a card.
      await tab.mouseMove(name.x, name.y);
      await waitFor(() => readCard(driver, tab.id), 'the card', 5000);
      // The page sees a host element, and no way into it.
      const seen = await tab.evaluate(() => {
        const host = document.documentElement.lastElementChild as HTMLElement;
        let attach = 'attached';
        try {
          host.attachShadow({ mode: 'open' });
        } catch (e) {
          attach = (e as Error).name;
        }
        return { tag: host.tagName, shadowRoot: host.shadowRoot, attach, text: host.textContent };
      });
      expect(seen).toEqual({ tag: 'DIV', shadowRoot: null, attach: 'NotSupportedError', text: '' });
      // Keys and clicks from the page's scripts, wherever it can aim them, after the card settled:
      // its buttons, the menu's toggle, and (once the reader opened the menu) every menu item.
      const before = await openedPages();
      const setting = () => driver.ext(async (api) => (await api.storage.local.get('site:127.0.0.1'))['site:127.0.0.1'] ?? null, null);
      const points = (targets: ({ x: number; y: number } | null)[]) => targets.filter((t): t is { x: number; y: number } => t !== null);
      const scripted = (targets: ({ x: number; y: number } | null)[]) =>
        tab.evaluate((points) => {
          const host = document.documentElement.lastElementChild as HTMLElement;
          for (const key of ['Escape', 'Tab', 'Enter', ' ', 'ArrowDown'])
            for (const t of [window, document, host, document.activeElement]) t?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          for (const p of points) {
            if (!p) continue;
            const el = document.elementFromPoint(p.x, p.y) as HTMLElement | null;
            for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
              el?.dispatchEvent(new MouseEvent(type, { clientX: p.x, clientY: p.y, bubbles: true, composed: true, detail: 1 }));
            el?.click();
          }
          host.click();
        }, points(targets));
      await settle(CLICK_GRACE_MS);
      await scripted([await cardTarget(driver, tab.id, 'button.all'), await cardTarget(driver, tab.id, 'button.menu-button'), await cardTarget(driver, tab.id, 'button.close')]);
      await settle();
      let c = await readCard(driver, tab.id);
      expect(c, 'the card is still open').not.toBeNull();
      expect(c!.menuOpen, 'the menu stays closed').toBe(false);
      expect(await openedPages(), 'no page opened').toEqual(before);
      // The reader opens the menu; the page clicks every item in it.
      expect(await pressInCard(driver, tab, 'button.menu-button')).toBe(true);
      await waitFor(async () => (await readCard(driver, tab.id))?.menuOpen, 'the menu open', 5000);
      const items = (await readCard(driver, tab.id))!.menuItems;
      expect(items).toEqual(expect.arrayContaining(['not-a-name', 'off']));
      await scripted(await Promise.all(items.map((cls) => cardTarget(driver, tab.id, `[role="menu"] button.${cls.split(' ')[0]}`))));
      await settle();
      c = await readCard(driver, tab.id);
      expect(c?.notice ?? null, 'no menu action taken').toBeNull();
      expect(await status(tab), 'names still marked').toMatchObject({ analysed: true });
      expect(await setting(), 'setting unchanged').toBeNull();
      // The reader's own choice is taken; the page cannot take it back by clicking "Undo".
      expect(await pressInCard(driver, tab, '[role="menu"] button.not-a-name')).toBe(true);
      await waitFor(async () => (await readCard(driver, tab.id))?.notice, 'the notice with undo', 5000);
      const corrected = await setting();
      expect(Object.values((corrected as { corrections: Record<string, string> }).corrections)).toEqual(['not-a-name']);
      await scripted([await cardTarget(driver, tab.id, '.notice button.undo')]);
      await settle();
      expect(await setting(), 'the page could not undo it').toEqual(corrected);
      expect(await pressInCard(driver, tab, '.notice button.undo')).toBe(true);
      await waitFor(async () => Object.keys(((await setting()) as { corrections: object } | null)?.corrections ?? {}).length === 0, 'the reader undid it', 5000);
      // The reader's own Escape closes it.
      await tab.press('Escape');
      await waitFor(async () => (await readCard(driver, tab.id)) === null, 'the card to close', 5000);
      await tab.close();
    });

    it('a page that defines an element named like the card\'s host, and breaks attachShadow, does not break cards', async () => {
      const tab = await open('hostile-custom-element.html');
      await waitStatus(tab, (x) => x.analysed && x.highlighted > 0, 'the names marked');
      const name = (await nameInView(tab))!;
      await tab.mouseMove(name.x, name.y);
      const c = await waitFor(() => readCard(driver, tab.id), 'the card', 5000);
      expect(c.name.length).toBeGreaterThan(0);
      // None of the page's code ran for the card: not its element, not its attachShadow, not its createElement.
      expect(await tab.evaluate(() => (window as unknown as { __hostile: unknown }).__hostile)).toEqual({ constructed: 0, attached: 0, created: 0 });
      expect(tab.errors.filter((e) => /isnad|extension:\/\//i.test(e))).toEqual([]);
      await tab.press('Escape');
      await tab.close();
    });

    it('marks a page that never finishes loading (<base href> elsewhere, frames that never answer)', async () => {
      const tab = await open('hostile-base-frames.html');
      const s = await waitStatus(tab, (x) => x.analysed && x.highlighted > 0, 'the page marked while still loading');
      expect(s.verdict).toBe('arabic-article');
      expect(await tab.evaluate(() => document.readyState)).not.toBe('complete');
      await tab.close();
    });

    it('a slow upload in parts is analysed whole; one with a part missing or mixed in is refused, never truncated', async () => {
      // An Arabic page the extension does not analyse on its own: the upload below is the only one.
      const tab = await open('arabic-shop.html');
      await waitStatus(tab, (x) => x.verdict === 'arabic-page', 'the content script');
      const parts = ['قال وزير النقل سامي الحداد إن الطريق الجديد ', 'سيفتح في الربيع، مضيفا أن الكلفة بلغت ', '12 مليون دولار.'];
      const whole = parts.join('');
      /** Sends parts from the tab's content-script world, `gapMs` apart, leaving out `skip`, then the last with analyze-page. */
      const upload = (id: string, skip: number, gapMs: number, foreign?: string) =>
        driver.ext(
          async (api, [tabId, args]: [number, { id: string; parts: string[]; skip: number; gapMs: number; foreign?: string; url: string }]) => {
            const [res] = (await api.scripting.executeScript({
              target: { tabId },
              args: [args],
              func: async (a: typeof args) => {
                const rt = ((globalThis as { browser?: { runtime: unknown } }).browser ?? (globalThis as unknown as { chrome: { runtime: unknown } }).chrome).runtime as { sendMessage(m: unknown): Promise<{ ok: boolean }> };
                const length = a.parts.join('').length;
                const header = { id: a.id, count: a.parts.length, length };
                for (let i = 0; i < a.parts.length - 1; i++) {
                  if (i === a.skip) continue;
                  await new Promise((r) => setTimeout(r, a.gapMs));
                  const part = { ...header, id: i === 1 && a.foreign ? a.foreign : a.id, index: i, text: a.parts[i] };
                  const answer = await rt.sendMessage({ type: 'text-part', payload: part });
                  if (!answer?.ok) return { ok: false, refused: i };
                }
                const page = { url: a.url, title: 'طريق', site: '127.0.0.1', lang: 'ar', verdict: 'arabic-article', reason: 'test' };
                return rt.sendMessage({ type: 'analyze-page', payload: { page, text: a.parts[a.parts.length - 1], length, parts: header } });
              },
            })) as { result: { ok: boolean; textLength?: number; error?: string; refused?: number } }[];
            return res.result;
          },
          [tab.id, { id, parts, skip, gapMs, foreign, url: tab.url }] as [number, { id: string; parts: string[]; skip: number; gapMs: number; foreign?: string; url: string }],
        );
      // Slow: a second between parts. Completed, with the whole text.
      expect(await upload('slow1', -1, 1000)).toMatchObject({ ok: true, textLength: whole.length });
      expect((await stored(tab.id))?.text).toBe(whole);
      // A part missing: refused, and the stored analysis is still of the whole text.
      expect(await upload('hole1', 1, 10)).toMatchObject({ ok: false });
      // A part of another upload mixed in: refused.
      expect(await upload('mix1', -1, 10, 'other1')).toMatchObject({ ok: false });
      expect((await stored(tab.id))?.text).toBe(whole);
      await tab.close();
    }, 60_000);

    it('a 1 MB article in one tab does not hold up a short article in another', async () => {
      const long = await open('long-article-1mb.html');
      await waitFor(async () => (await engine()).analysing.includes(long.id), 'the 1 MB analysis under way', 60_000);
      const t0 = Date.now();
      const short = await open('arabic-article.html');
      await waitStatus(short, (x) => x.analysed && x.highlighted > 0, 'the short article marked');
      const ms = Date.now() - t0;
      const longStill = (await engine()).analysing.includes(long.id);
      console.log(`[${name}] short article marked ${ms} ms after it was opened; the 1 MB analysis ${longStill ? 'still under way' : 'done'}`);
      // Loose (the benchmark measures it: npm run bench -- starvation): done while the 1 MB
      // analysis, several seconds long, is still under way — before, it waited for it to end.
      expect(longStill).toBe(true);
      expect(ms).toBeLessThan(5000);
      await short.close();
      await long.close();
    }, 120_000);

    it('a site that changes its address every 500 ms is not analysed twice a second', async () => {
      const before = (await engine()).started;
      const tab = await open('hostile-churn.html');
      // It never stays long enough to be marked: count the analyses the worker starts.
      const from = await waitFor(async () => {
        const started = (await engine()).started;
        return started > before ? started : undefined;
      }, 'the first analysis');
      const t0 = Date.now();
      await waitFor(() => Date.now() - t0 >= 10_000, 'ten seconds of churn', 15_000);
      const during = (await engine()).started - from;
      console.log(`[${name}] address changed ~20 times in 10 s: ${during} analyses started`);
      // A burst of three, then one every 4 s at most.
      expect(during).toBeLessThanOrEqual(5);
      expect(during).toBeGreaterThanOrEqual(1);
      await tab.close();
    }, 60_000);

    it('session storage stays under its 10 MB quota with twenty 300,000-character articles open, and the popup works for the current tab', async () => {
      const t0 = Date.now();
      const tabs: Tab[] = [];
      for (let i = 0; i < 20; i++) tabs.push(await open('article-300k.html'));
      // Every one analysed and marked (the worker stores each as it is done).
      for (const t of tabs) await waitStatus(t, (x) => x.analysed, 'a 300,000-character article analysed', 240_000);
      const bytes = await driver.ext(async (api) => {
        const s = api.storage.session;
        if (typeof s.getBytesInUse === 'function') return (await s.getBytesInUse(null)) as number;
        // Where the browser does not say (Firefox): its own measure, every key and string at two bytes a code unit.
        const all = (await s.get(null)) as Record<string, unknown>;
        const size = (v: unknown): number => (typeof v === 'string' ? 2 * v.length : v && typeof v === 'object' ? Object.entries(v).reduce((n, [k, x]) => n + 2 * k.length + size(x), 0) : 8);
        return Object.entries(all).reduce((n, [k, v]) => n + 2 * k.length + size(v), 0);
      }, null);
      console.log(`[${name}] ${tabs.length} tabs of 300,000 characters analysed in ${Math.round((Date.now() - t0) / 1000)} s; session storage holds ${(bytes / 1e6).toFixed(2)} MB`);
      expect(bytes).toBeLessThanOrEqual(10 * 1024 * 1024);
      // The tab the reader is on (the last opened): its popup reads its analysis straight from storage.
      const last = tabs[tabs.length - 1];
      const mine = await stored(last.id);
      expect(mine?.state).toBe('ready');
      expect(mine?.analysis?.entities.length).toBeGreaterThan(0);
      // And the first, long evicted from storage, is still answered by the worker.
      const first = await driver.ext((api, id: number) => api.runtime.sendMessage({ type: 'get-tab-analysis', payload: { tabId: id } }), tabs[0].id);
      expect(first).toMatchObject({ state: 'ready' });
      for (const t of tabs) await t.close();
    }, 300_000);

    it('one huge text node is marked near the viewport only, like any other block', async () => {
      const tab = await open('hostile-huge-node.html');
      const s = await waitStatus(tab, (x) => x.analysed && x.mapped > 2000, 'the huge block analysed and mapped', 60_000);
      console.log(`[${name}] one text node: ${s.mapped} names found, ${s.highlighted} marked near the viewport`);
      expect(s.highlighted).toBeGreaterThan(0);
      expect(s.highlighted).toBeLessThanOrEqual(1000);
      await tab.close();
    }, 90_000);
  });
}
