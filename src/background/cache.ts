/**
 * Analyses per tab and URL. Kept in memory, and mirrored to `storage.session` (when the browser
 * has it) because an MV3 service worker is stopped when idle and would otherwise forget; the
 * popup reads the mirror directly (shared/analysis-store.ts).
 *
 * Both are bounded. Entries are stored packed (offsets, not copies of the text), as one JSON
 * string each, and measured as Chrome measures them: a string by its UTF-8 length, while
 * thousands of small objects count about 6× their JSON (one 287,000-character article used 6.8 MB
 * of the 10 MB that way). When a new entry would pass a budget, the least recently used tabs go
 * first: from memory (a tab still mirrored is read back from storage), and from storage (a tab in
 * neither is analysed again when its popup asks). The tab the reader is on is touched when it is
 * activated (`touch`), so its popup keeps working whatever else is open: it is never evicted for
 * another tab, and stored again if it had been.
 *
 * An index (`tabs:index`, tab → bytes and last use) is stored too, so a worker that was stopped
 * knows the mirror's size without reading it all.
 */
import type { TabAnalysis } from '../shared/messages.js';
import { fromRecord, fromStored, samePage, storeKey, toRecord } from '../shared/analysis-store.js';
import type { SessionStore, StoredAnalysis, StoredRecord, StoredTab } from '../shared/analysis-store.js';

export type { SessionStore } from '../shared/analysis-store.js';
export { pageKey } from '../shared/analysis-store.js';

/** Chrome's `storage.session.QUOTA_BYTES`. */
export const SESSION_QUOTA_BYTES = 10 * 1024 * 1024;
/** Our share of it: room is left for the index and anything else the extension keeps there. */
export const STORE_BUDGET_BYTES = 8 * 1024 * 1024;
/** Analyses held in the worker's memory (as JSON bytes). */
export const MEMORY_BUDGET_BYTES = 32 * 1024 * 1024;
export const INDEX_KEY = 'tabs:index';

/** A tab's entry in memory: as it is written to storage, with its cost and last use. */
interface Held {
  record: StoredRecord;
  state: StoredTab['state'];
  bytes: number;
  used: number;
}

type Index = Record<string, { bytes: number; used: number }>;

/** UTF-8 length of a string, as the browser counts stored bytes. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * What a string costs in storage: Chrome counts its UTF-8 length, Firefox its UTF-16 size (two
 * bytes a code unit once the string holds any non-Latin-1 character, as Arabic text does); the
 * larger of the two.
 */
function storedStringBytes(s: string): number {
  return Math.max(utf8Bytes(s), 2 * s.length);
}

/** What a record costs in storage: its key and strings (and a little for the object). */
function recordBytes(tabId: number, record: StoredRecord): number {
  return storedStringBytes(storeKey(tabId)) + storedStringBytes(record.url) + storedStringBytes(record.json) + 64;
}

/** What an entry costs in storage. */
export function entryBytes(tabId: number, entry: StoredAnalysis): number {
  return recordBytes(tabId, toRecord(entry));
}

export interface CacheOptions {
  storeBudget?: number;
  memoryBudget?: number;
  now?: () => number;
}

