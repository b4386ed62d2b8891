/**
 * The popup's first paint of a cached analysis in headless Chromium (the goal is 50 ms from the
 * popup's navigation start): the built extension analyses the short fixture article, then the
 * popup is opened for its tab again and again (test/browser/popup-paint.ts). Reported: first paint
 * from navigation start; when popup.js starts (the browser opening an extension page, before any
 * of our code runs); and the popup's own share, split into getting the stored analysis,
 * rendering it, and the frame that paints it. The popup is opened at the address the toolbar button
 * opens for the tab (action.getPopup).
 */
import type { BenchRow } from './lib.js';
import { launchBenchBrowser, median, pageStatus } from './page-browser.js';
import { popupPaints, toolbarPopupUrl } from '../test/browser/popup-paint.js';

const RUNS = 51;

export async function run(): Promise<BenchRow[]> {
  const b = await launchBenchBrowser();
  if (!b) return [];
  try {
    const worker = b.context.serviceWorkers()[0];
    const page = await b.context.newPage();
    const url = b.server.url('arabic-article.html');
    await page.goto(url);
    let tabId: number | undefined;
    for (const t0 = Date.now(); tabId === undefined && Date.now() - t0 < 30_000; await page.waitForTimeout(100)) {
      const status = await pageStatus(worker, url);
      if (status?.analysed) tabId = status.tabId;
    }
    if (tabId === undefined) throw new Error('The fixture article was never analysed.');
    const popupUrl = await toolbarPopupUrl(worker, tabId);
    await popupPaints(b.context, popupUrl, 3); // warm-up: the extension's process and caches
    const m = await popupPaints(b.context, popupUrl, RUNS);
    const row = (name: string, xs: number[], note: string): BenchRow => ({ suite: 'popup', name, value: median(xs), unit: 'ms', note });
    return [
      row('first paint from navigation', m.map((x) => x.painted), `median of ${RUNS}; max ${Math.max(...m.map((x) => x.painted)).toFixed(1)}`),
      row('first contentful paint (browser)', m.map((x) => x.fcp).filter((x) => !Number.isNaN(x)), 'when the frame was presented; Chromium rounds to 4 ms'),
      row('popup.js starts', m.map((x) => x.script), 'the browser opening an extension page'),
      row('popup share: script → painted', m.map((x) => x.painted - x.script), 'all of the popup’s own work'),
      row('  stored analysis in hand', m.map((x) => x.answer - x.script), 'storage.session + tab address'),
      row('  rendered', m.map((x) => x.ready - x.answer), 'Preact, first render'),
      row('  painted', m.map((x) => x.painted - x.ready), 'wait for the next frame + style, layout, paint'),
    ];
  } finally {
    await b.close();
  }
}
