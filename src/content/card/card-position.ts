/**
 * Where to put a hover card so that it never covers the name it describes: entirely below the
 * name's lines, or entirely above them, whichever fits (below first: the reader's eye goes on
 * down the text); when neither fits, on the roomier side with a smaller maximum height, so the
 * card scrolls inside itself rather than sliding over the name. Pure geometry in viewport
 * coordinates.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Cap on the card's height so it stays clear of the name and inside the viewport. */
  maxHeight: number;
}

/** Gap between the name and the card, and between the card and the viewport's edges. */
export const GAP = 6;
export const MARGIN = 8;

/** The smallest box holding all the rectangles (a name may wrap over two lines). */
export function union(rects: readonly Box[]): Box | null {
  if (!rects.length) return null;
  let { left, top, right, bottom } = rects[0];
  for (const r of rects) {
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return { left, top, right, bottom };
}

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, rtl = true): Placement {
  const below = viewport.height - MARGIN - (anchor.bottom + GAP);
  const above = anchor.top - GAP - MARGIN;
  let side: Placement['side'];
  if (card.height <= below) side = 'below';
  else if (card.height <= above) side = 'above';
  else side = below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  // Right-to-left text: the card's right edge lines up with the name's start.
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  let left = rtl ? anchor.right - width : anchor.left;
  left = Math.max(MARGIN, Math.min(left, viewport.width - MARGIN - width));
  return { left, top, side, maxHeight: room };
}
