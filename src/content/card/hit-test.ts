/**
 * Which highlighted name is under the pointer? Highlights are not elements, so there is no event
 * target to ask: the caret position at the point (caretPositionFromPoint, or WebKit's
 * caretRangeFromPoint) gives a text node and offset, the text map turns that into an article
 * offset, and the mention there is confirmed against the range's boxes (the nearest caret is
 * returned even when the pointer is in the margin beside a line).
 */
import { mentionAt } from '../marks/mentions.js';
import type { MentionRef } from '../marks/mentions.js';
import type { TextMap } from '../page/text-map.js';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // Points outside the document throw in some engines.
  }
  return null;
}

/** Tolerance in CSS pixels around a name's boxes. */
const SLOP = 1;

function pointInRange(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

/**
 * The index of the mention under (x, y), or -1. `rangeOf(i)` gives the live range of mention i
 * (the highlighter's, so no range is built twice).
 */
export function mentionAtPoint(doc: Document, x: number, y: number, map: TextMap, mentions: readonly MentionRef[], rangeOf: (i: number) => Range | null): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  const offset = map.offsetOf(caret.node, caret.offset);
  if (offset < 0) return -1;
  // The caret sits between characters: the name may be on either side of it.
  for (const pos of [offset, offset - 1]) {
    const i = mentionAt(mentions, pos);
    if (i < 0) continue;
    const range = rangeOf(i);
    if (range && pointInRange(range, x, y)) return i;
  }
  return -1;
}
