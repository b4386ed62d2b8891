/**
 * Main-thread cost of the extension on pages that are clearly not Arabic (target: ≤ 0.5 ms), in
 * headless Chromium with the built extension, from Chrome traces of the page's renderer: every
 * EvaluateScript of an extension script (compiling and running it) while the page loads, median
 * over many loads. The worker decides from the tab's title and address which pages get a content
 * script at all (src/background/page-gate.ts), so on these pages the expected cost is zero.
 *
 * For scale, "static content script" rows measure what the usual design costs: an extension whose
 * content script, declared for every page, only reads the lang attribute and the title (Chromium
 * sets up the script's world and DOM bindings: a fixed price beyond our budget). And the Persian
 * page shows the cost where the gate does let the language stage in (Arabic letters in the title).
 * Needs `npm run build` and Chromium; returns no rows otherwise.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { BenchRow } from './lib.js';
import { launchBenchBrowser, median, traceLoad } from './page-browser.js';
import type { TraceEvent } from './page-browser.js';
import { DIST_CHROME } from '../test/browser/harness.js';
import { launchChromium } from '../test/browser/launch.js';

const RUNS = 25;
const PAGES = [
  { path: 'english-page.html', note: 'small English page, lang="en"' },
  { path: 'large-english.html', note: 'large English news page, lang="en"' },
  { path: 'large-english-nolang.html', note: 'large English page without lang' },
  { path: 'readability-rtl-1/source.html', note: 'RTL Latin page (../shared)', shared: true },
  { path: 'persian-news.html', note: 'Persian: Arabic letters in the title, so the language stage runs' },
];

/** Main-thread ms of extension scripts evaluated in the page whose URL matches `which`. */
function extensionScriptMs(events: TraceEvent[], which: RegExp): number {
  return events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && which.test(e.args?.data?.url ?? '')).reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
}

const ANY_EXTENSION_SCRIPT = /^chrome-extension:\/\//;
const PROBE_SCRIPT = /^chrome-extension:\/\/.*\/probe\.js$/;

/** The built extension plus a content script on every page that reads what any detection must read. */
async function staticScriptContext(proxyPort: string): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-static-'));
  cpSync(DIST_CHROME, dir, { recursive: true });
  writeFileSync(join(dir, 'probe.js'), '"use strict";\n(() => { document.documentElement.getAttribute("lang"); document.title; })();\n');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.content_scripts = [{ matches: ['http://*/*', 'https://*/*'], js: ['probe.js'], run_at: 'document_idle' }];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return (await launchChromium({ dist: dir, proxyPort: Number(proxyPort) })).context;
}

async function measure(context: BrowserContext, url: string, which: RegExp): Promise<number> {
  const page = await context.newPage();
  // Long enough for the worker's gate and an injected stage to have run.
  const events = await traceLoad(context, page, url, () => page.waitForTimeout(250));
  await page.close();
  return extensionScriptMs(events, which);
}

export async function run(): Promise<BenchRow[]> {
  const b = await launchBenchBrowser();
  if (!b) return [];
  const fixed = await staticScriptContext(new URL(b.server.url('')).port);
  const rows: BenchRow[] = [];
  const p90 = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * 0.9)];
  try {
    for (const p of PAGES) {
      if (p.shared && !b.server.sharedPages) continue;
      const ours: number[] = [];
      const probe: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const url = `${b.server.url(p.path)}?run=${i}`;
        ours.push(await measure(b.context, url, ANY_EXTENSION_SCRIPT));
        probe.push(await measure(fixed, url, PROBE_SCRIPT));
      }
      rows.push({ suite: 'page-detect', name: `${p.path} isnad`, value: median(ours), unit: 'ms', note: `${p.note}; median of ${RUNS}, p90 ${p90(ours).toFixed(2)}, max ${Math.max(...ours).toFixed(2)}` });
      rows.push({ suite: 'page-detect', name: `${p.path} static script`, value: median(probe), unit: 'ms', note: `for scale: a content script on every page reading lang and title; p90 ${p90(probe).toFixed(2)}` });
    }
  } finally {
    await fixed.close();
    await b.close();
  }
  return rows;
}
