/**
 * Pages with thousands of names: the browser re-examines every registered highlight range when it
 * paints (measured: ~60 ms of Chromium's pre-paint for 8,000 ranges), so only the names in blocks
 * near the viewport are registered, and scrolling adds and removes blocks' names.
 *
 * On each animation frame after a scroll, the blocks near the viewport are found by a binary
 * search over the blocks in document order (article paragraphs run top to bottom), reading the
 * position of O(log n + visible) blocks only. (Tried first: an IntersectionObserver on every block,
 * whose per-frame pass took ~10 ms for 2,000 blocks; then measuring every block up front, which in
 * Firefox cost one ~40 ms task.)
 */
import type { EntityType } from '../../engine/types.js';
import type { HighlightSink } from './highlighter.js';

/** Above this many names a page is highlighted through the viewport window. */
export const WINDOW_ABOVE = 1000;
/** How far beyond the viewport (in viewport heights) names stay registered, so scrolling never shows them late. */
const MARGIN_SCREENS = 1.5;
const BLOCK = 'p,li,dd,dt,blockquote,figcaption,h1,h2,h3,h4,h5,h6,td,th,pre,div,section,article';
/** A cap on blocks registered at once (a page of tiny blocks must not bring back the cost). */
const MAX_NEAR_BLOCKS = 400;

interface Item {
  type: EntityType;
  range: Range;
}

export class ViewportWindow {
  private readonly blocks: Element[] = [];
  private readonly items = new Map<Element, Item[]>();
  private readonly shown = new Set<Element>();
  private frame = 0;
  private readonly abort = new AbortController();

  constructor(private readonly sink: HighlightSink) {
    const opts = { passive: true, capture: true, signal: this.abort.signal };
    addEventListener('scroll', () => this.schedule(), opts);
    addEventListener('resize', () => this.schedule(), opts);
  }

  add(type: EntityType, range: Range): void {
    const start = range.startContainer.parentElement;
    const block = start?.closest(BLOCK) ?? start;
    if (!block) return;
    let group = this.items.get(block);
    if (!group) {
      group = [];
      this.items.set(block, group);
      this.blocks.push(block);
    }
    group.push({ type, range });
    if (this.shown.has(block)) this.sink.add(type, range);
    this.schedule();
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.update()));
  }

  /** Registers the names of blocks near the viewport, unregisters the others. */
  update(): void {
    const n = this.blocks.length;
    if (!n) return;
    const margin = innerHeight * MARGIN_SCREENS;
    const from = -margin;
    const to = innerHeight + margin;
    // First block whose bottom reaches the band.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blocks[mid].getBoundingClientRect().bottom < from) lo = mid + 1;
      else hi = mid;
    }
    const near = new Set<Element>();
    for (let i = lo; i < n && near.size < MAX_NEAR_BLOCKS; i++) {
      const r = this.blocks[i].getBoundingClientRect();
      if (r.top > to) break;
      if (r.bottom >= from) near.add(this.blocks[i]);
    }
    for (const block of this.shown) {
      if (near.has(block)) continue;
      this.shown.delete(block);
      for (const it of this.items.get(block) ?? []) this.sink.remove(it.type, it.range);
    }
    for (const block of near) {
      if (this.shown.has(block)) continue;
      this.shown.add(block);
      for (const it of this.items.get(block)!) this.sink.add(it.type, it.range);
    }
  }

  disconnect(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.items.clear();
    this.blocks.length = 0;
    this.shown.clear();
  }
}
