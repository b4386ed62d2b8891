import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GAP, MARGIN, placeCard, union } from '../../src/content/card/card-position.js';

const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  it('goes below the name when there is room, above when not', () => {
    const vp = { width: 1000, height: 800 };
    const name = { left: 500, top: 100, right: 600, bottom: 120 };
    expect(placeCard(name, { width: 300, height: 200 }, vp)).toMatchObject({ side: 'below', top: 120 + GAP });
    const low = { left: 500, top: 700, right: 600, bottom: 720 };
    const p = placeCard(low, { width: 300, height: 200 }, vp);
    expect(p.side).toBe('above');
    expect(p.top + 200).toBe(700 - GAP);
  });

  it('lines its right edge up with the start of a right-to-left name, inside the viewport', () => {
    const p = placeCard({ left: 500, top: 100, right: 600, bottom: 120 }, { width: 300, height: 100 }, { width: 1000, height: 800 });
    expect(p.left + 300).toBe(600);
    const edge = placeCard({ left: 10, top: 100, right: 60, bottom: 120 }, { width: 300, height: 100 }, { width: 1000, height: 800 });
    expect(edge.left).toBe(MARGIN);
  });

  it('never covers the name and stays in the viewport, whatever the sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 150, max: 1500 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: -50, max: 1500 }),
        fc.integer({ min: 5, max: 300 }),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 50, max: 400 }),
        fc.integer({ min: 40, max: 900 }),
        (vw, vh, x, y, w, h, cw, ch) => {
          const name = { left: Math.min(x, vw - 1), top: Math.min(y, vh - 1), right: Math.min(x, vw - 1) + w, bottom: Math.min(y, vh - 1) + h };
          const p = placeCard(name, { width: cw, height: ch }, { width: vw, height: vh });
          const height = Math.min(ch, p.maxHeight);
          const card = { left: p.left, top: p.top, right: p.left + Math.min(cw, vw - 2 * MARGIN), bottom: p.top + height };
          if (height > 0) expect(overlaps(card, name)).toBe(false);
          expect(p.maxHeight).toBeGreaterThanOrEqual(0);
          if (p.side === 'below') expect(card.bottom).toBeLessThanOrEqual(Math.max(vh - MARGIN, card.top));
          else expect(card.top).toBeGreaterThanOrEqual(Math.min(MARGIN, card.bottom));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('union covers every line of a wrapped name', () => {
    expect(union([{ left: 10, top: 0, right: 50, bottom: 20 }, { left: 300, top: 24, right: 400, bottom: 44 }])).toEqual({ left: 10, top: 0, right: 400, bottom: 44 });
    expect(union([])).toBeNull();
  });
});
