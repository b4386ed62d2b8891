/**
 * Analyses per tab and URL. Kept in memory, and mirrored to `storage.session` (when the browser
 * has it) because an MV3 service worker is stopped when idle and would otherwise forget; the
 * popup reads the mirror directly (shared/analysis-store.ts).
 */
import type { TabAnalysis } from '../shared/messages.js';
import { readStored, samePage, storeKey } from '../shared/analysis-store.js';
import type { SessionStore, StoredAnalysis } from '../shared/analysis-store.js';

export type { SessionStore } from '../shared/analysis-store.js';
export { pageKey } from '../shared/analysis-store.js';

export class TabCache {
  private readonly memory = new Map<number, StoredAnalysis>();
  constructor(private readonly store?: SessionStore) {}

  async get(tabId: number, url?: string): Promise<TabAnalysis | undefined> {
    let entry = this.memory.get(tabId);
    if (!entry && this.store) {
      entry = await readStored(this.store, tabId);
      if (entry) this.memory.set(tabId, entry);
    }
    if (!entry) return undefined;
    if (url !== undefined && !samePage(entry.url, url)) return undefined;
    return entry.value;
  }

  async set(tabId: number, url: string, value: TabAnalysis): Promise<void> {
    const entry = { url, value };
    this.memory.set(tabId, entry);
    if (!this.store) return;
    try {
      // An analysis still under way is not mirrored; neither may an older one stay there, since
      // the popup reads the mirror without asking the worker.
      if (value.state === 'analysing') await this.store.remove(storeKey(tabId));
      else await this.store.set({ [storeKey(tabId)]: entry });
    } catch {
      // Too large for session storage: keep it in memory only, and drop the stale mirror.
      await this.store.remove(storeKey(tabId)).catch(() => undefined);
    }
  }

  async delete(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    if (this.store) await this.store.remove(storeKey(tabId)).catch(() => undefined);
  }
}
