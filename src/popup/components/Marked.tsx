/** A sentence of the article with some spans marked (the quote, the name, the number). */
import type { Span } from '../../engine/types.js';
import { markPieces } from '../model/spans.js';

export function Marked({ text, within, marks, className }: { text: string; within: Span; marks: readonly Span[]; className?: string }) {
  return (
    <p class={className ?? 'sentence'} dir="auto">
      {markPieces(within, marks).map((p) =>
        p.marked ? <mark key={p.start}>{text.slice(p.start, p.end)}</mark> : text.slice(p.start, p.end),
      )}
    </p>
  );
}
