// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Slicer, forEachSliced, yieldToPage } from '../../src/content/page/scheduler.js';
import { watchNavigation, withoutHash } from '../../src/content/page/spa-watch.js';
import { MAX_PER_UNIT, ViewportWindow } from '../../src/content/marks/viewport-window.js';
import type { HighlightSink } from '../../src/content/marks/highlighter.js';

describe('scheduler', () => {
  it('runs every item, yielding to the page between slices', async () => {
    const seen: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await forEachSliced(Array.from({ length: 2000 }, (_, i) => i), (x) => {
      seen.push(x);
      const t = performance.now();
      while (performance.now() - t < 0.01);
    }, undefined, 1);
    clearInterval(timer);
    expect(seen.length).toBe(2000);
    expect(seen[1999]).toBe(1999);
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops at the next pause once aborted', async () => {
    const ac = new AbortController();
    let n = 0;
    const run = forEachSliced(Array.from({ length: 100_000 }), () => {
      if (++n === 50) ac.abort();
      const t = performance.now();
      while (performance.now() - t < 0.02);
    }, ac.signal, 0);
    await expect(run).rejects.toThrow();
    expect(n).toBeLessThan(100_000);
  });

  it('a slicer pauses only when its budget is spent', async () => {
    const s = new Slicer(1000);
    expect(s.shouldPause()).toBe(false);
    await expect(yieldToPage()).resolves.toBeUndefined();
  });
});

describe('watchNavigation', () => {
  it('reports leaving at once and the new page once it has settled; ignores fragments', async () => {
    const ac = new AbortController();
    const leave = vi.fn();
    const settled = vi.fn();
    watchNavigation(leave, settled, ac.signal, { pollMs: 20, quietMs: 30, maxWaitMs: 500 });
    location.hash = '#section';
    await new Promise((r) => setTimeout(r, 60));
    expect(leave).not.toHaveBeenCalled();
    history.pushState({}, '', '/other-story');
    await new Promise((r) => setTimeout(r, 40));
    expect(leave).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 120));
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled.mock.calls[0][0]).toBe(withoutHash(location.href));
    ac.abort();
    history.pushState({}, '', '/third');
    await new Promise((r) => setTimeout(r, 80));
    expect(leave).toHaveBeenCalledTimes(1);
  });
});

describe('ViewportWindow', () => {
  it('registers only the names of blocks near the viewport, and follows scrolling', async () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p id="p${i}">اسم رقم ${i}</p>`).join('');
    // happy-dom does no layout: each paragraph is 100 px tall, one under the other.
    let scrolled = 0;
    let reads = 0;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      reads++;
      const i = Number(this.id.slice(1));
      const top = i * 100 - scrolled;
      return { top, bottom: top + 100, left: 0, right: 500, width: 500, height: 100, x: 0, y: top } as DOMRect;
    });
    const added = new Set<Range>();
    const sink: HighlightSink = { add: (_t, r) => void added.add(r), remove: (_t, r) => void added.delete(r), setActive() {}, flash() {}, clear() {}, count: 0 };
    const w = new ViewportWindow(sink);
    const ranges = Array.from(document.querySelectorAll('p'), (p) => {
      const r = document.createRange();
      r.selectNodeContents(p.firstChild!);
      w.add('person', r);
      return r;
    });
    w.update();
    const near = (r: Range) => added.has(r);
    expect(near(ranges[0])).toBe(true);
    expect(near(ranges[39])).toBe(false);
    expect(added.size).toBeLessThan(40);
    scrolled = 3000;
    reads = 0;
    w.update();
    expect(near(ranges[0])).toBe(false);
    expect(near(ranges[35])).toBe(true);
    // Only the blocks near the viewport, and a binary search's worth of others, were measured.
    expect(reads).toBeLessThan(40 - 10);
    w.disconnect();
    vi.restoreAllMocks();
  });

  it('splits one huge text node like any other block: only the names near the viewport are registered', () => {
    // One paragraph, one text node, 5,000 names, one per 20 px line (a 5 MB text node held 48,373).
    const names = 5000;
    document.body.innerHTML = `<p id="p0">${'زيد '.repeat(names)}</p>`;
    const text = document.querySelector('p')!.firstChild!;
    let scrolled = 0;
    let rangeReads = 0;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => {
      const top = -scrolled;
      return { top, bottom: top + names * 20, left: 0, right: 500, width: 500, height: names * 20, x: 0, y: top } as DOMRect;
    });
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      rangeReads++;
      const top = (this.startOffset / 4) * 20 - scrolled;
      return { top, bottom: top + 20, left: 0, right: 30, width: 30, height: 20, x: 0, y: top } as DOMRect;
    });
    const added = new Set<Range>();
    const sink: HighlightSink = { add: (_t, r) => void added.add(r), remove: (_t, r) => void added.delete(r), setActive() {}, flash() {}, clear() {}, count: 0 };
    const w = new ViewportWindow(sink);
    const ranges = Array.from({ length: names }, (_, k) => {
      const r = document.createRange();
      r.setStart(text, k * 4);
      r.setEnd(text, k * 4 + 3);
      w.add('person', r);
      return r;
    });
    expect(w.size).toBe(Math.ceil(names / MAX_PER_UNIT));
    w.update();
    expect(added.has(ranges[0])).toBe(true);
    expect(added.has(ranges[names - 1])).toBe(false);
    expect(added.size).toBeLessThanOrEqual(3 * MAX_PER_UNIT);
    scrolled = 60_000; // line 3,000
    w.update();
    expect(added.has(ranges[0])).toBe(false);
    expect(added.has(ranges[3000])).toBe(true);
    expect(added.size).toBeLessThanOrEqual(3 * MAX_PER_UNIT);
    // A run's place is measured once while its block keeps its size, not on every scroll.
    rangeReads = 0;
    scrolled = 60_400;
    w.update();
    expect(rangeReads).toBe(0);
    w.disconnect();
    vi.restoreAllMocks();
  });
});