export class TabCache {
  private readonly memory = new Map<number, Held>();
  private memoryBytes = 0;
  private index: Index | null = null;
  /** The tab the reader is on (the last one activated, in any window): never evicted for another tab's analysis. */
  private current: number | undefined;
  /** Storage writes one at a time: the index must not be read and written by two at once. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly storeBudget: number;
  private readonly memoryBudget: number;
  private readonly now: () => number;
  private clock = 0;

  constructor(
    private readonly store?: SessionStore,
    { storeBudget = STORE_BUDGET_BYTES, memoryBudget = MEMORY_BUDGET_BYTES, now = Date.now }: CacheOptions = {},
  ) {
    this.storeBudget = storeBudget;
    this.memoryBudget = memoryBudget;
    this.now = now;
  }

  /** A strictly increasing time of use (two uses in the same millisecond keep their order). */
  private tick(): number {
    this.clock = Math.max(this.clock + 1, this.now());
    return this.clock;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async get(tabId: number, url?: string): Promise<TabAnalysis | undefined> {
    const held = this.memory.get(tabId);
    let entry: StoredAnalysis | undefined = held ? fromRecord(held.record) : undefined;
    if (!entry && this.store) entry = await this.readMirror(tabId);
    if (!entry) return undefined;
    if (url !== undefined && !samePage(entry.url, url)) return undefined;
    this.use(tabId);
    return fromStored(entry.value);
  }

  async set(tabId: number, url: string, value: StoredTab): Promise<void> {
    const record = toRecord({ url, value });
    const bytes = recordBytes(tabId, record);
    this.hold(tabId, { record, state: value.state, bytes, used: this.tick() });
    if (!this.store) return;
    // An analysis still under way is not mirrored; neither may an older one stay there, since
    // the popup reads the mirror without asking the worker.
    if (value.state === 'analysing') return this.serial(() => this.unmirror(tabId));
    return this.serial(() => this.mirror(tabId, record, bytes));
  }

  async delete(tabId: number): Promise<void> {
    if (this.current === tabId) this.current = undefined;
    const held = this.memory.get(tabId);
    if (held) {
      this.memory.delete(tabId);
      this.memoryBytes -= held.bytes;
    }
    if (this.store) await this.serial(() => this.unmirror(tabId));
  }

  /**
   * The reader is on this tab: it is kept in storage while it is the current tab, whatever other
   * tabs are analysed meanwhile; and if its analysis was evicted from storage but is still in
   * memory, it is stored again (so the toolbar popup finds it). One tab only: pinning every
   * window's tab would let many windows hold the whole budget.
   */
  async touch(tabId: number): Promise<void> {
    this.current = tabId;
    const held = this.memory.get(tabId);
    this.use(tabId);
    if (!this.store) return;
    await this.serial(async () => {
      const index = await this.loadIndex();
      if (index[tabId]) {
        await this.saveIndex();
        return;
      }
      if (held && held.state !== 'analysing') await this.mirror(tabId, held.record, held.bytes);
    });
  }

  /** Bytes of the mirror in storage, by our count (tests, status). */
  async storedBytes(): Promise<number> {
    if (!this.store) return 0;
    return this.serial(async () => Object.values(await this.loadIndex()).reduce((n, e) => n + e.bytes, 0));
  }

  /** Tabs no eviction may take: the one being stored and the current one. */
  private keep(tabId: number): Set<number> {
    return new Set(this.current === undefined ? [tabId] : [tabId, this.current]);
  }

  private use(tabId: number): void {
    const t = this.tick();
    const held = this.memory.get(tabId);
    if (held) held.used = t;
    if (this.index?.[tabId]) this.index[tabId].used = t;
  }

  private hold(tabId: number, held: Held): void {
    const old = this.memory.get(tabId);
    if (old) this.memoryBytes -= old.bytes;
    this.memory.set(tabId, held);
    this.memoryBytes += held.bytes;
    while (this.memoryBytes > this.memoryBudget) {
      const victim = lru(this.memory, this.keep(tabId));
      if (victim === undefined) break;
      this.memoryBytes -= this.memory.get(victim)!.bytes;
      this.memory.delete(victim);
    }
  }

  private async readMirror(tabId: number): Promise<StoredAnalysis | undefined> {
    try {
      return fromRecord((await this.store!.get(storeKey(tabId)))[storeKey(tabId)]);
    } catch {
      return undefined;
    }
  }

  private async loadIndex(): Promise<Index> {
    if (this.index) return this.index;
    let index: Index = {};
    try {
      const raw = (await this.store!.get(INDEX_KEY))[INDEX_KEY];
      if (raw && typeof raw === 'object') index = raw as Index;
    } catch {
      // Unreadable: start a new one.
    }
    this.index = index;
    return index;
  }

  private async saveIndex(): Promise<void> {
    await this.store!.set({ [INDEX_KEY]: this.index ?? {} }).catch(() => undefined);
  }

  private async mirror(tabId: number, record: StoredRecord, bytes: number): Promise<void> {
    const index = await this.loadIndex();
    delete index[tabId];
    if (bytes > this.storeBudget) {
      // Too large for storage on its own: memory only, and no stale mirror.
      await this.store!.remove(storeKey(tabId)).catch(() => undefined);
      await this.saveIndex();
      return;
    }
    const evictOne = async (): Promise<boolean> => {
      const victim = lru(new Map(Object.entries(index).map(([k, v]) => [Number(k), v])), this.keep(tabId));
      if (victim === undefined) return false;
      delete index[victim];
      await this.store!.remove(storeKey(victim)).catch(() => undefined);
      return true;
    };
    let room = true;
    while (room && Object.values(index).reduce((n, e) => n + e.bytes, 0) + bytes > this.storeBudget) room = await evictOne();
    for (;;) {
      if (!room) {
        // Only the current tab is left and there is no room beside it (or the browser refused it
        // anyway): this one is not stored, the worker still has it in memory; no stale mirror.
        await this.store!.remove(storeKey(tabId)).catch(() => undefined);
        break;
      }
      try {
        await this.store!.set({ [storeKey(tabId)]: record });
        index[tabId] = { bytes, used: this.memory.get(tabId)?.used ?? this.tick() };
        break;
      } catch {
        // Refused (the browser counts otherwise, or the quota is shared): make more room and try again.
        room = await evictOne();
      }
    }
    await this.saveIndex();
  }

  private async unmirror(tabId: number): Promise<void> {
    const index = await this.loadIndex();
    const had = !!index[tabId];
    delete index[tabId];
    await this.store!.remove(storeKey(tabId)).catch(() => undefined);
    if (had) await this.saveIndex();
  }
}

/** The least recently used key not in `keep`. */
function lru(entries: Map<number, { used: number }>, keep: ReadonlySet<number>): number | undefined {
  let victim: number | undefined;
  let oldest = Infinity;
  for (const [k, v] of entries) {
    if (keep.has(k)) continue;
    if (v.used < oldest) {
      oldest = v.used;
      victim = k;
    }
  }
  return victim;
}
