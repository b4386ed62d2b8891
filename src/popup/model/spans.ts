/** Span arithmetic the popup needs: which sentence holds an offset, and which marks fall in it. */
import type { Span } from '../../engine/types.js';
import { spanIndexAt } from '../../engine/spans.js';

export { spanIndexAt };

/**
 * The sentence holding `span`; when the analysis has no sentence there (bad data, whitespace),
 * the span itself, so "show in page" always has something to point at.
 */
export function sentenceOf(sentences: readonly Span[], span: Span): Span {
  const i = spanIndexAt(sentences, span.start);
  if (i < 0) return { start: span.start, end: span.end };
  const s = sentences[i];
  return { start: s.start, end: s.end };
}

/** A piece of a span's text: plain, or covered by a mark. */
export interface Piece {
  start: number;
  end: number;
  marked: boolean;
}

/**
 * Cuts `within` into plain and marked pieces. Marks are clipped to `within`, sorted and merged,
 * so overlapping or out-of-range marks never duplicate or lose text.
 */
export function markPieces(within: Span, marks: readonly Span[]): Piece[] {
  const clipped = marks
    .map((m) => ({ start: Math.max(m.start, within.start), end: Math.min(m.end, within.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const m of clipped) {
    const last = merged[merged.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  const out: Piece[] = [];
  let pos = within.start;
  for (const m of merged) {
    if (m.start > pos) out.push({ start: pos, end: m.start, marked: false });
    out.push({ start: m.start, end: m.end, marked: true });
    pos = m.end;
  }
  if (pos < within.end) out.push({ start: pos, end: within.end, marked: false });
  return out;
}
