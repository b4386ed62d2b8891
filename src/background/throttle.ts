/**
 * How often one tab may have its page analysed. A site that changes its address every 500 ms was
 * analysed twice a second for as long as it stayed open. Each tab has a small bucket of
 * analyses (a burst for a reader clicking through a few articles), refilled at a steady rate; and
 * after an analysis that took `d` ms, the tab's next one waits at least `costFactor × d`, so a page
 * that changes faster than it can be analysed gets a share of the machine, never all of it.
 * Requests that wait are coalesced by the caller (handlers.ts): only the newest of a tab runs.
 */

export interface ThrottleOptions {
  /** Analyses a tab may have back to back. */
  burst?: number;
  /** One more allowed every this many ms. */
  refillMs?: number;
  /** After an analysis of `d` ms, the next waits `costFactor × d`. */
  costFactor?: number;
  now?: () => number;
}

interface TabState {
  tokens: number;
  at: number;
  /** Earliest start of the next analysis, from the cost of the last one. */
  notBefore: number;
}

export class TabThrottle {
  private readonly tabs = new Map<number, TabState>();
  private readonly burst: number;
  private readonly refillMs: number;
  private readonly costFactor: number;
  private readonly now: () => number;

  constructor({ burst = 3, refillMs = 4000, costFactor = 2, now = Date.now }: ThrottleOptions = {}) {
    this.burst = burst;
    this.refillMs = refillMs;
    this.costFactor = costFactor;
    this.now = now;
  }

  private state(tabId: number): TabState {
    const t = this.now();
    let s = this.tabs.get(tabId);
    if (!s) {
      s = { tokens: this.burst, at: t, notBefore: 0 };
      this.tabs.set(tabId, s);
    }
    s.tokens = Math.min(this.burst, s.tokens + (t - s.at) / this.refillMs);
    s.at = t;
    return s;
  }

  /** How long (ms) the tab must wait before its next analysis may start; 0 = now. */
  delay(tabId: number): number {
    const s = this.state(tabId);
    const forToken = s.tokens >= 1 ? 0 : Math.ceil((1 - s.tokens) * this.refillMs);
    return Math.max(forToken, Math.max(0, Math.ceil(s.notBefore - this.now())));
  }

  /** An analysis of the tab starts now. */
  start(tabId: number): void {
    const s = this.state(tabId);
    s.tokens = Math.max(0, s.tokens - 1);
  }

  /** It ended after `ms`. */
  end(tabId: number, ms: number): void {
    const s = this.state(tabId);
    s.notBefore = this.now() + this.costFactor * Math.max(0, ms);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
