/**
 * The engine in Web Workers (engine-worker.ts), in two lanes so a short article never waits for a
 * long one: texts up to `shortChars` go to the short lane, longer ones to the long lane, each lane
 * one Worker running one job at a time. A short article is then delayed only by other short
 * ones (each a fraction of a second), never by a 1 MB article in another tab.
 *
 * A lane's Worker is started on its first job and stopped after being idle a while (it holds the
 * names model, tens of MB). A long job that is cancelled (its tab moved on) or runs past
 * `maxJobMs` is stopped by terminating its Worker; a short one is left to finish (starting a
 * Worker again costs more than the rest of a short job) and its answer dropped.
 */
import { CANCELLED } from './engine.js';
import type { Engine, EngineResult, JobPage } from './engine.js';

/** The part of a Web Worker the pool uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

/** The messages between the pool and engine-worker.ts. */
export type EngineRequest = { id: number; text: string; page?: JobPage };
export type EngineReply = { id: number; result: EngineResult } | { id: number; error: string };

export interface PoolOptions {
  spawn(): WorkerLike;
  /** Texts up to this long (UTF-16 units) run in the short lane: a few hundred ms of engine time at most. */
  shortChars?: number;
  /** A lane's Worker idle this long is stopped. */
  shortIdleMs?: number;
  longIdleMs?: number;
  /** A job running this long is stopped with an error. */
  maxJobMs?: number;
}

const SHORT_CHARS = 30_000;
export const TOO_LONG = 'The article took too long to analyse.';

interface Job {
  id: number;
  tabId: number;
  text: string;
  page?: JobPage;
  resolve(r: EngineResult): void;
  reject(e: Error): void;
}

class Lane {
  private worker: WorkerLike | null = null;
  private running: Job | null = null;
  private readonly queue: Job[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private jobTimer: ReturnType<typeof setTimeout> | undefined;
  /** A running job that nobody waits for any more: its answer is dropped. */
  private orphaned = false;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly idleMs: number,
    private readonly maxJobMs: number,
    /** Whether a running job can be stopped by terminating the Worker (see the file comment). */
    private readonly killOnCancel: boolean,
  ) {}

  push(job: Job): void {
    this.queue.push(job);
    this.next();
  }

  cancel(tabId: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].tabId !== tabId) continue;
      this.queue.splice(i, 1)[0].reject(new Error(CANCELLED));
    }
    const r = this.running;
    if (!r || r.tabId !== tabId || this.orphaned) return;
    r.reject(new Error(CANCELLED));
    if (this.killOnCancel) this.stop();
    else this.orphaned = true;
  }

  get busy(): boolean {
    return this.running !== null || this.queue.length > 0;
  }

  /** Stops the Worker and the job it runs (already answered), then goes on with the queue. */
  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.finish();
  }

  private finish(): void {
    clearTimeout(this.jobTimer);
    this.running = null;
    this.orphaned = false;
    this.next();
  }

  private next(): void {
    if (this.running) return;
    const job = this.queue.shift();
    clearTimeout(this.idleTimer);
    if (!job) {
      if (this.worker) this.idleTimer = setTimeout(() => this.retire(), this.idleMs);
      return;
    }
    let w: WorkerLike;
    try {
      w = this.worker ?? this.start();
    } catch (e) {
      job.reject(e instanceof Error ? e : new Error(String(e)));
      this.next();
      return;
    }
    this.running = job;
    this.jobTimer = setTimeout(() => {
      job.reject(new Error(TOO_LONG));
      this.stop();
    }, this.maxJobMs);
    w.postMessage({ id: job.id, text: job.text, page: job.page } satisfies EngineRequest);
  }

  private start(): WorkerLike {
    const w = this.spawn();
    w.onmessage = (e) => {
      const reply = e.data as EngineReply;
      const job = this.running;
      if (!job || !reply || reply.id !== job.id) return;
      if (!this.orphaned) {
        if ('result' in reply) job.resolve(reply.result);
        else job.reject(new Error(reply.error || 'The analysis failed.'));
      }
      this.finish();
    };
    w.onerror = () => {
      // The Worker died (out of memory, a script error): its job fails, the next one gets a new Worker.
      const job = this.running;
      if (job && !this.orphaned) job.reject(new Error('The analysis stopped unexpectedly.'));
      this.worker?.terminate();
      this.worker = null;
      this.finish();
    };
    this.worker = w;
    return w;
  }

  private retire(): void {
    if (this.busy) return;
    this.worker?.terminate();
    this.worker = null;
  }
}

export class EnginePool implements Engine {
  private readonly short: Lane;
  private readonly long: Lane;
  private readonly shortChars: number;
  private seq = 0;

  constructor({ spawn, shortChars = SHORT_CHARS, shortIdleMs = 5 * 60_000, longIdleMs = 30_000, maxJobMs = 120_000 }: PoolOptions) {
    this.shortChars = shortChars;
    this.short = new Lane(spawn, shortIdleMs, maxJobMs, false);
    this.long = new Lane(spawn, longIdleMs, maxJobMs, true);
  }

  analyze(tabId: number, text: string, page?: JobPage): Promise<EngineResult> {
    return new Promise((resolve, reject) => {
      const job: Job = { id: ++this.seq, tabId, text, page, resolve, reject };
      (text.length <= this.shortChars ? this.short : this.long).push(job);
    });
  }

  cancel(tabId: number): void {
    this.short.cancel(tabId);
    this.long.cancel(tabId);
  }
}
