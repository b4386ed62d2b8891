/**
 * The reading log at 10,000 articles, in headless Chromium with a copy of the built extension
 * (dist/chrome) plus one bench page (bench/log-page/bench-log.ts) that fills the log with the
 * worker's own writer. Two logs: the dev articles of ../shared (each logged many times under other
 * addresses, outlets and dates; skipped without ../shared) and generated text (a made-up
 * vocabulary and thousands of names, so the index and the people list are larger).
 *
 * Reported, goals in brackets: the log page's first screen from navigation start (≤ 300 ms), a
 * search answer (≤ 50 ms), the worker's added cost of logging one article (≤ 20 ms).
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../test/browser/launch.js';
import type { BrowserContext, Page } from 'playwright-core';
import { analyze } from '../src/engine/index.js';
import { CHROMIUM, DIST_CHROME, ROOT } from '../test/browser/harness.js';
import type { BenchRow } from './lib.js';
import { devTexts } from './lib.js';
import type { BaseArticle } from './log-page/bench-log.js';

const ARTICLES = Number(process.env.ISNAD_LOG_BENCH_ARTICLES ?? 10_000);
const OPENS = 11;
const SEARCH_RUNS = 7;
const LOG_RUNS = 30;

type Bench = {
  fill(base: BaseArticle[], n: number, variant: string): Promise<{ ms: number; articles: number; people: number; bytes?: number }>;
  logOne(base: BaseArticle[], runs: number, variant: string): Promise<{ build: number; write: number; total: number }>;
  searches(queries: string[], runs: number): Promise<{ q: string; ms: number; total: number }[]>;
  topNames(n: number): Promise<string[]>;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function extensionCopy(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-log-bench-ext-'));
  cpSync(DIST_CHROME, dir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'bench/log-page/bench-log.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(dir, 'bench-log.js'),
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'bench-log.html'), '<!doctype html><meta charset="utf-8"><script src="bench-log.js"></script>');
  return dir;
}

/** The log page's first screen, from navigation start to the painted ranking (isnad:log-ready). */
async function firstScreen(context: BrowserContext, id: string): Promise<{ ready: number[]; script: number[]; marks: Record<string, number[]> }> {
  const times: number[] = [];
  const script: number[] = [];
  const marks: Record<string, number[]> = {};
  for (let i = 0; i < OPENS + 1; i++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/log.html`);
    const t = await page.waitForFunction(() => performance.getEntriesByName('isnad:log-ready')[0]?.startTime, null, { timeout: 60_000 });
    if (i > 0) {
      // The first open warms the extension's process.
      times.push((await t.jsonValue()) as number);
      script.push(await page.evaluate(() => performance.getEntriesByName('isnad:log-script')[0]?.startTime ?? NaN));
      for (const [k, v] of await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number]))) (marks[k] ??= []).push(v);
    }
    await page.close();
  }
  return { ready: times, script, marks };
}

function devBase(): BaseArticle[] | null {
  const dev = devTexts();
  if (dev.length === 0) return null;
  return dev.map(({ text }) => ({ text, analysis: analyze(text) }));
}

async function measure(context: BrowserContext, page: Page, id: string, variant: 'dev' | 'generated', base: BaseArticle[]): Promise<BenchRow[]> {
  const suite = `log:${variant}`;
  const filled = await page.evaluate(([b, n, v]) => (globalThis as unknown as { __isnadLogBench: Bench }).__isnadLogBench.fill(b, n, v), [base, ARTICLES, variant] as const);
  const names = await page.evaluate(() => (globalThis as unknown as { __isnadLogBench: Bench }).__isnadLogBench.topNames(3));
  const queries = variant === 'dev' ? ['الحكومة', 'قال الرئيس', 'الأمم المتحدة', 'الحُكومَة', 'مستشف', ...names.slice(0, 2)] : ['قال', ...names.slice(0, 2), names[0]?.split(' ')[0].slice(0, 3) ?? 'قال'];
  const screen = await firstScreen(context, id);
  if (process.env.ISNAD_LOG_BENCH_PROBE)
    for (const q of queries) console.log(q, await page.evaluate((x) => (globalThis as unknown as { __isnadLogBench: { probeSearch(q: string): Promise<unknown> } }).__isnadLogBench.probeSearch(x), q));
  const found = await page.evaluate(([q, r]) => (globalThis as unknown as { __isnadLogBench: Bench }).__isnadLogBench.searches(q, r), [queries, SEARCH_RUNS] as const);
  const cost = await page.evaluate(([b, r, v]) => (globalThis as unknown as { __isnadLogBench: Bench }).__isnadLogBench.logOne(b, r, v), [base, LOG_RUNS, variant] as const);
  const slowest = found.reduce((a, b) => (b.ms > a.ms ? b : a));
  return [
    { suite, name: 'log filled', value: filled.articles, unit: 'articles', note: `${filled.people} people; ${(filled.ms / 1000).toFixed(0)} s to fill; ${filled.bytes !== undefined ? `${(filled.bytes / 1e6).toFixed(0)} MB stored` : 'size unknown'}` },
    { suite, name: 'log page first screen', value: median(screen.ready), unit: 'ms', note: `goal ≤ 300; median of ${OPENS} opens, max ${Math.max(...screen.ready).toFixed(0)}` },
    { suite, name: '  log.js starts', value: median(screen.script), unit: 'ms', note: 'the browser opening an extension page, before any of our code' },
    ...['isnad:log-strings', 'isnad:log-db', 'isnad:log-top'].filter((m) => screen.marks[m]).map((m) => ({ suite, name: `  ${m.slice(10)} at`, value: median(screen.marks[m]), unit: 'ms', note: { strings: 'interface strings in hand', db: 'database open', top: 'ranking read' }[m.slice(10)] })),
    { suite, name: 'search answer (median query)', value: median(found.map((f) => f.ms)), unit: 'ms', note: `goal ≤ 50; ${found.length} queries, slowest «${slowest.q}» ${slowest.ms.toFixed(1)} ms for ${slowest.total} articles` },
    ...found.map((f) => ({ suite, name: `  «${f.q}»`, value: f.ms, unit: 'ms', note: `${f.total} articles` })),
    { suite, name: 'logging one article (worker)', value: cost.total, unit: 'ms', note: `goal ≤ 20; record ${cost.build.toFixed(1)} + transaction ${cost.write.toFixed(1)}, median of ${LOG_RUNS}` },
  ];
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM) || !existsSync(join(DIST_CHROME, 'manifest.json'))) {
    console.log(`Skipped: the log benchmark needs Chromium (${CHROMIUM}) and a build (npm run build).`);
    return [];
  }
  const dir = await extensionCopy();
  const session = await launchChromium({ dist: dir });
  const context = session.context;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    page.on('crash', () => console.log('The bench page crashed.'));
    page.on('console', (m) => console.log('bench page:', m.text()));
    await page.goto(`chrome-extension://${id}/bench-log.html`);
    const rows: BenchRow[] = [];
    const base = devBase();
    if (base) rows.push(...(await measure(context, page, id, 'dev', base)));
    else console.log('Skipped the dev-text log: it needs ../shared/dev, which is not present on this machine.');
    if (process.env.ISNAD_LOG_BENCH_VARIANTS !== 'dev') rows.push(...(await measure(context, page, id, 'generated', [])));
    return rows;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
