/**
 * Analyses per tab and URL. Kept in memory, and mirrored to `storage.session` (when the browser
 * has it) because an MV3 service worker is stopped when idle and would otherwise forget.
 */
import type { TabAnalysis } from '../shared/messages.js';

export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface Entry {
  url: string;
  value: TabAnalysis;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

/** Page URL without its fragment: a #:~:text= jump or an in-page anchor is the same article. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export class TabCache {
  private readonly memory = new Map<number, Entry>();
  constructor(private readonly store?: SessionStore) {}

  async get(tabId: number, url?: string): Promise<TabAnalysis | undefined> {
    let entry = this.memory.get(tabId);
    if (!entry && this.store) {
      try {
        const raw = (await this.store.get(keyOf(tabId)))[keyOf(tabId)] as Entry | undefined;
        if (raw && typeof raw.url === 'string') {
          entry = raw;
          this.memory.set(tabId, raw);
        }
      } catch {
        // Storage unavailable (quota, private mode): memory alone still works.
      }
    }
    if (!entry) return undefined;
    if (url !== undefined && pageKey(entry.url) !== pageKey(url)) return undefined;
    return entry.value;
  }

  async set(tabId: number, url: string, value: TabAnalysis): Promise<void> {
    const entry = { url, value };
    this.memory.set(tabId, entry);
    if (this.store && value.state !== 'analysing') {
      try {
        await this.store.set({ [keyOf(tabId)]: entry });
      } catch {
        // Too large for session storage: keep it in memory only.
      }
    }
  }

  async delete(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    if (this.store) await this.store.remove(keyOf(tabId)).catch(() => undefined);
  }
}
