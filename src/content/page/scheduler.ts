/**
 * Time-slicing for work on the page's main thread: do a slice, give the page its turn, go on. A
 * slice stops after `SLICE_MS`, a third of a 16 ms frame: a slice overruns its budget by the cost
 * of its last step, and the browser has its own work to fit in the frame. Every loop takes an
 * AbortSignal: navigating away cancels what is queued.
 */

/** Main-thread budget of one slice. */
const SLICE_MS = 5;

const now = (): number => performance.now();

type YieldingScheduler = { yield?: () => Promise<void> };

/**
 * Gives the event loop a turn: `scheduler.yield()` where the content script has it (Chromium),
 * else a timer. (A MessageChannel message was tried first: Firefox runs such messages ahead of
 * the page's timers, so back-to-back slices starved the page for ~50 ms on a long article.)
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A deadline that restarts after each pause. */
export class Slicer {
  private started = now();
  constructor(
    private readonly budgetMs = SLICE_MS,
    private readonly signal?: AbortSignal,
  ) {}

  /** True when the current slice is used up. */
  shouldPause = (): boolean => now() - this.started >= this.budgetMs;

  pause = async (): Promise<void> => {
    await yieldToPage();
    this.signal?.throwIfAborted();
    this.started = now();
  };

  /** Pauses only if the slice is used up. */
  async maybePause(): Promise<void> {
    if (this.shouldPause()) await this.pause();
  }
}

/** Runs `fn` over `items`, pausing between slices. */
export async function forEachSliced<T>(
  items: Iterable<T>,
  fn: (item: T, index: number) => void,
  signal?: AbortSignal,
  budgetMs = SLICE_MS,
): Promise<void> {
  signal?.throwIfAborted();
  const slicer = new Slicer(budgetMs, signal);
  let i = 0;
  for (const item of items) {
    fn(item, i++);
    // The clock every few items: a clock read per item would cost as much as a small item.
    if ((i & 3) === 0) await slicer.maybePause();
  }
}
