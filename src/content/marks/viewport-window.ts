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
/**
 * At most this many names per unit of the window: a block with more (one huge text node held
 * 48,373 names, all registered together the moment it came near) is split into runs of
 * consecutive names, each placed by its first and last name.
 */
export const MAX_PER_UNIT = 200;

interface Item {
  type: EntityType;
  range: Range;
}

/**
 * A block's names, or one run of them in a block too large to show at once. A run's place is kept
 * relative to its block's (ranges in a huge text node are slow to measure), and measured again
 * only when the block changes size.
 */
interface Unit {
  block: Element;
  items: Item[];
  /** Offsets of the run's top and bottom from its block's top, for the block size they were read at; null for a whole block. */
  run: { top: number; bottom: number; width: number; height: number } | null;
}

export class ViewportWindow {
  private readonly units: Unit[] = [];
  /** The unit still taking names, per block. */
  private readonly open = new Map<Element, Unit>();
  private readonly shown = new Set<Unit>();
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
    let unit = this.open.get(block);
    if (unit && unit.items.length >= MAX_PER_UNIT) {
      // The block is too large for one unit: this run is closed, the next starts here.
      unit.run ??= { top: 0, bottom: 0, width: -1, height: -1 };
      unit = undefined;
    }
    if (!unit) {
      const split = this.open.has(block);
      unit = { block, items: [], run: split ? { top: 0, bottom: 0, width: -1, height: -1 } : null };
      this.open.set(block, unit);
      this.units.push(unit);
    }
    unit.items.push({ type, range });
    if (this.shown.has(unit)) this.sink.add(type, range);
    this.schedule();
  }

  /** Units of the window so far (tests). */
  get size(): number {
    return this.units.length;
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.update()));
  }

  /** Where a unit is in the viewport: its block's box, or its run within it. */
  private box(unit: Unit): { top: number; bottom: number } {
    const r = unit.block.getBoundingClientRect();
    const run = unit.run;
    if (!run) return r;
    if (run.width !== r.width || run.height !== r.height) {
      const first = unit.items[0].range.getBoundingClientRect();
      const last = unit.items[unit.items.length - 1].range.getBoundingClientRect();
      run.top = Math.min(first.top, last.top) - r.top;
      run.bottom = Math.max(first.bottom, last.bottom) - r.top;
      run.width = r.width;
      run.height = r.height;
    }
    return { top: r.top + run.top, bottom: r.top + run.bottom };
  }

  /** Registers the names of units near the viewport, unregisters the others. */
  update(): void {
    const n = this.units.length;
    if (!n) return;
    const margin = innerHeight * MARGIN_SCREENS;
    const from = -margin;
    const to = innerHeight + margin;
    // First unit whose bottom reaches the band.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.box(this.units[mid]).bottom < from) lo = mid + 1;
      else hi = mid;
    }
    const near = new Set<Unit>();
    for (let i = lo; i < n && near.size < MAX_NEAR_BLOCKS; i++) {
      const r = this.box(this.units[i]);
      if (r.top > to) break;
      if (r.bottom >= from) near.add(this.units[i]);
    }
    for (const unit of this.shown) {
      if (near.has(unit)) continue;
      this.shown.delete(unit);
      for (const it of unit.items) this.sink.remove(it.type, it.range);
    }
    for (const unit of near) {
      if (this.shown.has(unit)) continue;
      this.shown.add(unit);
      for (const it of unit.items) this.sink.add(it.type, it.range);
    }
  }

  disconnect(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.units.length = 0;
    this.open.clear();
    this.shown.clear();
  }
}
