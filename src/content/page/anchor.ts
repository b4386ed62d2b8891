/**
 * Finding a span again after the page changed. The popup holds offsets into the text that was
 * analysed; if the page has since moved things around (a late-loading paragraph, a live-updated
 * timestamp), the same words are looked up in freshly read text: the exact quote, preferring the
 * occurrence whose surrounding words match and which lies closest to where it was. Pure.
 */

const CONTEXT = 32;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Where [start, end) of `oldText` is in `newText`, or null when its words are gone. */
export function reanchor(oldText: string, start: number, end: number, newText: string): { start: number; end: number } | null {
  if (!(end > start) || start < 0 || end > oldText.length) return null;
  const quote = oldText.slice(start, end);
  if (!quote.trim()) return null;
  const prefix = oldText.slice(Math.max(0, start - CONTEXT), start);
  const suffix = oldText.slice(end, end + CONTEXT);
  let best: { start: number; score: number } | null = null;
  for (let i = newText.indexOf(quote); i >= 0; i = newText.indexOf(quote, i + 1)) {
    const context = commonSuffix(prefix, newText.slice(Math.max(0, i - CONTEXT), i)) + commonPrefix(suffix, newText.slice(i + quote.length, i + quote.length + CONTEXT));
    // Context dominates; distance from the old position breaks ties.
    const score = context * 1e7 - Math.abs(i - start);
    if (!best || score > best.score) best = { start: i, score };
  }
  return best ? { start: best.start, end: best.start + quote.length } : null;
}
