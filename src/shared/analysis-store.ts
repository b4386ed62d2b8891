/**
 * The layout of the worker's analyses in `storage.session`: one entry per tab, with the URL it
 * was made for, and the analysis packed (offsets instead of copies of the text:
 * analysis-pack.ts), written as one JSON string (`StoredRecord`). The worker writes it (background/cache.ts); the popup reads it directly,
 * because a read from session storage answers in about a third of the time of a round trip
 * through the worker, and that round trip was the largest part of the popup's first paint.
 */
import type { TabAnalysis } from './messages.js';
import { unpackAnalysis } from './analysis-pack.js';
import type { PackedAnalysis } from './analysis-pack.js';

/** The part of `storage.session` both sides use. */
export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A tab's state as kept and stored: its analysis packed against its text. */
export type StoredTab = Omit<TabAnalysis, 'analysis'> & { packed?: PackedAnalysis };

export interface StoredAnalysis {
  url: string;
  value: StoredTab;
}

/**
 * An entry as it is written to storage: the tab's state as one JSON string. Chrome counts session
 * storage by the memory its values take, about 224 bytes for each small object (measured): an
 * analysis as objects counted 6× its JSON, one string counts its UTF-8 length.
 */
export interface StoredRecord {
  url: string;
  json: string;
}

export function toRecord(entry: StoredAnalysis): StoredRecord {
  return { url: entry.url, json: JSON.stringify(entry.value) };
}

/** The entry from its record, or undefined if it is not one. */
export function fromRecord(raw: unknown): StoredAnalysis | undefined {
  const r = raw as Partial<StoredRecord> | undefined;
  if (!r || typeof r.url !== 'string' || typeof r.json !== 'string') return undefined;
  try {
    const value = JSON.parse(r.json) as StoredTab;
    return value && typeof value === 'object' && typeof value.state === 'string' ? { url: r.url, value } : undefined;
  } catch {
    return undefined;
  }
}

export const storeKey = (tabId: number): string => `tab:${tabId}`;

/** Page URL without its fragment: a #:~:text= jump or an in-page anchor is the same article. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export function samePage(a: string, b: string): boolean {
  return pageKey(a) === pageKey(b);
}

/** The TabAnalysis again from its stored form (an analysis that cannot be unpacked is an error, never a wrong one). */
export function fromStored(v: StoredTab): TabAnalysis {
  const { packed, ...rest } = v;
  if (!packed) return rest;
  const analysis = typeof v.text === 'string' ? unpackAnalysis(packed, v.text) : null;
  return analysis ? { ...rest, analysis } : { state: 'error', page: v.page, error: 'The stored analysis could not be read; analyse the page again.' };
}

/** The TabAnalysis in a stored record (as read from storage), or null. */
export function tabFromRecord(raw: unknown): TabAnalysis | null {
  const entry = fromRecord(raw);
  return entry ? fromStored(entry.value) : null;
}

/** The tab's stored entry, or undefined when there is none or storage cannot be read. */
export async function readStored(store: SessionStore, tabId: number): Promise<{ url: string; value: TabAnalysis } | undefined> {
  try {
    const entry = fromRecord((await store.get(storeKey(tabId)))[storeKey(tabId)]);
    return entry ? { url: entry.url, value: fromStored(entry.value) } : undefined;
  } catch {
    // Storage unavailable (quota, private mode, an engine without session storage).
    return undefined;
  }
}
