/**
 * Marks names in the page. The CSS Custom Highlight API paints ranges without touching the DOM or
 * the layout; the styles (`content.css`, inserted by the worker) colour each entity type, with a
 * second set for dark pages. Where the API is missing, a fallback draws translucent boxes over the
 * ranges inside the extension's own host element (its closed shadow root: card/ui-host.ts).
 *
 * The marks are not hidden from the page: `CSS.highlights` is one registry shared with the page's
 * own scripts, which can list every highlight named here and read every marked range, that is,
 * which words Isnad took for a person, an organization or a place, which name's card is open
 * (`isnad-active`) and which sentence was shown from the popup (`isnad-flash`). Nothing else of
 * the analysis reaches the page (README, "Privacy").
 */
import type { EntityType } from '../../engine/types.js';
import type { UiHost } from '../card/ui-host.js';

export type Palette = 'light' | 'dark';

const HIGHLIGHT_PREFIX = 'isnad-';
/** Highlight names: one per type and palette, plus the open card's name and the "show in page" mark. */
function highlightName(type: EntityType, palette: Palette): string {
  return `${HIGHLIGHT_PREFIX}${type}${palette === 'dark' ? '-dark' : ''}`;
}
const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;
const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;

export interface HighlightSink {
  add(type: EntityType, range: Range): void;
  remove(type: EntityType, range: Range): void;
  /** The name whose card is open, drawn stronger. */
  setActive(range: Range | null): void;
  /** The sentence "show in page" brought into view, until the reader moves on (null: none). */
  flash(range: Range | null): void;
  clear(): void;
  readonly count: number;
}

interface HighlightCtor {
  new (...ranges: Range[]): { add(r: Range): void; delete(r: Range): boolean; clear(): void; size: number; priority: number };
}
interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

export function highlightApi(): { Highlight: HighlightCtor; registry: HighlightRegistry } | null {
  const g = globalThis as { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } };
  if (typeof g.Highlight !== 'function' || !g.CSS?.highlights) return null;
  return { Highlight: g.Highlight, registry: g.CSS.highlights };
}

const TYPES: EntityType[] = ['person', 'organization', 'location'];

/** Highlights through `CSS.highlights`. */
export class CssHighlights implements HighlightSink {
  private readonly sets = new Map<EntityType, InstanceType<HighlightCtor>>();
  private active: InstanceType<HighlightCtor> | null = null;
  private added = 0;

  constructor(
    private readonly api: NonNullable<ReturnType<typeof highlightApi>>,
    private readonly palette: Palette,
  ) {}

  add(type: EntityType, range: Range): void {
    let h = this.sets.get(type);
    if (!h) {
      h = new this.api.Highlight();
      this.sets.set(type, h);
      this.api.registry.set(highlightName(type, this.palette), h);
    }
    h.add(range);
    this.added++;
  }

  remove(type: EntityType, range: Range): void {
    if (this.sets.get(type)?.delete(range)) this.added--;
  }

  setActive(range: Range | null): void {
    if (!range) {
      this.api.registry.delete(ACTIVE_HIGHLIGHT);
      this.active = null;
      return;
    }
    this.active = new this.api.Highlight(range);
    this.active.priority = 1;
    this.api.registry.set(ACTIVE_HIGHLIGHT, this.active);
  }

  flash(range: Range | null): void {
    if (!range) {
      this.api.registry.delete(FLASH_HIGHLIGHT);
      return;
    }
    const h = new this.api.Highlight(range);
    h.priority = 2;
    this.api.registry.set(FLASH_HIGHLIGHT, h);
  }

  clear(): void {
    for (const type of TYPES) {
      this.api.registry.delete(highlightName(type, 'light'));
      this.api.registry.delete(highlightName(type, 'dark'));
    }
    this.api.registry.delete(ACTIVE_HIGHLIGHT);
    this.sets.clear();
    this.active = null;
    this.added = 0;
  }

  /** Ends the "show in page" mark too (page left, extension switched off). */
  dispose(): void {
    this.clear();
    this.api.registry.delete(FLASH_HIGHLIGHT);
  }

  get count(): number {
    return this.added;
  }
}

/** Boxes over the ranges, drawn in the extension's shadow root (only where the API is missing). */
export class OverlayHighlights implements HighlightSink {
  static readonly MAX_BOXES = 3000;
  private readonly ranges: { type: EntityType | 'active' | 'flash'; range: Range }[] = [];
  private layer: HTMLElement | null = null;
  private frame = 0;
  private boxes = 0;
  private readonly onScroll = () => this.schedule();

  constructor(
    private readonly host: UiHost,
    private readonly palette: Palette,
  ) {}

  add(type: EntityType, range: Range): void {
    this.ranges.push({ type, range });
    this.schedule();
  }

  remove(type: EntityType, range: Range): void {
    const i = this.ranges.findIndex((r) => r.type === type && r.range === range);
    if (i >= 0) this.ranges.splice(i, 1);
    this.schedule();
  }

  setActive(range: Range | null): void {
    this.removeKind('active');
    if (range) this.ranges.push({ type: 'active', range });
    this.schedule();
  }

  flash(range: Range | null): void {
    this.removeKind('flash');
    if (range) this.ranges.push({ type: 'flash', range });
    this.schedule();
  }

  clear(): void {
    this.ranges.length = 0;
    this.layer?.remove();
    this.layer = null;
    removeEventListener('scroll', this.onScroll);
    removeEventListener('resize', this.onScroll);
    this.boxes = 0;
  }

  get count(): number {
    return this.ranges.filter((r) => r.type !== 'active' && r.type !== 'flash').length;
  }

  private removeKind(type: 'active' | 'flash'): void {
    for (let i = this.ranges.length - 1; i >= 0; i--) if (this.ranges[i].type === type) this.ranges.splice(i, 1);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws the boxes that are in or near the viewport. */
  private draw(): void {
    if (!this.ranges.length) {
      this.layer?.remove();
      this.layer = null;
      return;
    }
    const root = this.host.attach();
    if (!this.layer) {
      this.layer = document.createElement('div');
      this.layer.className = 'overlay';
      root.append(this.layer);
      addEventListener('scroll', this.onScroll, { passive: true });
      addEventListener('resize', this.onScroll, { passive: true });
    }
    const layer = this.layer;
    const vh = innerHeight;
    const frag = document.createDocumentFragment();
    this.boxes = 0;
    for (const { type, range } of this.ranges) {
      for (const r of Array.from(range.getClientRects())) {
        if (r.bottom < -vh || r.top > 2 * vh || this.boxes >= OverlayHighlights.MAX_BOXES) continue;
        const box = document.createElement('div');
        box.className = `box ${type} ${this.palette}`;
        box.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px`;
        frag.append(box);
        this.boxes++;
      }
    }
    layer.replaceChildren(frag);
  }
}
