/**
 * The engine off the worker's event loop (background/engine-pool.ts, throttle.ts, and their use
 * in handlers.ts): a short article never waits behind a long one, a tab's stale analysis is
 * stopped, a site that keeps changing its address is not analysed twice a second forever.
 * Workers are fakes that answer when told to, so the tests say exactly what ran when.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EnginePool, TOO_LONG } from '../../src/background/engine-pool.js';
import type { EngineReply, EngineRequest, WorkerLike } from '../../src/background/engine-pool.js';
import { CANCELLED } from '../../src/background/engine.js';
import { runJob } from '../../src/background/engine-job.js';
import type { Engine, EngineResult } from '../../src/background/engine.js';
import { TabThrottle } from '../../src/background/throttle.js';
import { createHandlers, SUPERSEDED } from '../../src/background/handlers.js';
import { TabCache } from '../../src/background/cache.js';
import { dispatch } from '../../src/shared/messages.js';
import type { PageInfo } from '../../src/shared/messages.js';

const result = (text: string): EngineResult =>
  runJob(() => ({ version: 1, textLength: text.length, sentences: [], paragraphs: [], entities: [], quotes: [], numbers: [], stats: { characters: text.length, tokens: 0, milliseconds: 0 }, warnings: [] }), text);

class FakeWorker implements WorkerLike {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  readonly got: EngineRequest[] = [];
  terminated = false;
  postMessage(m: unknown): void {
    this.got.push(m as EngineRequest);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Finishes the job it is running. */
  answer(reply?: Partial<EngineReply>): void {
    const job = this.got[this.got.length - 1];
    this.onmessage?.({ data: reply && 'error' in reply ? { id: job.id, error: reply.error } : { id: job.id, result: result(job.text) } });
  }
}

function pool(opts: Partial<ConstructorParameters<typeof EnginePool>[0]> = {}) {
  const workers: FakeWorker[] = [];
  const p = new EnginePool({
    spawn: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    shortChars: 10,
    ...opts,
  });
  return { p, workers };
}

