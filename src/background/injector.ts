/**
 * When the worker injects the content script's language stage into a tab: once per document, as
 * early as the document can be told to be possibly Arabic (page-gate.ts; every other page gets
 * nothing at all), while it is still loading. The stage waits for the document to be parsed itself
 * (DOMContentLoaded, language-stage.ts), never for the load event, which a page with a stalled
 * image or advert, or a frame that never answers, never fires.
 *
 * What the browsers report, measured in Chromium and Firefox ESR (a script injected at each
 * `tabs.onUpdated` event, telling which document it ran in):
 *  - a `loading` event that carries the address (`change.url`) comes once the new document exists
 *    (Chromium's only loading event of a navigation; Firefox's second): injected now if the
 *    address may be Arabic. The title the tab shows then is not the new page's: the address alone;
 *  - a `loading` event without the address is Firefox announcing a navigation while the old
 *    document is still there, or either browser reloading: nothing is injected on it (it could
 *    land in the page that is going away), the tab is only looked at afresh;
 *  - a title arriving while the tab loads comes from the new document: injected if it may be Arabic;
 *  - the tab finished loading (or its title changed later, a single-page site moving on): looked at.
 * A tab still loading `readyWaitMs` after its last loading event (a reload, whose title does not
 * change, of a page that never finishes) is looked at then. Every path goes through one gate per
 * tab and document address, so a document gets the stage once; the stage also ignores a second
 * injection into the same document. A failed injection (the document was being replaced, the
 * frame showed an error page) is tried again a few times while the tab shows the same address.
 */
import { PageGate } from './page-gate.js';

export interface TabSnapshot {
  status?: string;
  title?: string;
  url?: string;
}

export interface InjectorDeps {
  inject(tabId: number): Promise<void>;
  /** The tab as it is now, or undefined once it is gone. */
  tab(tabId: number): Promise<TabSnapshot | undefined>;
}

export interface InjectorOptions {
  /** A tab still loading this long after its last loading event is looked at anyway. */
  readyWaitMs?: number;
  /** Delays of the attempts after a failed one. */
  retryMs?: readonly number[];
}

const docKey = (url: string | undefined) => (url ?? '').split('#')[0];

export class Injector {
  private readonly gate = new PageGate();
  /** Per tab: the fallback look of a tab still loading, or the next attempt after a failure. */
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly readyWaitMs: number;
  private readonly retryMs: readonly number[];

  constructor(
    private readonly deps: InjectorDeps,
    { readyWaitMs = 1500, retryMs = [500, 2000, 5000] }: InjectorOptions = {},
  ) {
    this.readyWaitMs = readyWaitMs;
    this.retryMs = retryMs;
  }

  /** A `tabs.onUpdated` event. */
  onUpdated(tabId: number, change: TabSnapshot, tab: TabSnapshot): void {
    if (change.status === 'loading') {
      if (change.url === undefined) {
        // A navigation announced, or a reload: whatever document comes is looked at afresh.
        this.forget(tabId);
      } else if (!this.gate.injected(tabId, change.url)) {
        // A new document at a new address (one already injected here, from its title, is this one).
        this.forget(tabId);
        this.look(tabId, { url: change.url });
      }
      this.armFallback(tabId, change.url ?? tab.url);
      return;
    }
    if (change.title === undefined && change.status === undefined && change.url === undefined) return;
    this.look(tabId, tab);
  }

  /** A tab looked at: injected if it may be Arabic and its document has not had the stage yet. */
  look(tabId: number, tab: TabSnapshot): void {
    if (!this.gate.shouldInject(tabId, tab.title, tab.url)) return;
    this.clear(tabId);
    void this.attempt(tabId, tab.url, 0);
  }

  forget(tabId: number): void {
    this.gate.reset(tabId);
    this.clear(tabId);
  }

  private clear(tabId: number): void {
    clearTimeout(this.timers.get(tabId));
    this.timers.delete(tabId);
  }

  /** Looks at the tab again in a while if it is still loading the same document then. */
  private armFallback(tabId: number, url: string | undefined): void {
    if (this.gate.injected(tabId, url)) return;
    this.clear(tabId);
    this.timers.set(
      tabId,
      setTimeout(async () => {
        this.timers.delete(tabId);
        const now = await this.deps.tab(tabId).catch(() => undefined);
        if (now?.status === 'loading' && docKey(now.url) === docKey(url)) this.look(tabId, now);
      }, this.readyWaitMs),
    );
  }

  private async attempt(tabId: number, url: string | undefined, n: number): Promise<void> {
    try {
      await this.deps.inject(tabId);
    } catch {
      const wait = this.retryMs[n];
      if (wait === undefined) {
        this.gate.reset(tabId);
        return;
      }
      this.timers.set(
        tabId,
        setTimeout(async () => {
          this.timers.delete(tabId);
          const now = await this.deps.tab(tabId).catch(() => undefined);
          if (now && docKey(now.url) === docKey(url)) await this.attempt(tabId, url, n + 1);
          else this.gate.reset(tabId);
        }, wait),
      );
    }
  }
}
