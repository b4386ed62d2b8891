/**
 * "Show in page": bring a stretch of the article into view, then mark it, and keep the mark until
 * the reader moves on. A mark started at the click would fade before a smooth scroll down a long
 * page arrives, so the mark starts once the scroll has ended (`scrollend`, or the sentence standing
 * still where that event never comes) and the sentence is fully in view; it ends when the reader
 * scrolls it out of view, clicks in the page, presses Escape, or asks for another sentence.
 *
 * The sentence itself is centred (not its paragraph: a paragraph taller than the window would
 * leave the sentence below the fold), or its top put near the window's top when it is taller.
 */

/** Space kept between a sentence and the window's edges. */
const MARGIN = 24;
/** The scroll is taken as ended when the sentence has not moved for this long. */
const STILL_MS = 150;
/** Longest wait for a scroll to end before the sentence is put in view at once. */
const MAX_SCROLL_MS = 3000;
/** Jumps to the sentence after the scroll, at most, while it does not stand still in view. */
const MAX_CORRECTIONS = 5;

export interface RevealTarget {
  /** Shows the mark on the range, or takes it away (null). */
  mark(range: Range | null): void;
}

interface Box {
  top: number;
  bottom: number;
}

function box(range: Range): Box | null {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  if (!rects.length) {
    const r = range.getBoundingClientRect();
    return r.width || r.height ? { top: r.top, bottom: r.bottom } : null;
  }
  return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
}

function viewportHeight(): number {
  return document.documentElement.clientHeight || innerHeight;
}

/** The whole range is inside the window (or, when taller than the window, fills it from its top). */
function fullyInView(range: Range): boolean {
  const b = box(range);
  if (!b) return false;
  const vh = viewportHeight();
  if (b.bottom - b.top > vh - 2 * MARGIN) return b.top >= 0 && b.top <= MARGIN * 2;
  return b.top >= 0 && b.bottom <= vh;
}

function anyInView(range: Range): boolean {
  const b = box(range);
  return !!b && b.bottom > 0 && b.top < viewportHeight();
}

/** The nearest ancestor that scrolls by itself, or null when the page (the window) scrolls. */
function scroller(el: Element | null): Element | null {
  for (let e = el; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (/(auto|scroll|overlay)/.test(s.overflowY) && e.scrollHeight > e.clientHeight) return e;
  }
  return null;
}

function scrollIntoCentre(range: Range, behavior: ScrollBehavior): void {
  const el = range.startContainer.parentElement;
  if (scroller(el)) {
    el?.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const b = box(range);
  if (!b) {
    el?.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const vh = viewportHeight();
  const h = b.bottom - b.top;
  const by = h > vh - 2 * MARGIN ? b.top - MARGIN : b.top - (vh - h) / 2;
  // An absolute target: a correction aimed at the same place cannot fight a scroll still under way.
  if (Math.abs(by) >= 1) window.scrollTo({ top: Math.max(0, scrollY + by), behavior });
}

/**
 * Resolves once the scroll has ended: the browser says so (`scrollend`), or the range stands still
 * in view (a busy page may pause a smooth scroll half way: standing still out of view is not the
 * end), or after MAX_SCROLL_MS.
 */
function scrollEnded(range: Range, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let last = box(range)?.top ?? 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      clearTimeout(cap);
      removeEventListener('scrollend', done, true);
      signal.removeEventListener('abort', done);
      resolve();
    };
    // Timers, not animation frames: a page in a background tab gets no frames.
    const check = () => {
      const now = box(range)?.top ?? 0;
      if (Math.abs(now - last) < 0.5 && fullyInView(range)) return done();
      last = now;
      timer = setTimeout(check, STILL_MS);
    };
    const cap = setTimeout(done, MAX_SCROLL_MS);
    addEventListener('scrollend', done, true);
    signal.addEventListener('abort', done);
    timer = setTimeout(check, STILL_MS);
  });
}

export class Revealer {
  private current: AbortController | null = null;

  constructor(private readonly target: RevealTarget) {}

  /** Scrolls to `range` and marks it once it is in view; false if a newer request or `end` came first. */
  async reveal(range: Range): Promise<boolean> {
    this.end();
    const run = new AbortController();
    this.current = run;
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!fullyInView(range)) {
      scrollIntoCentre(range, reduced ? 'instant' : 'smooth');
      await scrollEnded(range, run.signal);
      if (run.signal.aborted) return false;
      // Until it stands still in view: layout may have moved on the way (images, a sticky header)
      // or the smooth scroll been left half way by a busy page; a correction jumps at once.
      for (let i = 0; i < MAX_CORRECTIONS && !run.signal.aborted; i++) {
        if (!fullyInView(range)) scrollIntoCentre(range, 'instant');
        const before = box(range)?.top;
        await new Promise((r) => setTimeout(r, STILL_MS));
        if (fullyInView(range) && box(range)?.top === before) break;
      }
    }
    if (run.signal.aborted || !range.startContainer.isConnected) return false;
    this.target.mark(range);
    this.untilMovedOn(range, run.signal);
    return true;
  }

  /** Takes the mark away (the reader moved on, the page was left). */
  end(): void {
    if (!this.current) return;
    this.current.abort();
    this.current = null;
    this.target.mark(null);
  }

  private untilMovedOn(range: Range, signal: AbortSignal): void {
    const opts = { capture: true, passive: true, signal };
    const end = () => {
      if (!signal.aborted) this.end();
    };
    addEventListener('scroll', () => !anyInView(range) && end(), opts);
    // The reader's own pointer and keys only: a page's scripted events take nothing away.
    addEventListener('pointerdown', (e) => e.isTrusted && end(), opts);
    addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && end(), opts);
  }
}
