/**
 * A 100,000-word Arabic article (test/fixtures/pages/long-article.ts) in headless Chromium with
 * the built extension: how long the page's main thread is blocked while the extension reads,
 * analyses and marks it. From a Chrome trace of the renderer's main thread, over the window from
 * the first content-script stage to the moment the names are marked:
 *  - the longest task, and the number of tasks over 16 ms (the page's own first layout of
 *    600,000 characters happens before that window);
 *  - the evaluation of the injected content-main.js (compile + run, one task);
 * and, for comparison, a short article page and (with ../shared) two real saved news pages, where
 * Readability's parse is one task of its own. Median of a few loads.
 */
import type { BenchRow } from './lib.js';
import { launchBenchBrowser, median, pageStatus, tasks, traceLoad } from './page-browser.js';
import type { TraceEvent } from './page-browser.js';

const RUNS = 3;

function evaluate(events: TraceEvent[], file: string): TraceEvent | undefined {
  return events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').endsWith(`/${file}`));
}

export async function run(): Promise<BenchRow[]> {
  const b = await launchBenchBrowser();
  if (!b) return [];
  const rows: BenchRow[] = [];
  const worker = b.context.serviceWorkers()[0];
  try {
    const paths = ['long-article.html', 'arabic-article.html'];
    // Real saved pages (Readability runs on those: its parse is one task).
    if (b.server.sharedPages) paths.push('newspaper-arabic_article/source.html', 'trafilatura-assabah.com.tn.article/source.html');
    for (const path of paths) {
      const longest: number[] = [];
      const over: number[] = [];
      const mainEval: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await b.context.newPage();
        const url = `${b.server.url(path)}?run=${i}`;
        const t0 = Date.now();
        const events = await traceLoad(b.context, page, url, async () => {
          // Until the content script reports the names marked.
          for (;;) {
            const s = await pageStatus(worker, url);
            if ((s?.analysed && (s.highlighted ?? 0) > 0) || Date.now() - t0 > 60_000) break;
            await page.waitForTimeout(50);
          }
          await page.waitForTimeout(300);
        });
        const start = evaluate(events, 'content-language.js') ?? evaluate(events, 'content.js');
        const inWindow = start ? tasks(events, start).filter((t) => t.ts >= start.ts) : [];
        longest.push(Math.max(0, ...inWindow.map((t) => t.ms)));
        over.push(inWindow.filter((t) => t.ms > 16).length);
        mainEval.push(((evaluate(events, 'content-main.js')?.dur ?? 0) as number) / 1000);
        await page.close();
      }
      rows.push({ suite: 'page-long', name: `${path} longest task`, value: median(longest), unit: 'ms', note: `from the content script's start to the names marked; median of ${RUNS}, max ${Math.max(...longest).toFixed(1)}` });
      rows.push({ suite: 'page-long', name: `${path} tasks > 16 ms`, value: median(over), unit: 'count', note: `max ${Math.max(...over)}` });
      rows.push({ suite: 'page-long', name: `${path} content-main.js eval`, value: median(mainEval), unit: 'ms', note: 'compile + run of the injected script' });
    }
  } finally {
    await b.close();
  }
  return rows;
}
