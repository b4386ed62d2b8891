/**
 * Small helpers the numbers stage uses to look words and word sequences up: normalized sets,
 * phrase tables indexed by their first word, and the readings of a word with a proclitic removed.
 */
import type { TextSpan } from '../types.js';
import type { Ctx } from './context.js';
import { joined } from './context.js';
import { normalizeWord } from '../text/normalize.js';
import { originalOffset } from '../text/tokenize.js';

export const norm = (s: string): string => normalizeWord(s);
export const setOf = (xs: readonly string[]): Set<string> => new Set(xs.map(norm));

/** A phrase table: normalized word sequences indexed by their first word, longest first. */
export type PhraseTable = Map<string, string[][]>;

export function phrases(xs: readonly string[]): PhraseTable {
  const m: PhraseTable = new Map();
  for (const x of xs) {
    const p = x.split(' ').map(norm);
    const list = m.get(p[0]) ?? [];
    list.push(p);
    list.sort((a, b) => b.length - a.length);
    m.set(p[0], list);
  }
  return m;
}

/** A word's readings with one or two proclitic letters removed («بنحو» → نحو, «وبنحو» → نحو). */
export function readings(n: string): string[] {
  const out = [n];
  if (n.length > 2 && 'وفبلك'.includes(n[0])) out.push(n.slice(1));
  if (n.length > 3 && 'وف'.includes(n[0]) && 'بلك'.includes(n[1])) out.push(n.slice(2));
  return out;
}

export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/**
 * A phrase of the table starting at token `k` (the first word may carry a proclitic when
 * `clitics`): its offsets without the proclitic, and the token after it.
 */
export function phraseAt(ctx: Ctx, k: number, table: PhraseTable, clitics = true): { start: number; end: number; next: number } | null {
  const t = ctx.tokens[k];
  if (!t || (t.kind !== 'word' && t.kind !== 'punct')) return null;
  for (const hit of clitics ? readings(t.norm) : [t.norm]) {
    for (const p of table.get(hit) ?? []) {
      let j = 1;
      while (j < p.length && ctx.tokens[k + j]?.norm === p[j] && joined(ctx, k + j - 1)) j++;
      if (j < p.length) continue;
      const start = hit === t.norm ? t.start : originalOffset(t, t.norm.length - hit.length);
      return { start, end: ctx.tokens[k + p.length - 1].end, next: k + p.length };
    }
  }
  return null;
}
