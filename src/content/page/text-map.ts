/**
 * Both directions between offsets in the extracted article text and the live page:
 * text span → DOM Range (to highlight and scroll), DOM caret position → text offset (to know which
 * name is under the pointer). Built from the segment map of `dom-text.ts`.
 *
 * The page may have changed since the text was read (a script updated a node, an ad pushed a
 * paragraph out): a range is only handed out when its nodes are still in the document and its
 * text still reads the same.
 */
import { segmentAt } from '../../shared/dom-text.js';
import type { Segment } from '../../shared/dom-text.js';

/** Whitespace-insensitive comparison: the extracted text collapsed runs the page still has. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export class TextMap {
  private byNode: Map<Text, number[]> | null = null;

  constructor(
    readonly text: string,
    readonly segments: readonly Segment<Text>[],
  ) {}

  /** A live Range for [start, end) of the text, or null when the page no longer shows that text. */
  rangeFor(start: number, end: number, doc: Document = document): Range | null {
    if (!(end > start) || start < 0 || end > this.text.length) return null;
    const a = segmentAt(this.segments, start);
    const b = segmentAt(this.segments, end - 1);
    if (a < 0 || b < 0) return null;
    const sa = this.segments[a];
    const sb = this.segments[b];
    if (!sa.node.isConnected || !sb.node.isConnected) return null;
    const startOffset = sa.nodeOffset + (start - sa.start);
    const endOffset = sb.nodeOffset + (end - sb.start);
    if (startOffset > sa.node.data.length || endOffset > sb.node.data.length) return null;
    try {
      const range = doc.createRange();
      range.setStart(sa.node, startOffset);
      range.setEnd(sb.node, endOffset);
      if (squash(range.toString()) !== squash(this.text.slice(start, end))) return null;
      return range;
    } catch {
      // The nodes moved in a way that makes the range invalid (end before start…).
      return null;
    }
  }

  /** The text offset of a caret position in the page, or -1 when that node is not part of the text. */
  offsetOf(node: Node, offset: number): number {
    if (node.nodeType !== 3) return -1;
    const list = this.index().get(node as Text);
    if (!list) return -1;
    for (const i of list) {
      const s = this.segments[i];
      const rel = offset - s.nodeOffset;
      // A caret right after a segment's last character still belongs to it.
      if (rel >= 0 && rel <= s.end - s.start) return s.start + rel;
    }
    return -1;
  }

  /** Segments of each text node, built on first use (hover needs it, highlighting does not). */
  private index(): Map<Text, number[]> {
    if (this.byNode) return this.byNode;
    const map = new Map<Text, number[]>();
    this.segments.forEach((s, i) => {
      const list = map.get(s.node);
      if (list) list.push(i);
      else map.set(s.node, [i]);
    });
    this.byNode = map;
    return map;
  }
}