describe('EnginePool', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs a short text at once while a long one is still being analysed in another tab', async () => {
    const { p, workers } = pool();
    const long = p.analyze(1, 'x'.repeat(1000));
    const short = p.analyze(2, 'short');
    expect(workers).toHaveLength(2);
    const [longWorker, shortWorker] = workers.find((w) => w.got[0].text.length > 10) === workers[0] ? workers : [workers[1], workers[0]];
    expect(shortWorker.got.map((j) => j.text)).toEqual(['short']);
    shortWorker.answer();
    await expect(short).resolves.toEqual(result('short'));
    // The long one is still running, untouched.
    expect(longWorker.terminated).toBe(false);
    longWorker.answer();
    await expect(long).resolves.toMatchObject({ textLength: 1000 });
  });

  it('queues jobs of one lane, one at a time, in order', async () => {
    const { p, workers } = pool();
    const a = p.analyze(1, 'aaa');
    const b = p.analyze(2, 'bbb');
    expect(workers).toHaveLength(1);
    expect(workers[0].got.map((j) => j.text)).toEqual(['aaa']);
    workers[0].answer();
    await a;
    expect(workers[0].got.map((j) => j.text)).toEqual(['aaa', 'bbb']);
    workers[0].answer();
    await expect(b).resolves.toMatchObject({ textLength: 3 });
  });

  it('stops a long analysis its tab no longer wants, and goes on with the next', async () => {
    const { p, workers } = pool();
    const first = p.analyze(1, 'x'.repeat(100));
    const queued = p.analyze(1, 'y'.repeat(100));
    const other = p.analyze(3, 'z'.repeat(100));
    p.cancel(1);
    await expect(first).rejects.toThrow(CANCELLED);
    await expect(queued).rejects.toThrow(CANCELLED);
    expect(workers[0].terminated).toBe(true);
    // The other tab's job runs in a fresh Worker.
    expect(workers[1].got.map((j) => j.text.length)).toEqual([100]);
    workers[1].answer();
    await expect(other).resolves.toMatchObject({ textLength: 100 });
  });

  it('lets a cancelled short analysis finish in its Worker, and drops its answer', async () => {
    const { p, workers } = pool();
    const a = p.analyze(1, 'aaa');
    const b = p.analyze(2, 'bbb');
    p.cancel(1);
    await expect(a).rejects.toThrow(CANCELLED);
    expect(workers[0].terminated).toBe(false);
    workers[0].answer();
    expect(workers[0].got.map((j) => j.text)).toEqual(['aaa', 'bbb']);
    workers[0].answer();
    await expect(b).resolves.toMatchObject({ textLength: 3 });
  });

  it('stops a job that runs too long, and a Worker that dies fails only its own job', async () => {
    const { p, workers } = pool({ maxJobMs: 1000 });
    const stuck = p.analyze(1, 'x'.repeat(50));
    vi.advanceTimersByTime(1001);
    await expect(stuck).rejects.toThrow(TOO_LONG);
    expect(workers[0].terminated).toBe(true);
    const crash = p.analyze(2, 'abc');
    const after = p.analyze(3, 'def');
    const shortWorker = workers[1];
    shortWorker.onerror?.(new Error('out of memory'));
    await expect(crash).rejects.toThrow(/stopped unexpectedly/);
    workers[2].answer();
    await expect(after).resolves.toMatchObject({ textLength: 3 });
  });

  it('reports an engine error as an error, and stops idle Workers', async () => {
    const { p, workers } = pool({ shortIdleMs: 5000 });
    const bad = p.analyze(1, 'abc');
    workers[0].answer({ error: 'The analysis failed: boom' } as never);
    await expect(bad).rejects.toThrow('boom');
    expect(workers[0].terminated).toBe(false);
    vi.advanceTimersByTime(5001);
    expect(workers[0].terminated).toBe(true);
  });
});

describe('TabThrottle', () => {
  it('lets a reader through a few articles at once, then paces a tab that never stops changing', () => {
    let now = 0;
    const t = new TabThrottle({ burst: 3, refillMs: 4000, costFactor: 2, now: () => now });
    const starts: number[] = [];
    // A site that asks every 500 ms for a minute; each analysis takes 100 ms.
    for (now = 0; now < 60_000; now += 500) {
      if (t.delay(7) > 0) continue;
      t.start(7);
      starts.push(now);
      t.end(7, 100);
    }
    expect(starts.slice(0, 3)).toEqual([0, 500, 1000]);
    // After the burst: one per refill period, far from twice a second.
    const later = starts.filter((s) => s >= 10_000);
    expect(later.length).toBeLessThanOrEqual(Math.ceil(50_000 / 4000) + 1);
    // Another tab is not paced by this one.
    expect(t.delay(8)).toBe(0);
  });

  it('makes a tab whose analyses are slow wait a multiple of their cost', () => {
    let now = 0;
    const t = new TabThrottle({ burst: 10, refillMs: 1, costFactor: 2, now: () => now });
    t.start(1);
    now = 8000;
    t.end(1, 8000);
    expect(t.delay(1)).toBe(16_000);
    now = 24_000;
    expect(t.delay(1)).toBe(0);
  });
});

