/**
 * What the reader sees, written once and run by reader-chromium.test.ts and reader-firefox.test.ts
 * with the built extension, on the golden articles (test/fixtures/golden) and our other fixtures:
 *  1. only direct quotes in quotation marks, indirect ones as reported speech, in card, popup and
 *     export; card lines are stretches of the article, never a cut speaker phrase;
 *  2. card and popup file the same quotes under the same speaker;
 *  3. "show in page" marks the sentence once it is in view, and keeps it until the reader moves on;
 *  4. cards for what they are, the rarer actions behind a menu, undo;
 *  5. the legend and type / first-mention switches in the popup, corrections remembered per site;
 *  6. a popup a reader can scan, export names and sources;
 *  7. a page whose load never finishes is read at DOMContentLoaded;
 *  8. bylines and datelines are not marked as people and places.
 * Screenshots go to test-results/. Assertions compare with the analysis the worker made, never
 * with particular names the engine happens to find.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, LaunchOptions, PopupTab, Tab } from './page-driver.js';
import { POPUP_READY, ROOT, waitFor } from './harness.js';
import { servePages } from './page-server.js';
import type { PageServer } from './page-server.js';
import { cachedAnalysis, focusNextName, nameMarks, openCard, pressInCard, revealed, showInPage, waitStatus } from './probes.js';
import type { CardView, Cached } from './probes.js';

const RESULTS = join(ROOT, 'test-results');
/** The Arabic news pages of ../shared/pages (its README's verdicts; page-suite.ts checks the others). */
const SHARED_NEWS = ['newspaper-arabic_article', 'goose3-test_cnn_arabic', 'trafilatura-assabah.com.tn.article', 'bbcarabic-1', 'lbc-1', 'youm7-1', 'albayan-1', 'sputnik-arabic-1'];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function defineReaderSuite(name: string, run: boolean, launch: (o: LaunchOptions) => Promise<Driver>): void {
  describe.runIf(run)(`${name}: what the reader sees`, () => {
    let driver: Driver;
    let server: PageServer;
    let n = 0;
    const shot = (file: string) => join(RESULTS, `${name.toLowerCase()}-${file}.png`);

    beforeAll(async () => {
      mkdirSync(RESULTS, { recursive: true });
      server = await servePages();
      driver = await launch({ proxyPort: Number(new URL(server.url('')).port) });
    }, 90_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    // Each test starts from a device with no settings (no corrections, every type marked).
    beforeEach(async () => {
      await driver.ext((api) => api.storage.local.clear() as Promise<void>, null);
    });

    const open = (path: string) => driver.open(`${server.url(path)}${path.includes('?') ? '&' : '?'}t=${++n}`);

    /** The page, analysed and marked; its stored analysis. */
    async function ready(path: string): Promise<{ tab: Tab; cache: Cached & { text: string; analysis: NonNullable<Cached['analysis']> } }> {
      const tab = await open(path);
      await waitStatus(driver, tab, (s) => s.analysed && s.highlighted > 0, `${path} analysed and marked`);
      const cache = (await cachedAnalysis(driver, tab))!;
      expect(cache.state).toBe('ready');
      return { tab, cache: cache as never };
    }

    /** The popup on the tab, in English, with what it copies and downloads kept for the test. */
    async function popupOn(tab: Tab, query = '&lang=en'): Promise<PopupTab> {
      const popup = await driver.openPopup(tab.id, query, POPUP_READY, { width: 420, height: 600 });
      await popup.evaluate(() => {
        const w = window as unknown as { copied?: string; downloaded?: string };
        navigator.clipboard.writeText = async (t: string) => void (w.copied = t);
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          w.downloaded = this.download;
        };
      });
      return popup;
    }

    /** Visits every marked name with the next-name command, once each; the cards seen. */
    async function everyCard(tab: Tab, marks: number): Promise<CardView[]> {
      const seen = new Map<string, CardView>();
      for (let i = 0; i < marks; i++) {
        expect((await focusNextName(driver, tab)).ok).toBe(true);
        const c = await waitFor(() => openCard(driver, tab), 'a card');
        if (!seen.has(c.entity)) seen.set(c.entity, c);
      }
      await tab.press('Escape');
      return [...seen.values()];
    }

    /**
     * Points 1, 2 and 6 on one analysed page: the popup's groups (named speakers first) and rows
     * (direct quotes in quotation marks, indirect ones as the article's own words), and every
     * speaker's card showing the first of the quotes the popup files under it. Returns the popup.
     */
    async function expectReaderAgrees(tab: Tab, cache: { text: string; analysis: NonNullable<Cached['analysis']> }, maxCards = 80): Promise<PopupTab> {
      const text = cache.text;
      const quotes = new Map(cache.analysis.quotes.map((q) => [q.id, q]));
      const popup = await popupOn(tab);
      // Every group, not only the first screen's.
      await popup.evaluate(() => (document.querySelector('#quotes ~ button.more') as HTMLElement | null)?.click());
      await popup.waitFor('main:not([aria-busy])');
      const groups = await popup.evaluate(() =>
        Array.from(document.querySelectorAll('#quotes section.group'), (g) => ({
          key: g.getAttribute('data-group') ?? '',
          quotes: Array.from(g.querySelectorAll('li[data-quote]'), (li) => li.getAttribute('data-quote') ?? ''),
        })),
      );
      const ranks = groups.map((g) => (/^(entity|named):/.test(g.key) ? 0 : 1));
      expect(ranks, 'named speakers first').toEqual([...ranks].sort());
      const rows = await popup.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('#quotes li[data-quote]'), (li) => ({
          id: li.dataset.quote!,
          quoted: !!li.querySelector('.line q.content'),
          line: li.querySelector('.line')?.textContent ?? '',
          bottom: li.getBoundingClientRect().bottom,
        })),
      );
      for (const r of rows) {
        const q = quotes.get(r.id)!;
        expect(r.quoted, `${r.id} (${q.kind}) in quotation marks`).toBe(q.kind === 'direct');
        if (q.kind === 'indirect') {
          expect(r.line.startsWith('«'), r.line).toBe(false);
          // The reported line is the article's own words, from the attribution on.
          for (const part of r.line.split(' … ')) expect(squash(text)).toContain(squash(part));
          expect(squash(r.line)).toContain(squash(q.content.text).slice(-40));
        }
      }
      // The cards: every speaker's card shows the first of the quotes the popup files under it.
      const byEntity = new Map(groups.filter((g) => g.key.startsWith('entity:')).map((g) => [g.key.slice('entity:'.length), g.quotes]));
      const marks = Math.min((await nameMarks(tab)).length, maxCards);
      const cards = await everyCard(tab, marks);
      expect(cards.length).toBeGreaterThan(0);
      for (const c of cards) {
        const filed = byEntity.get(c.entity) ?? [];
        expect(c.quotes, `card of ${c.name}`).toEqual(filed.slice(0, 1));
        const more = c.more ? Number(/\d+/.exec(c.more)![0]) : 0;
        expect(c.quotes.length + more, `quotes of ${c.name}`).toBe(filed.length);
        for (const line of c.quoteLines) {
          expect(line.quoted).toBe(line.kind === 'direct');
          // No speaker phrase cut out, no bare cue: the line is a stretch of the article.
          if (line.kind === 'indirect') for (const part of line.text.split(' … ')) expect(squash(text)).toContain(squash(part.replace(/…$/, '')));
          expect(line.text.trim().startsWith(':')).toBe(false);
        }
        // A place or an organization is not asked what "they" said.
        if (c.type !== 'person') expect(c.noQuotes).toBe(false);
        if (c.type === 'location' && !c.quotes.length) {
          expect(c.heading).toBeNull();
          expect(c.all).toBe('Where the article names it');
        }
      }
      return popup;
    }

    it('1, 2, 6: card, popup and export agree on who said what, and show reported speech as reported speech', async () => {
      const { tab, cache } = await ready('golden/amman-rates.html');
      const popup = await expectReaderAgrees(tab, cache);
      expect(await popup.evaluate(() => document.querySelectorAll('#quotes li[data-quote]').length)).toBe(cache.analysis.quotes.length);
      expect(await popup.evaluate(() => !!document.querySelector('#quotes section.group[data-group="anonymous"]'))).toBe(true);
      // Dense rows: more than the ~3 quotes of before fit in the popup's first screen.
      await popup.evaluate(() => scrollTo(0, 0));
      const onScreen = await popup.evaluate(() => Array.from(document.querySelectorAll('#quotes li[data-quote]')).filter((li) => li.getBoundingClientRect().bottom <= 600).length);
      expect(onScreen).toBeGreaterThanOrEqual(4);
      // No linguistic jargon, one line of counts.
      const head = await popup.evaluate(() => {
        const counts = document.querySelector<HTMLElement>('.counts')!;
        return { text: document.querySelector('main')!.textContent ?? '', countsHeight: counts.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(counts).lineHeight) };
      });
      expect(head.text).not.toMatch(/Cue:/);
      expect(head.countsHeight).toBeLessThan(head.lineHeight * 1.5);

      // The export says where the article comes from, and reports what was reported.
      await popup.click('button.copy-export');
      const md = await waitFor(() => popup.evaluate(() => (window as unknown as { copied?: string }).copied), 'the Markdown copied');
      // From the page's metadata (og:site_name, JSON-LD author, article:published_time).
      expect(md).toContain('**Outlet:** الاقتصادي اليوم · **Author:** رامي الخطيب · **Published:** 2026-03-04 · **Filed from:** عمّان');
      const items = md.split('\n').filter((l) => /^- («|_reported:_)/.test(l));
      expect(items.length).toBe(cache.analysis.quotes.length);
      expect(items.filter((l) => l.startsWith('- «')).length).toBe(cache.analysis.quotes.filter((q) => q.kind === 'direct').length);
      await popup.click('button.download');
      const file = await waitFor(() => popup.evaluate(() => (window as unknown as { downloaded?: string }).downloaded), 'the file name');
      expect(file).toBe('المركزي-الأردني-يثبت-أسعار-الفائدة-ويتوقع-تراجع-التضخم-2026-03-04.md');
      await popup.screenshot(shot('popup-golden-en'));
      await popup.close();
      await tab.close();
    });

    for (const dir of SHARED_NEWS) {
      it(`1, 2, 3 on the saved page ${dir}: reported speech, card and popup agreeing, the last quote shown in view`, async (ctx) => {
        if (!server.sharedPages || !existsSync(join(server.sharedPages, dir, 'source.html'))) return ctx.skip();
        const { tab, cache } = await ready(`${dir}/source.html`);
        const popup = await expectReaderAgrees(tab, cache, 40);
        await popup.close();
        const last = [...cache.analysis.quotes].sort((a, b) => b.sentence.start - a.sentence.start)[0];
        if (last) {
          expect((await showInPage(driver, tab, last.sentence)).ok).toBe(true);
          const m = await revealed(tab);
          const where = await tab.evaluate(() => ({ innerHeight, scrollY, height: document.documentElement.scrollHeight }));
          expect(m?.inView, `the last quote's sentence wholly in view once marked: ${JSON.stringify({ ...m, ...where })}`).toBe(true);
        }
        await tab.close();
      });
    }

    it('3: "show in page" marks the sentence once it is in view, fully, and keeps it until the reader moves on', async () => {
      const { tab, cache } = await ready('long-story.html');
      const last = [...cache.analysis.quotes].sort((a, b) => b.sentence.start - a.sentence.start)[0];
      // Watch the mark from the page: where was the sentence when the mark first appeared?
      await tab.evaluate(() => {
        const w = window as unknown as { firstMark?: { top: number; bottom: number; vh: number } | null; stop?: boolean };
        w.firstMark = null;
        const look = () => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('isnad-flash');
          const r = h ? [...h][0] : undefined;
          if (r && !w.firstMark) {
            const b = r.getBoundingClientRect();
            w.firstMark = { top: b.top, bottom: b.bottom, vh: innerHeight };
          }
          if (!w.firstMark) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      expect(await tab.evaluate(() => scrollY)).toBe(0);
      expect((await showInPage(driver, tab, last.sentence)).ok).toBe(true);
      // Answered once marked, with the sentence wholly in view.
      const mark = (await revealed(tab))!;
      expect(mark).not.toBeNull();
      expect(squash(mark.text)).toBe(squash(cache.text.slice(last.sentence.start, last.sentence.end)));
      expect(mark.inView).toBe(true);
      expect(mark.scrollY).toBeGreaterThan(1000);
      const first = await waitFor(() => tab.evaluate(() => (window as unknown as { firstMark?: { top: number; bottom: number; vh: number } }).firstMark), 'the first frame with the mark');
      expect(first.top).toBeGreaterThanOrEqual(0);
      expect(first.bottom).toBeLessThanOrEqual(first.vh);
      writeFileSync(shot('show-in-page-long'), await tab.screenshot());
      // It stays while the reader reads (the old mark faded after 2.2 s)…
      const until = Date.now() + 3000;
      while (Date.now() < until) {
        expect(await revealed(tab)).not.toBeNull();
        await new Promise((r) => setTimeout(r, 250));
      }
      // …and goes when the reader scrolls on.
      await tab.mouseMove(300, 300);
      await tab.wheel(-4000);
      await waitFor(async () => (await revealed(tab)) === null, 'the mark to go once the reader scrolled away', 10_000);
      await tab.close();
    });

    it('3: from the popup, on a long page, the popup says "highlighted" only when it is', async () => {
      const { tab, cache } = await ready('long-story.html');
      const popup = await popupOn(tab);
      const last = [...cache.analysis.quotes].sort((a, b) => b.sentence.start - a.sentence.start)[0];
      const item = `#quotes li[data-sentence="${last.sentence.start}:${last.sentence.end}"] button.show-in-page`;
      // The last quote's group may be beyond the first groups the list shows.
      if (!(await popup.evaluate((sel: string) => !!document.querySelector(sel), item))) await popup.click('#quotes ~ button.more');
      await popup.click(item);
      await waitFor(() => popup.evaluate(() => document.querySelector('.status')?.textContent === 'The sentence is highlighted in the page.'), 'the popup to say it is highlighted');
      const mark = (await revealed(tab))!;
      expect(mark.inView).toBe(true);
      await popup.close();
      await tab.close();
    });

    it('4: the card\'s menu holds the rarer actions; stopping marks on the site is undone from the card; keyboard all the way', async () => {
      const { tab } = await ready('golden/hodeidah-vaccines.html');
      const before = (await nameMarks(tab)).length;
      expect((await focusNextName(driver, tab)).ok).toBe(true);
      let card = await waitFor(() => openCard(driver, tab), 'a card');
      expect(card.menuOpen).toBe(false);
      writeFileSync(shot('card'), await tab.screenshot());
      // Keyboard: Tab to the menu button, Enter opens the menu on its first item, Escape closes it.
      for (let i = 0; i < 8 && card.focused !== 'menu-button'; i++) {
        await tab.press('Tab');
        card = (await openCard(driver, tab))!;
      }
      expect(card.focused).toBe('menu-button');
      await tab.press('Enter');
      card = await waitFor(async () => ((await openCard(driver, tab))?.menuOpen ? openCard(driver, tab) : null), 'the menu open');
      expect(card.menuItems).toContain('off');
      expect(card.menuItems).toContain('not-a-name');
      expect(card.focused).toBe('not-a-name');
      await tab.press('ArrowDown');
      expect((await openCard(driver, tab))!.focused).toMatch(/retype/);
      writeFileSync(shot('card-menu'), await tab.screenshot());
      await tab.press('Escape');
      card = (await openCard(driver, tab))!;
      expect(card.menuOpen).toBe(false);
      expect(card.focused).toBe('menu-button');
      // Stop marking names on this site, then take it back.
      await pressInCard(driver, tab, 'button.menu-button');
      await pressInCard(driver, tab, '[role="menu"] button.off');
      await waitFor(async () => (await nameMarks(tab)).length === 0, 'the marks gone');
      card = await waitFor(async () => ((await openCard(driver, tab))?.notice ? openCard(driver, tab) : null), 'the notice with undo');
      expect(card.notice).toMatch(/no longer marked/);
      await pressInCard(driver, tab, '.notice button.undo');
      await waitFor(async () => (await nameMarks(tab)).length === before, 'the marks back');
      await tab.press('Escape');
      await waitFor(async () => (await openCard(driver, tab)) === null, 'the card closed');
      await tab.close();
    });

    it('5: "not a name" from the card is remembered for the site and undone from the popup; the legend switches types, and first mentions only', async () => {
      const { tab } = await ready('golden/sfax-water.html');
      const before = await nameMarks(tab);
      expect((await focusNextName(driver, tab)).ok).toBe(true);
      const card = await waitFor(() => openCard(driver, tab), 'a card');
      await pressInCard(driver, tab, 'button.menu-button');
      await pressInCard(driver, tab, '[role="menu"] button.not-a-name');
      await waitFor(async () => (await nameMarks(tab)).length < before.length, 'the name unmarked');
      expect((await nameMarks(tab)).some((m) => squash(m.text) === squash(card.name))).toBe(false);
      await tab.press('Escape');
      // Remembered: the same article opened again does not mark it.
      const again = await ready('golden/sfax-water.html');
      const marksAgain = await nameMarks(again.tab);
      expect(marksAgain.length).toBe((await nameMarks(tab)).length);
      // The popup lists the correction; undoing it there marks the name again in the page.
      const popup = await popupOn(again.tab);
      await popup.waitFor('.corrections');
      await popup.evaluate(() => ((document.querySelector('.corrections') as HTMLDetailsElement).open = true));
      await popup.click('.corrections li button.restore');
      await waitFor(async () => (await nameMarks(again.tab)).length === before.length, 'the name marked again');

      // The legend: places off, then back; first mentions only.
      const types = (ms: { name: string }[]) => new Set(ms.map((m) => m.name.replace(/-dark$/, '')));
      expect(types(await nameMarks(again.tab)).has('isnad-location')).toBe(true);
      await popup.click('.legend button[data-type="location"]');
      await waitFor(async () => !types(await nameMarks(again.tab)).has('isnad-location'), 'places no longer marked');
      await popup.click('.legend button[data-type="location"]');
      await waitFor(async () => types(await nameMarks(again.tab)).has('isnad-location'), 'places marked again');
      const all = (await nameMarks(again.tab)).length;
      await popup.click('.first-only input');
      await waitFor(async () => (await nameMarks(again.tab)).length < all, 'only first mentions');
      const firsts = await nameMarks(again.tab);
      expect(new Set(firsts.map((m) => squash(m.text))).size).toBeGreaterThanOrEqual(firsts.length - 2);
      await popup.screenshot(shot('popup-controls'));
      await popup.close();
      await again.tab.close();
      await tab.close();
    });

    it('4: a speaker\'s card shows the first thing they said and how many more; screenshots of it on a light and a dark page', async () => {
      for (const [page, file] of [['golden/amman-rates.html', 'card-speaker'], ['golden/hodeidah-vaccines.html', 'card-speaker-dark']] as const) {
        const { tab } = await ready(page);
        let card: CardView | null = null;
        for (let i = 0; i < 40 && !(card && card.type === 'person' && card.quotes.length); i++) {
          expect((await focusNextName(driver, tab)).ok).toBe(true);
          card = await waitFor(() => openCard(driver, tab), 'a card');
        }
        expect(card!.quotes.length, `a speaker's card on ${page}`).toBe(1);
        expect(card!.heading).toBe('What they said in this article');
        writeFileSync(shot(file), await tab.screenshot());
        await tab.close();
      }
    });

    it('7: a page whose load never finishes is read and marked once its document is parsed', async () => {
      const { tab } = await ready('stalled-article.html');
      expect(await tab.evaluate(() => document.readyState)).toBe('interactive');
      expect(await tab.evaluate(() => (document.querySelector('img') as HTMLImageElement).complete)).toBe(false);
      await tab.close();
    });

    it('8: the byline\'s author and the dateline\'s city are not marked as people and places the article is about', async () => {
      for (const page of ['golden/hodeidah-vaccines.html', 'golden/amman-rates.html']) {
        const { tab, cache } = await ready(page);
        const frame = cache.frame!;
        expect(frame.byline, `${page} byline`).toBeTruthy();
        expect(frame.dateline, `${page} dateline`).toBeTruthy();
        const byline = cache.text.slice(frame.byline!.start, frame.byline!.end);
        const dateline = cache.text.slice(frame.dateline!.start, frame.dateline!.end);
        // No mark inside the byline's line or at the head of the first paragraph.
        const framed = await tab.evaluate(([b, d]: [string, string]) => {
          const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          const hits: string[] = [];
          registry.forEach((h, key) => {
            if (!/^isnad-(person|organization|location)/.test(key)) return;
            h.forEach((r) => {
              const block = (r.startContainer.parentElement?.closest('p,div,li,h1,h2') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
              const before = (r.startContainer.textContent ?? '').slice(0, r.startOffset).trim();
              if (block === b.replace(/\s+/g, ' ').trim() || (block.startsWith(d) && before === '')) hits.push(r.toString());
            });
          });
          return hits;
        }, [byline, dateline] as [string, string]);
        expect(framed, `${page}: marks in the byline «${byline}» or dateline «${dateline}»`).toEqual([]);
        // The dateline's place is still marked where the article itself names it.
        const place = frame.dateline!.place;
        const elsewhere = cache.analysis.entities.find((e) => e.name === place)!.mentions.filter((m) => m.start >= frame.dateline!.end);
        if (elsewhere.length) expect((await nameMarks(tab)).some((m) => squash(m.text) === squash(place))).toBe(true);
        // The popup names them as the article's author and place.
        const popup = await popupOn(tab);
        expect(await popup.evaluate(() => document.querySelector('.author')?.textContent)).toBe(`by ${frame.byline!.author}`);
        expect(await popup.evaluate(() => document.querySelector('.place')?.textContent)).toBe(`filed from ${place}`);
        await popup.close();
        await tab.close();
      }
    });

    it('renders the popup of a golden article in Arabic and English, right to left in Arabic, keyboard first', async () => {
      const { tab } = await ready('golden/hodeidah-vaccines.html');
      for (const lang of ['ar', 'en'] as const) {
        const popup = await popupOn(tab, `&lang=${lang}`);
        expect(await popup.evaluate(() => document.querySelector('main')?.getAttribute('dir'))).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        // Every control is reachable from the keyboard and shows where focus is.
        await popup.evaluate(() => (document.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement).focus());
        await popup.press('Tab');
        expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
        await popup.screenshot(shot(`popup-golden-${lang}`));
        await popup.close();
      }
      await tab.close();
    });
  });
}
