// @vitest-environment happy-dom
/**
 * A page's metadata on its way: the content script sends it with the analysis request, the
 * worker checks and completes it, passes the publication date to the engine and stores it with
 * the tab's analysis, where the popup reads it.
 */
import { describe, expect, it, vi } from 'vitest';
import { TabCache } from '../../src/background/cache.js';
import { createHandlers } from '../../src/background/handlers.js';
import type { WorkerDeps } from '../../src/background/handlers.js';
import { analyze } from '../../src/engine/index.js';
import { inlineEngine } from '../../src/background/engine-inline.js';
import { PageController } from '../../src/content/controller.js';
import { detectPage } from '../../src/content/detect/article-verdict.js';
import { dispatch } from '../../src/shared/messages.js';
import type { ContentToBackground, PageInfo } from '../../src/shared/messages.js';
import { fixtureHtml, loadIntoDocument } from '../fixtures/pages/dom.js';

const page: PageInfo = { url: 'https://news.example/a', title: 't', site: 'news.example', lang: 'ar', verdict: 'arabic-article', reason: '' };
const ARTICLE = 'وقال الوزير أمس إن الحكومة ستدفع 5 ملايين دولار.';

function worker(run: typeof analyze) {
  const cache = new TabCache();
  const deps: WorkerDeps = {
    cache,
    setBadge: () => undefined,
    setPopup: () => undefined,
    tabUrl: async () => page.url,
    sendToTab: vi.fn() as WorkerDeps['sendToTab'],
    engine: inlineEngine(run),
  };
  return { cache, handlers: createHandlers(deps) };
}

describe('page metadata through the worker', () => {
  it('is checked, completed from the byline, given to the engine and stored with the analysis', async () => {
    const run = vi.fn(analyze);
    const { cache, handlers } = worker(run);
    const meta = { url: page.url, title: 'عنوان', outlet: 'الوادي', site: 'news.example', byline: 'نشر في ٣ يونيو ٢٠٢٠', author: 7 };
    const res = await dispatch(handlers.content, { type: 'analyze-page', payload: { page: { ...page, meta }, text: ARTICLE, length: ARTICLE.length } }, { tabId: 3, url: `${page.url}#top` });
    expect(res).toMatchObject({ ok: true });
    expect(run).toHaveBeenCalledWith(ARTICLE, { publishedAt: '2020-06-03' });
    const stored = await cache.get(3, page.url);
    expect(stored?.page?.meta).toEqual({ url: page.url, title: 'عنوان', outlet: 'الوادي', site: 'news.example', publishedAt: '2020-06-03', dateSource: 'byline' });
  });

  it('is dropped when broken, and the page is analysed all the same', async () => {
    const run = vi.fn(analyze);
    const { cache, handlers } = worker(run);
    const res = await dispatch(handlers.content, { type: 'analyze-page', payload: { page: { ...page, meta: 'garbage' as never }, text: ARTICLE, length: ARTICLE.length } }, { tabId: 4, url: page.url });
    expect(res).toMatchObject({ ok: true });
    expect(run).toHaveBeenCalledWith(ARTICLE, {});
    const stored = await cache.get(4, page.url);
    expect(stored?.state).toBe('ready');
    expect(stored?.page && 'meta' in stored.page).toBe(false);
  });

  it('is read by the content script and sent with the article', async () => {
    loadIntoDocument(fixtureHtml('arabic-article.html'));
    const sent: ContentToBackground['analyze-page']['request'][] = [];
    const controller = new PageController(
      {
        doc: document,
        send: (async (type: string, payload: unknown) => {
          if (type === 'analyze-page') sent.push(payload as ContentToBackground['analyze-page']['request']);
          return { ok: false, error: 'not in this test' };
        }) as never,
      },
      detectPage(document),
    );
    await controller.collect(true);
    controller.dispose();
    expect(sent).toHaveLength(1);
    expect(sent[0].page.meta).toMatchObject({ publishedAt: '2026-08-12T09:30:00+03:00', dateSource: 'meta', author: 'قسم الأخبار' });
    expect(sent[0].page.meta?.title).toBe(sent[0].page.title);
  });
});
