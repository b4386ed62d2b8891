/** The reading log in the worker: opt-in, pause, logging through the analysis handler, changes, errors. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { TabCache } from '../../src/background/cache.js';
import { createHandlers } from '../../src/background/handlers.js';
import { inlineEngine } from '../../src/background/engine-inline.js';
import { analyze } from '../../src/engine/index.js';
import type { WorkerDeps } from '../../src/background/handlers.js';
import { ReadingLog } from '../../src/background/log/service.js';
import { openLog } from '../../src/shared/log/schema.js';
import { LOG_STATUS_KEY, readLogStatus } from '../../src/shared/log/status.js';
import { dispatch } from '../../src/shared/messages.js';
import type { PageInfo } from '../../src/shared/messages.js';
import type { LocalStore } from '../../src/shared/site-settings.js';
import { exportLog } from '../../src/shared/log/read.js';
import { ARTICLES } from './articles.js';

function local(): LocalStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(k) {
      return k in data ? { [k]: structuredClone(data[k]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

function setup() {
  const store = local();
  const factory = new IDBFactory();
  const log = new ReadingLog({ local: store, open: () => openLog('isnad-log', factory), now: () => new Date('2026-08-13T10:00:00Z') });
  const deps: WorkerDeps = {
    cache: new TabCache(),
    setBadge: () => undefined,
    setPopup: () => undefined,
    tabUrl: async () => undefined,
    sendToTab: vi.fn() as WorkerDeps['sendToTab'],
    engine: inlineEngine(analyze),
    log,
  };
  return { store, log, handlers: createHandlers(deps), factory };
}

const pageOf = (i: number, verdict: PageInfo['verdict'] = 'arabic-article'): PageInfo => ({
  url: ARTICLES[i].meta.url,
  title: ARTICLES[i].meta.title,
  site: ARTICLES[i].meta.site,
  lang: 'ar',
  verdict,
  reason: '',
  meta: ARTICLES[i].meta,
});

async function read(h: ReturnType<typeof setup>['handlers'], i: number, verdict?: PageInfo['verdict']) {
  await dispatch(h.content, { type: 'analyze-page', payload: { page: pageOf(i, verdict), text: ARTICLES[i].text, length: ARTICLES[i].text.length } }, { tabId: i + 1, url: ARTICLES[i].meta.url });
}

/** The log has finished what it was given (logging runs after the page has its answer). */
async function settled(log: ReadingLog, articles: number) {
  await vi.waitFor(async () => expect((await log.status()).articles).toBe(articles));
}

describe('the reading log in the worker', () => {
  it('logs nothing until the user switches it on, then every Arabic news article, until paused', async () => {
    const { store, log, handlers } = setup();
    await read(handlers, 0);
    expect(await readLogStatus(store)).toMatchObject({ enabled: false, articles: 0 });
    expect(await dispatch(handlers.popup, { type: 'log-settings', payload: { enabled: true } }, {})).toMatchObject({ enabled: true, paused: false, articles: 0 });
    await read(handlers, 0);
    await read(handlers, 1);
    // An Arabic page that is not a news article, analysed on demand, is not logged.
    await read(handlers, 2, 'arabic-page');
    await settled(log, 2);
    await dispatch(handlers.popup, { type: 'log-settings', payload: { paused: true } }, {});
    await log.articleAnalysed(pageOf(2), ARTICLES[2].text, (await import('../../src/engine/index.js')).analyze(ARTICLES[2].text));
    expect(await readLogStatus(store)).toMatchObject({ enabled: true, paused: true, articles: 2 });
    // Reading an article again updates it.
    await dispatch(handlers.popup, { type: 'log-settings', payload: { paused: false } }, {});
    await read(handlers, 0);
    await read(handlers, 2);
    await settled(log, 3);
    expect((store.data[LOG_STATUS_KEY] as { articles: number }).articles).toBe(3);
  });

  it('makes the log page’s changes and tells a failure plainly', async () => {
    const { log, handlers, factory } = setup();
    await log.settings({ enabled: true });
    for (const i of [0, 1, 2]) await read(handlers, i);
    await settled(log, 3);
    const del = await dispatch(handlers.popup, { type: 'log-change', payload: { op: 'delete', key: ARTICLES[0].meta.url } }, {});
    expect(del).toMatchObject({ ok: true, status: { articles: 2 } });
    const { data } = await exportLog(await openLog('isnad-log', factory));
    expect(await dispatch(handlers.popup, { type: 'log-change', payload: { op: 'clear' } }, {})).toMatchObject({ ok: true, status: { articles: 0 } });
    expect(await dispatch(handlers.popup, { type: 'log-change', payload: { op: 'import', data } }, {})).toMatchObject({ ok: true, import: { added: 2 }, status: { articles: 2 } });
    expect(await dispatch(handlers.popup, { type: 'log-change', payload: { op: 'import', data: 'nope' } }, {})).toMatchObject({ ok: false, error: expect.stringMatching(/not an Isnad/) });
    expect(await dispatch(handlers.popup, { type: 'log-change', payload: { op: 'merge', into: 'p1', from: 'p1' } }, {})).toMatchObject({ ok: false });
  });

  it('reports a full disk in the status and keeps what is stored', async () => {
    const store = local();
    let full = false;
    const factory = new IDBFactory();
    const log = new ReadingLog({
      local: store,
      open: async () => {
        const db = await openLog('q', factory);
        const tx = db.transaction;
        db.transaction = ((...args: Parameters<typeof tx>) => {
          if (full && args[1] === 'readwrite') throw new DOMException('Quota exceeded', 'QuotaExceededError');
          return tx.apply(db, args);
        }) as typeof tx;
        return db;
      },
    });
    await log.settings({ enabled: true });
    const { analyze } = await import('../../src/engine/index.js');
    expect(await log.articleAnalysed(pageOf(0), ARTICLES[0].text, analyze(ARTICLES[0].text))).toBe('logged');
    full = true;
    expect(await log.articleAnalysed(pageOf(1), ARTICLES[1].text, analyze(ARTICLES[1].text))).toBe('failed');
    const status = await log.status();
    expect(status.articles).toBe(1);
    expect(status.error).toMatch(/no more room .* Nothing stored was lost/);
    full = false;
    await log.articleAnalysed(pageOf(1), ARTICLES[1].text, analyze(ARTICLES[1].text));
    expect(await log.status()).toMatchObject({ articles: 2 });
    expect((await log.status()).error).toBeUndefined();
  });
});