describe('handlers: one analysis per tab at a time, paced', () => {
  const page: PageInfo = { url: 'https://news.example/a', title: 't', site: 'news.example', lang: 'ar', verdict: 'arabic-article', reason: '' };

  function controllableEngine() {
    const jobs: { tabId: number; text: string; resolve(r: EngineResult): void; reject(e: Error): void }[] = [];
    const cancelled: number[] = [];
    const engine: Engine = {
      analyze: (tabId, text) => new Promise((resolve, reject) => jobs.push({ tabId, text, resolve, reject })),
      cancel: (tabId) => {
        cancelled.push(tabId);
        for (const j of jobs.filter((x) => x.tabId === tabId)) j.reject(new Error(CANCELLED));
      },
    };
    return { engine, jobs, cancelled };
  }

  const send = (h: ReturnType<typeof createHandlers>, tabId: number, text: string) =>
    dispatch(h.content, { type: 'analyze-page', payload: { page, text, length: text.length } }, { tabId, url: page.url }) as Promise<{ ok: boolean; error?: string }>;

  it('answers other tabs while one tab\'s analysis is under way, and says which are under way', async () => {
    const { engine, jobs } = controllableEngine();
    const h = createHandlers({ cache: new TabCache(), engine, setBadge: () => undefined, setPopup: () => undefined, tabUrl: async () => page.url, sendToTab: (async () => undefined) as never });
    const long = send(h, 1, 'long text');
    await vi.waitFor(() => expect(jobs).toHaveLength(1));
    expect(await dispatch(h.popup, { type: 'engine-status', payload: {} }, {})).toMatchObject({ analysing: [1] });
    const short = send(h, 2, 'short');
    await vi.waitFor(() => expect(jobs).toHaveLength(2));
    jobs[1].resolve(result('short'));
    expect(await short).toMatchObject({ ok: true, textLength: 5 });
    jobs[0].resolve(result('long text'));
    expect(await long).toMatchObject({ ok: true });
    expect(await dispatch(h.popup, { type: 'engine-status', payload: {} }, {})).toMatchObject({ analysing: [], started: 2 });
  });

  it('a newer request of the same tab cancels the older one, whose answer says so', async () => {
    const { engine, jobs, cancelled } = controllableEngine();
    const cache = new TabCache();
    const h = createHandlers({ cache, engine, setBadge: () => undefined, setPopup: () => undefined, tabUrl: async () => page.url, sendToTab: (async () => undefined) as never });
    const old = send(h, 1, 'old page');
    await vi.waitFor(() => expect(jobs).toHaveLength(1));
    const fresh = send(h, 1, 'new page');
    expect(await old).toEqual({ ok: false, error: SUPERSEDED });
    expect(cancelled).toContain(1);
    await vi.waitFor(() => expect(jobs).toHaveLength(2));
    jobs[1].resolve(result('new page'));
    expect(await fresh).toMatchObject({ ok: true, textLength: 8 });
    expect((await cache.get(1))?.text).toBe('new page');
  });

  it('coalesces a tab\'s requests while it waits its turn: only the newest runs', async () => {
    vi.useFakeTimers();
    try {
      const { engine, jobs } = controllableEngine();
      let now = 0;
      const throttle = new TabThrottle({ burst: 1, refillMs: 4000, costFactor: 0, now: () => now });
      const h = createHandlers({ cache: new TabCache(), engine, throttle, setBadge: () => undefined, setPopup: () => undefined, tabUrl: async () => page.url, sendToTab: (async () => undefined) as never });
      const first = send(h, 1, 'a');
      await vi.waitFor(() => expect(jobs).toHaveLength(1));
      jobs[0].resolve(result('a'));
      await first;
      // Three more within the same second: each replaces the one before while they wait.
      const waiting = [send(h, 1, 'b'), send(h, 1, 'c'), send(h, 1, 'd')];
      await Promise.resolve();
      now = 4000;
      await vi.advanceTimersByTimeAsync(4000);
      await vi.waitFor(() => expect(jobs).toHaveLength(2));
      expect(jobs[1].text).toBe('d');
      jobs[1].resolve(result('d'));
      const answers = await Promise.all(waiting);
      expect(answers.slice(0, 2)).toEqual([
        { ok: false, error: SUPERSEDED },
        { ok: false, error: SUPERSEDED },
      ]);
      expect(answers[2]).toMatchObject({ ok: true });
    } finally {
      vi.useRealTimers();
    }
  });
});
