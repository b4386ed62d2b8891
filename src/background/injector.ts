/**
 * When the worker injects the content script's language stage into a tab (page-gate.ts decides
 * which pages may be Arabic; the others get nothing at all).
 *
 * Once the tab has finished loading, or earlier when an Arabic title arrives while it loads (the
 * title comes from the new document). A page can stay "loading" for ever (a frame or an image
 * whose server never answers: a page with `<base href>` elsewhere and blocked cross-site frames
 * never got the script, 4 of 4 runs), so a tab still loading after `readyWaitMs` is injected
 * anyway: the script is injected immediately and waits for the document to be parsed
 * itself (language-stage.ts), and a second injection into the same document does nothing. A
 * failed injection (the document was being replaced, the frame showed an error page) is tried
 * again a few times while the tab still shows the same address.
 */
import { PageGate, mayBeArabic } from './page-gate.js';

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
  /** A tab still loading after this long is injected anyway. */
  readyWaitMs?: number;
  /** Delays of the attempts after a failed one. */
  retryMs?: readonly number[];
}

const sameDoc = (a: string | undefined, b: string | undefined) => (a ?? '').split('#')[0] === (b ?? '').split('#')[0];

export class Injector {
  private readonly gate = new PageGate();
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
    if (change.status === 'loading' && change.url !== undefined) {
      // A new document: the old one's scripts are gone.
      this.gate.reset(tabId);
      this.clear(tabId);
    }
    if (tab.status === 'complete') {
      // A loaded document, or a later title change (a single-page site moving on).
      if (change.status === 'complete' || change.title !== undefined) this.look(tabId, tab);
      return;
    }
    // Still loading. A title comes from the new document, which is being parsed: if it may be
    // Arabic, inject now (the stage waits for the parsed document). Otherwise look again in a while.
    if (change.title !== undefined && mayBeArabic(tab.title, tab.url)) {
      this.clear(tabId);
      void this.attempt(tabId, tab.url, 0);
      return;
    }
    if (!this.timers.has(tabId)) this.timers.set(tabId, setTimeout(() => void this.stillLoading(tabId, tab.url), this.readyWaitMs));
  }

  /** A tab found already loaded (the worker started after it). */
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

  /** The tab has been loading a while: if it still is, and may be Arabic, inject without waiting for the rest. */
  private async stillLoading(tabId: number, url: string | undefined): Promise<void> {
    this.timers.delete(tabId);
    const now = await this.deps.tab(tabId).catch(() => undefined);
    if (!now || now.status === 'complete' || !mayBeArabic(now.title, now.url) || (url !== undefined && !sameDoc(url, now.url))) return;
    await this.attempt(tabId, now.url, 0);
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
          if (now && sameDoc(now.url, url)) await this.attempt(tabId, url, n + 1);
          else this.gate.reset(tabId);
        }, wait),
      );
    }
  }
}
