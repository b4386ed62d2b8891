/**
 * Long article texts arrive in parts (`text-part` messages, then `analyze-page` with the last
 * part). The worker must analyse either the whole text or nothing: a text missing a part would be
 * analysed "successfully" and every offset sent back would point at the wrong words.
 *
 * So an upload is one record per tab with its declared part count and total length; it has one
 * expiry (pushed back by each part, so a slow upload that is still moving completes and a stalled
 * one goes away whole), every part is checked by index (an `Array.prototype.some` over a sparse
 * array skips the holes), and the joined text must have the declared length.
 */
import { MAX_TEXT_CHARS } from '../shared/messages.js';
import type { UploadHeader } from '../shared/messages.js';

/** At most this many parts, of at most this many UTF-16 units each (and MAX_TEXT_CHARS in all). */
export const MAX_PARTS = 64;
const MAX_PART_CHARS = 1_000_000;
/** An upload with no part for this long is dropped whole. */
export const UPLOAD_IDLE_MS = 60_000;


interface Upload extends UploadHeader {
  parts: (string | undefined)[];
  received: number;
  chars: number;
  timer: ReturnType<typeof setTimeout>;
}

export type UploadResult = { ok: true; text: string } | { ok: false; error: string };

export const LOST_PART = 'Part of the article text was lost on the way; reload the page.';

const validId = (id: unknown): id is string => typeof id === 'string' && /^[\w-]{1,64}$/.test(id);

/** Whether a header is well formed (integers in range, a plausible id). */
export function validHeader(h: Partial<UploadHeader> | undefined): h is UploadHeader {
  return (
    !!h &&
    validId(h.id) &&
    Number.isInteger(h.count) &&
    h.count! >= 2 &&
    h.count! <= MAX_PARTS &&
    Number.isInteger(h.length) &&
    h.length! > 0 &&
    h.length! <= MAX_TEXT_CHARS
  );
}

export class Uploads {
  /** One upload per tab: a new one replaces an older one (the page has moved on). */
  private readonly byTab = new Map<number, Upload>();

  constructor(
    private readonly idleMs = UPLOAD_IDLE_MS,
    // Called as plain functions: a browser's setTimeout called as a method of another object throws.
    private readonly timers: { set(fn: () => void, ms: number): ReturnType<typeof setTimeout>; clear(t: ReturnType<typeof setTimeout>): void } = {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (t) => clearTimeout(t),
    },
  ) {}

  /** Takes a part that is not the last. False (and the tab's upload dropped) when it does not fit its upload. */
  addPart(tabId: number, header: UploadHeader, index: number, text: unknown): boolean {
    if (!validHeader(header) || typeof text !== 'string' || !Number.isInteger(index) || index < 0 || index >= header.count - 1 || text.length > MAX_PART_CHARS) {
      this.drop(tabId);
      return false;
    }
    let up = this.byTab.get(tabId);
    if (up && up.id !== header.id) {
      this.drop(tabId);
      up = undefined;
    }
    if (!up) {
      up = { id: header.id, count: header.count, length: header.length, parts: [], received: 0, chars: 0, timer: this.arm(tabId) };
      this.byTab.set(tabId, up);
    } else {
      this.timers.clear(up.timer);
      up.timer = this.arm(tabId);
    }
    // Every part must agree on the upload's shape, and no part may come twice.
    if (up.count !== header.count || up.length !== header.length || up.parts[index] !== undefined || up.chars + text.length > up.length) {
      this.drop(tabId);
      return false;
    }
    up.parts[index] = text;
    up.received++;
    up.chars += text.length;
    return true;
  }

  /** The whole text, once the last part has come: only if every part is there and the length is right. */
  complete(tabId: number, header: UploadHeader, last: unknown): UploadResult {
    const up = this.byTab.get(tabId);
    this.drop(tabId);
    if (!up || !validHeader(header) || typeof last !== 'string' || up.id !== header.id || up.count !== header.count || up.length !== header.length) return { ok: false, error: LOST_PART };
    if (up.received !== up.count - 1) return { ok: false, error: LOST_PART };
    for (let i = 0; i < up.count - 1; i++) if (typeof up.parts[i] !== 'string') return { ok: false, error: LOST_PART };
    const text = up.parts.join('') + last;
    return text.length === up.length ? { ok: true, text } : { ok: false, error: LOST_PART };
  }

  /** Forgets the tab's upload (tab closed, upload expired or broken). */
  drop(tabId: number): void {
    const up = this.byTab.get(tabId);
    if (!up) return;
    this.timers.clear(up.timer);
    this.byTab.delete(tabId);
  }

  /** Uploads under way (tests; bounded by the number of tabs). */
  get size(): number {
    return this.byTab.size;
  }

  private arm(tabId: number): ReturnType<typeof setTimeout> {
    return this.timers.set(() => this.byTab.delete(tabId), this.idleMs);
  }
}
