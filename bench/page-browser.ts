/**
 * Helpers for the in-page benchmarks: headless Chromium with the built extension (dist/chrome),
 * the test page server, and a Chrome trace of the renderer's main thread. Benchmarks that need
 * them return no rows (with a note) when Chromium or the build is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CHROMIUM, DIST_CHROME } from '../test/browser/harness.js';
import { launchChromium } from '../test/browser/launch.js';
import { servePages } from '../test/browser/page-server.js';
import type { PageServer } from '../test/browser/page-server.js';

export interface BenchBrowser {
  context: BrowserContext;
  server: PageServer;
  close(): Promise<void>;
}

export async function launchBenchBrowser(): Promise<BenchBrowser | null> {
  if (!existsSync(CHROMIUM) || !existsSync(join(DIST_CHROME, 'manifest.json'))) {
    console.log(`Skipped: in-page benchmarks need Chromium (${CHROMIUM}) and a build (npm run build).`);
    return null;
  }
  const server = await servePages();
  const session = await launchChromium({ proxyPort: Number(new URL(server.url('')).port) });
  const { context } = session;
  return {
    context,
    server,
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/** What the content script in the tab showing `url` says of itself (`page-status`), or null. */
export function pageStatus(worker: Worker, url: string): Promise<{ analysed?: boolean; highlighted?: number; tabId: number } | null> {
  return worker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: any }).chrome;
    const tab = ((await api.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === u);
    const status = tab ? await api.tabs.sendMessage(tab.id, { type: 'page-status', payload: {} }).catch(() => null) : null;
    return status ? { ...status, tabId: tab!.id } : null;
  }, url);
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { name?: string; data?: { url?: string } };
}

/** Loads `url` in `page` while tracing; returns the renderer main thread's events. */
export async function traceLoad(context: BrowserContext, page: Page, url: string, settle: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => events.push(...e.value));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url);
  await settle();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events.filter((e) => mains.has(`${e.pid}:${e.tid}`));
}

/**
 * Top-level tasks (ms), in time order, of the main thread that ran `on` (the trace also holds
 * other renderers, such as the browser's own WebUI).
 */
export function tasks(events: TraceEvent[], on: TraceEvent): { ts: number; ms: number }[] {
  return events
    .filter((e) => e.pid === on.pid && e.tid === on.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .map((e) => ({ ts: e.ts, ms: (e.dur ?? 0) / 1000 }))
    .sort((a, b) => a.ts - b.ts);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

