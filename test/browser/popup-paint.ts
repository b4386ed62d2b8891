/**
 * Times the popup's first paint of a cached analysis in Chromium, from the popup's own
 * performance marks (index.tsx): `isnad:script` (first line of popup.js), `isnad:answer` (the
 * analysis is in hand), `isnad:ready` (rendered), `isnad:painted` (the frame after it painted).
 * Used by the popup browser test (the marks exist and come in order) and by `npm run bench`
 * (the numbers).
 */
import type { BrowserContext, Worker } from 'playwright-core';

export interface PaintMarks {
  script: number;
  answer: number;
  ready: number;
  painted: number;
  /** The browser's first-contentful-paint (Chromium rounds it to 4 ms); NaN if not reported. */
  fcp: number;
}

/**
 * The address the toolbar button opens for the tab, as the worker set it (`action.getPopup`):
 * what a reader's click loads, so that is what is timed.
 */
export async function toolbarPopupUrl(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getPopup(d: { tabId: number }): Promise<string> } } }).chrome.action.getPopup({ tabId: id }), tabId);
}

/** Opens the popup at `url` `runs` times; the marks of each run, in ms from navigation start. */
export async function popupPaints(context: BrowserContext, url: string, runs: number): Promise<PaintMarks[]> {
  // A string, not a function: transpilers that keep function names (tsx) would wrap a nested
  // helper in a call that does not exist inside the page.
  const read = `(() => {
    const m = ['isnad:script', 'isnad:answer', 'isnad:ready', 'isnad:painted', 'first-contentful-paint'].map((n) => performance.getEntriesByName(n)[0]?.startTime);
    return m[3] === undefined ? null : { script: m[0], answer: m[1], ready: m[2], painted: m[3], fcp: m[4] ?? NaN };
  })()`;
  const out: PaintMarks[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    // No waitForSelector: Playwright would poll inside the popup while it starts, and the
    // measuring would slow down what it measures. The marks are read once it is done.
    await popup.goto(url, { waitUntil: 'commit' });
    let marks: PaintMarks | null = null;
    for (let wait = 0; !marks && wait < 100; wait++) {
      await new Promise((r) => setTimeout(r, wait ? 100 : 400));
      marks = (await popup.evaluate(read)) as PaintMarks | null;
    }
    await popup.close();
    if (!marks) throw new Error('The popup never recorded its first paint.');
    out.push(marks);
  }
  return out;
}
