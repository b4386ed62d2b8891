/**
 * Serves the pages the in-page browser tests load, on 127.0.0.1:
 *  - test/fixtures/pages (pages written for the tests), and the golden articles as golden/NAME.html,
 *  - generated pages (the 100,000-word article, a 1 MB one, a 4,000-word one, hostile ones, a large English
 *    page), written to a temporary
 *    folder at start,
 *  - ../shared/pages (real saved news pages), read in place when present and never copied.
 *
 *     npx tsx test/browser/page-server.ts     serves them until Ctrl-C, for looking at by hand
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedPath } from '../../scripts/lib/shared.js';
import { largeEnglishHtml } from '../fixtures/pages/large-english.js';
import { longArticleHtml } from '../fixtures/pages/long-article.js';
import { articleHtml, hugeTextNodeHtml } from '../fixtures/pages/hostile.js';
import { ROOT, serve } from './harness.js';
import type { StaticServer } from './harness.js';

export const FIXTURES = join(ROOT, 'test/fixtures/pages');
/** The golden articles (scripts/lib/golden.ts), served as `golden/NAME.html`. */
const GOLDEN = join(ROOT, 'test/fixtures');

export interface PageServer extends StaticServer {
  /** ../shared/pages, or null when this machine has none (tests on it skip). */
  sharedPages: string | null;
}

export async function servePages(): Promise<PageServer> {
  const generated = mkdtempSync(join(tmpdir(), 'isnad-pages-'));
  writeFileSync(join(generated, 'long-article.html'), longArticleHtml());
  // About 1,000,000 characters of article text: minutes of a worker's time if it blocked.
  writeFileSync(join(generated, 'long-article-1mb.html'), longArticleHtml(180_000));
  // Hostile and large pages (test/browser/hostile-suite.ts).
  writeFileSync(join(generated, 'hostile-huge-node.html'), hugeTextNodeHtml());
  writeFileSync(join(generated, 'article-300k.html'), articleHtml(300_000));
  // Long enough to scroll through (many screens), short enough to be read in a moment.
  writeFileSync(join(generated, 'long-story.html'), longArticleHtml(4000));
  writeFileSync(join(generated, 'large-english.html'), largeEnglishHtml());
  writeFileSync(join(generated, 'large-english-nolang.html'), largeEnglishHtml(400, false));
  // An empty icon: a 404 for /favicon.ico would be a console error of the page, not ours.
  writeFileSync(join(generated, 'favicon.ico'), Buffer.alloc(0));
  const sharedPages = sharedPath('pages');
  const server = await serve(...[FIXTURES, GOLDEN, generated, sharedPages].filter((d): d is string => d !== null));
  return { ...server, sharedPages };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await servePages();
  console.log(`Serving on ${s.url('')}`);
  console.log(`  ${s.url('arabic-article.html')}\n  ${s.url('long-article.html')}`);
  console.log(s.sharedPages ? `  ${s.url('newspaper-arabic_article/source.html')} (and the other ../shared/pages folders)` : '  (../shared/pages is not present)');
}
