/**
 * Shared set-up for the real-browser tests: where the browsers and the built extension are, a
 * static server on 127.0.0.1 for fixture pages, and waiting on readiness. The browsers themselves
 * are started in one place, `launch.ts`.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

/** The popup showing an analysis in full (its first frame holds a screenful, then it is aria-busy until the rest is in). */
export const POPUP_READY = 'main[data-state="ready"]:not([aria-busy])';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST_CHROME = join(ROOT, 'dist/chrome');
export const DIST_FIREFOX = join(ROOT, 'dist/firefox');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'isnad@isnad-news.org';
export const FIREFOX_UUID = '5f7a3b1e-4c2d-4e8a-9b6f-1a2b3c4d5e6f';

/** CI sets ISNAD_REQUIRE_BROWSERS=1: a missing browser is then a failure, not a skip. */
const REQUIRE_BROWSERS = process.env.ISNAD_REQUIRE_BROWSERS === '1';

export function browserAvailable(path: string, name: string): boolean {
  const ok = existsSync(path);
  if (!ok && REQUIRE_BROWSERS) throw new Error(`${name} is required for the browser tests but ${path} does not exist.`);
  if (!ok) console.warn(`[browser tests] ${name} not found at ${path}: skipping. Install it (see README) to run them.`);
  return ok;
}

export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run \`npm run build\` first.`);
}

const TYPES: Record<string, string> = {
  // No charset: a saved page declares its own (one is windows-1256), as its site's server did.
  '.html': 'text/html',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export interface StaticServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** A path under this prefix is never answered: a page that references it never finishes loading. */
const NEVER_PREFIX = '/never/';

/** Serves files from the given folders (first match wins) on a free port of 127.0.0.1. */
export async function serve(...dirs: string[]): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.startsWith(NEVER_PREFIX)) return;
    for (const dir of dirs) {
      const file = join(dir, path);
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (p: string) => `http://127.0.0.1:${port}/${p.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        // Requests held open (NEVER_PREFIX) would keep the server from closing.
        server.closeAllConnections();
      }),
  };
}

export function tempProfile(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The sentence "show in page" flashed in `article` (a Playwright or Puppeteer page), once the
 * smooth scroll has brought it into view: its text and the page's scroll position.
 */
export function flashedInView(article: { evaluate<R>(fn: () => R): Promise<R> }): Promise<{ text: string; scrollY: number }> {
  return waitFor(
    () =>
      article.evaluate(() => {
        const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('isnad-flash');
        const range = h ? [...h][0] : undefined;
        if (!range) return null;
        const r = range.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight ? { text: range.toString(), scrollY: scrollY } : null;
      }),
    'the flashed sentence in view',
  );
}

/** Polls `fn` until it returns a truthy value or the time is up. */
export async function waitFor<T>(fn: () => Promise<T> | T, what: string, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
