/**
 * Main-thread cost of the always-loaded content script on pages that are clearly not Arabic
 * (target: ≤ 0.5 ms), in headless Chromium with the built extension, from Chrome traces: the
 * EvaluateScript of content.js (compiling and running it, detection included), median over many
 * page loads.
 *
 * Any content script that reads the DOM pays a fixed price for its isolated world (Chromium builds
 * the world's DOM bindings on first use): the "baseline" rows measure it with an extension whose
 * content script only reads the lang attribute and the title. "own" = ours − baseline is what the
 * detection itself adds. Both run interleaved, page load by page load, so machine noise hits both.
 * Needs `npm run build` and Chromium; returns no rows otherwise.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import type { BenchRow } from './lib.js';
import { launchBenchBrowser, median, traceLoad } from './page-browser.js';
import type { TraceEvent } from './page-browser.js';
import { CHROMIUM, CHROMIUM_ARGS, DIST_CHROME, tempProfile } from '../test/browser/harness.js';

const RUNS = 25;
const PAGES = [
  { path: 'english-page.html', note: 'small English page, lang="en"' },
  { path: 'large-english.html', note: 'large English news page, lang="en"' },
  { path: 'large-english-nolang.html', note: 'large English page without lang' },
  { path: 'readability-rtl-1/source.html', note: 'RTL Latin page (../shared)', shared: true },
];

/** Main-thread ms of content.js: its EvaluateScript events. */
function scriptMs(events: TraceEvent[]): number {
  return events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && /\/content\.js$/.test(e.args?.data?.url ?? '')).reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
}

/** The built extension with a content script that only reads what any detection must read. */
async function baselineContext(proxyPort: string): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-baseline-'));
  cpSync(DIST_CHROME, dir, { recursive: true });
  writeFileSync(join(dir, 'content.js'), '"use strict";\n(() => { document.documentElement.getAttribute("lang"); document.title; })();\n');
  return chromium.launchPersistentContext(tempProfile('isnad-bench-base-'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS(dir), `--proxy-server=127.0.0.1:${proxyPort}`, '--proxy-bypass-list=127.0.0.1'],
  });
}

async function measure(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const events = await traceLoad(context, page, url, () => page.waitForTimeout(100));
  await page.close();
  return scriptMs(events);
}

export async function run(): Promise<BenchRow[]> {
  const b = await launchBenchBrowser();
  if (!b) return [];
  const base = await baselineContext(new URL(b.server.url('')).port);
  const rows: BenchRow[] = [];
  try {
    for (const p of PAGES) {
      if (p.shared && !b.server.sharedPages) continue;
      const ours: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const url = `${b.server.url(p.path)}?run=${i}`;
        ours.push(await measure(b.context, url));
        baseline.push(await measure(base, url));
      }
      const o = median(ours);
      const z = median(baseline);
      rows.push({ suite: 'page-detect', name: `${p.path} content.js`, value: o, unit: 'ms', note: `${p.note}; median of ${RUNS}, p90 ${[...ours].sort((x, y) => x - y)[Math.floor(RUNS * 0.9)].toFixed(2)}` });
      rows.push({ suite: 'page-detect', name: `${p.path} baseline`, value: z, unit: 'ms', note: 'a content script reading lang and title only' });
      rows.push({ suite: 'page-detect', name: `${p.path} own`, value: Math.max(0, o - z), unit: 'ms', note: 'content.js − baseline: what detection adds' });
    }
  } finally {
    await base.close();
    await b.close();
  }
  return rows;
}
