/**
 * One page must not starve the others (issue 18): how much later a short article is analysed
 * and marked while a 1 MB article in another tab is being analysed, in headless Chromium with
 * the built extension (dist/chrome).
 *
 * Baseline: the short fixture article opened alone, from `goto` to its names marked (the content
 * script's `page-status`). Contended: the same while the 1 MB article's analysis is under way.
 * "Under way" is read from the worker itself: it answers `get-tab-analysis` for the long tab with
 * `analysing`, or does not answer within 100 ms because the engine is blocking it. The delay is
 * the contended time minus the median baseline. Every poll goes from an extension page straight
 * to the tab's content script, never through the worker under test.
 *
 *     npm run build && npm run bench -- starvation
 */
import type { Page } from 'playwright-core';
import type { BenchRow } from './lib.js';
import { launchBenchBrowser, median } from './page-browser.js';

const RUNS = 3;

interface Status {
  analysed?: boolean;
}

export async function run(): Promise<BenchRow[]> {
  const b = await launchBenchBrowser();
  if (!b) return [];
  const worker = b.context.serviceWorkers()[0];
  const probe = await b.context.newPage();
  await probe.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=999999`);
  const tabOf = (url: string) =>
    probe.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      return ((await api.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === u)?.id;
    }, url);
  const status = (tabId: number) =>
    probe.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      return (await api.tabs.sendMessage(id, { type: 'page-status', payload: {} }).catch(() => null)) as Status | null;
    }, tabId);
  /** The worker's state for the tab, or 'blocked' when it does not answer within 100 ms. */
  const workerState = (tabId: number) =>
    probe.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const answer = api.runtime.sendMessage({ type: 'get-tab-analysis', payload: { tabId: id } }).then((a: { state: string }) => a.state);
      return Promise.race([answer, new Promise((r) => setTimeout(() => r('blocked'), 100))]) as Promise<string>;
    }, tabId);

  /** Opens `path` and returns the ms from `goto` until its names are marked. */
  async function timeToMarked(path: string, tag: string): Promise<{ ms: number; page: Page; tabId: number }> {
    const page = await b!.context.newPage();
    const url = `${b!.server.url(path)}?run=${tag}`;
    const t0 = performance.now();
    await page.goto(url);
    let tabId: number | undefined;
    for (;;) {
      tabId ??= await tabOf(url);
      if (tabId !== undefined && (await status(tabId))?.analysed) break;
      if (performance.now() - t0 > 120_000) throw new Error(`${path} was never marked`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return { ms: performance.now() - t0, page, tabId };
  }

  const rows: BenchRow[] = [];
  try {
    // Warm up: the engine loads its model once.
    (await timeToMarked('arabic-article.html', 'warm')).page.close();
    const alone: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await timeToMarked('arabic-article.html', `alone-${i}`);
      alone.push(r.ms);
      await r.page.close();
    }
    const base = median(alone);
    const delays: number[] = [];
    let longMs = NaN;
    for (let i = 0; i < RUNS; i++) {
      const long = await b.context.newPage();
      const longUrl = `${b.server.url('long-article-1mb.html')}?run=${i}`;
      const tLong = performance.now();
      await long.goto(longUrl);
      const longTab = await (async () => {
        for (;;) {
          const id = await tabOf(longUrl);
          if (id !== undefined) return id;
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      // Wait until the long article's analysis is under way.
      let state = '';
      while (state !== 'analysing' && state !== 'blocked') {
        state = await workerState(longTab);
        if (state === 'ready') throw new Error('The 1 MB article was analysed before the short one could be opened.');
        if (performance.now() - tLong > 120_000) throw new Error('The 1 MB article was never analysed.');
        if (state !== 'analysing' && state !== 'blocked') await new Promise((r) => setTimeout(r, 20));
      }
      const short = await timeToMarked('arabic-article.html', `contended-${i}`);
      const longDone = (await status(longTab))?.analysed === true;
      delays.push(Math.max(0, short.ms - base));
      await short.page.close();
      // Let the long one finish (and time it), so runs do not overlap.
      while (!(await status(longTab))?.analysed) {
        if (performance.now() - tLong > 180_000) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      longMs = performance.now() - tLong;
      if (longDone) console.log(`  run ${i}: the 1 MB article was done before the short one; its delay is an upper bound`);
      await long.close();
    }
    rows.push({ suite: 'starvation', name: 'short article alone', value: base, unit: 'ms', note: `goto → names marked; median of ${RUNS}` });
    rows.push({ suite: 'starvation', name: 'delay while a 1 MB one is analysed', value: median(delays), unit: 'ms', note: `contended − alone; median of ${RUNS}, max ${Math.max(...delays).toFixed(0)}; bound 200 ms` });
    rows.push({ suite: 'starvation', name: '1 MB article goto → marked', value: longMs, unit: 'ms', note: 'last run' });
  } finally {
    await b.close();
  }
  return rows;
}
