/**
 * One page must not starve the others (issue 18): how much later a short article is analysed
 * and marked while a 1 MB article in another tab is being analysed, in headless Chromium with
 * the built extension (dist/chrome).
 *
 * Baseline: the short fixture article opened alone, from `goto` to its names marked (the content
 * script's `page-status`). Contended: the same while the 1 MB article's analysis is under way.
 * "Under way" is read from the worker itself: its `engine-status` lists the long tab, or (a build
 * with the engine inside the worker, for a before/after comparison) it does not answer for 200 ms
 * because the engine is blocking it. The delay is the contended time minus the median baseline.
 * Every poll of a page goes from an extension page straight to the tab's content script, never
 * through the worker under test. For reference, the same delay while an unrelated page keeps one
 * core busy: what any second busy thread costs a short article on this machine.
 *
 *     npm run build && npm run bench -- starvation
 */
import type { Page } from 'playwright-core';
import type { BenchRow } from './lib.js';
import { launchBenchBrowser, median } from './page-browser.js';

const RUNS = 5;

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
  /** Whether the worker is analysing the tab: listed by `engine-status`, or not answering at all. */
  const underWay = (tabId: number) =>
    probe.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const answer = api.runtime.sendMessage({ type: 'engine-status', payload: {} }).then((a?: { analysing?: number[] }) => (a?.analysing?.includes(id) ? 'analysing' : 'no'));
      return Promise.race([answer, new Promise((r) => setTimeout(() => r('blocked'), 200))]) as Promise<string>;
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

  /** The long article opened; resolves once its analysis is under way. */
  async function startLong(tag: string): Promise<{ page: Page; tabId: number; t0: number }> {
    const page = await b!.context.newPage();
    const url = `${b!.server.url('long-article-1mb.html')}?run=${tag}`;
    const t0 = performance.now();
    await page.goto(url);
    let tabId: number | undefined;
    while ((tabId = await tabOf(url)) === undefined) await new Promise((r) => setTimeout(r, 20));
    for (;;) {
      const state = await underWay(tabId);
      if (state === 'analysing' || state === 'blocked') return { page, tabId, t0 };
      if ((await status(tabId))?.analysed) throw new Error('The 1 MB article was analysed before the short one could be opened.');
      if (performance.now() - t0 > 120_000) throw new Error('The 1 MB article was never analysed.');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const rows: BenchRow[] = [];
  try {
    // Warm up: the engine loads its model once.
    await (await timeToMarked('arabic-article.html', 'warm')).page.close();
    // Each run times the short article alone, then while the long one is analysed, then while an
    // unrelated page burns a core: the machine's load drifts, so each delay is taken against the
    // baseline of its own run.
    const alone: number[] = [];
    const delays: number[] = [];
    const burned: number[] = [];
    let longMs = NaN;
    for (let i = 0; i < RUNS; i++) {
      const solo = await timeToMarked('arabic-article.html', `alone-${i}`);
      alone.push(solo.ms);
      await solo.page.close();

      const long = await startLong(String(i));
      const short = await timeToMarked('arabic-article.html', `contended-${i}`);
      const longDone = (await status(long.tabId))?.analysed === true;
      delays.push(short.ms - solo.ms);
      await short.page.close();
      if (longDone) console.log(`  run ${i}: the 1 MB article was done before the short one; its delay is an upper bound`);
      // Let the long one finish (and time it), so runs do not overlap.
      while (!(await status(long.tabId))?.analysed && performance.now() - long.t0 < 180_000) await new Promise((r) => setTimeout(r, 100));
      longMs = performance.now() - long.t0;
      await long.page.close();

      // Reference: a page with nothing to do with the extension keeps one core busy (a Web
      // Worker in a loop): what any second busy thread costs a short article on this machine.
      const hog = await b.context.newPage();
      await hog.setContent('<p>busy</p>');
      await hog.evaluate(() => {
        (globalThis as unknown as { hog: Worker }).hog = new Worker(URL.createObjectURL(new Blob(['for(;;){}'], { type: 'text/javascript' })));
      });
      const burn = await timeToMarked('arabic-article.html', `burn-${i}`);
      burned.push(burn.ms - solo.ms);
      await burn.page.close();
      await hog.close();
    }
    const spread = (xs: number[]) => `median of ${RUNS}, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}`;
    rows.push({ suite: 'starvation', name: 'short article alone', value: median(alone), unit: 'ms', note: `goto → names marked; ${spread(alone)}` });
    rows.push({ suite: 'starvation', name: 'delay while a 1 MB one is analysed', value: median(delays), unit: 'ms', note: `contended − alone, per run; ${spread(delays)}; bound 200 ms` });
    rows.push({ suite: 'starvation', name: 'delay while a page burns one core', value: median(burned), unit: 'ms', note: `reference, not the extension; ${spread(burned)}` });
    rows.push({ suite: 'starvation', name: '1 MB article goto → marked', value: longMs, unit: 'ms', note: 'last run' });
  } finally {
    await b.close();
  }
  return rows;
}
