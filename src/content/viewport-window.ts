/**
 * Pages with thousands of names: the browser re-examines every registered highlight range when it
 * paints (measured: ~60 ms of Chromium's pre-paint for 8,000 ranges), so only the names in blocks
 * near the viewport are registered, and scrolling adds and removes blocks' names.
 *
 * Block positions are measured once (in document coordinates) and compared with the scroll
 * position on each animation frame after a scroll: a few thousand number comparisons. (An
 * IntersectionObserver on every block was tried first: with 2,000 blocks its per-frame
 * intersection pass alone took ~10 ms.) Positions are measured again when the page's height or
 * width changes, or when an inner scroller moves.
 */
import type { EntityType } from '../engine/types.js';
import type { HighlightSink } from './highlighter.js';

/** Above this many names a page is highlighted through the viewport window. */
export const WINDOW_ABOVE = 1000;
/** How far beyond the viewport (in viewport heights) names stay registered, so scrolling never shows them late. */
const MARGIN_SCREENS = 1.5;
const BLOCK = 'p,li,dd,dt,blockquote,figcaption,h1,h2,h3,h4,h5,h6,td,th,pre,div,section,article';

interface Item {
  type: EntityType;
  range: Range;
}

export class ViewportWindow {
  private readonly blocks: Element[] = [];
  private readonly items = new Map<Element, Item[]>();
  private tops = new Float64Array(0);
  private bottoms = new Float64Array(0);
  private measuredFor = '';
  private measured = 0;
  private readonly shown = new Set<Element>();
  private frame = 0;
  private stale = true;
  private readonly abort = new AbortController();

  constructor(private readonly sink: HighlightSink) {
    const opts = { passive: true, capture: true, signal: this.abort.signal };
    addEventListener(
      'scroll',
      (e) => {
        // An inner scroller moved: document positions of its content changed.
        if (e.target !== document && e.target !== window) this.stale = true;
        this.schedule();
      },
      opts,
    );
    addEventListener('resize', () => ((this.stale = true), this.schedule()), opts);
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

  /** Measures blocks from `from` on (new blocks only, unless the layout changed). */
  private measure(from: number): void {
    const n = this.blocks.length;
    if (this.tops.length < n) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(Math.max(n, a.length * 2));
        b.set(a);
        return b;
      };
      this.tops = grow(this.tops);
      this.bottoms = grow(this.bottoms);
    }
    const y = scrollY;
    for (let i = from; i < n; i++) {
      const r = this.blocks[i].getBoundingClientRect();
      this.tops[i] = r.top + y;
      this.bottoms[i] = r.bottom + y;
    }
    this.measured = n;
    this.stale = false;
  }

  /** Registers the names of blocks near the viewport, unregisters the others. */
  update(): void {
    const root = document.documentElement;
    const shape = `${root.scrollHeight}x${root.clientWidth}`;
    if (this.stale || shape !== this.measuredFor) {
      this.measure(0);
      this.measuredFor = shape;
    } else if (this.measured < this.blocks.length) this.measure(this.measured);
    const margin = innerHeight * MARGIN_SCREENS;
    const from = scrollY - margin;
    const to = scrollY + innerHeight + margin;
    for (let i = 0; i < this.blocks.length; i++) {
      const block = this.blocks[i];
      const near = this.bottoms[i] >= from && this.tops[i] <= to;
      if (near === this.shown.has(block)) continue;
      const group = this.items.get(block)!;
      if (near) {
        this.shown.add(block);
        for (const it of group) this.sink.add(it.type, it.range);
      } else {
        this.shown.delete(block);
        for (const it of group) this.sink.remove(it.type, it.range);
      }
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
