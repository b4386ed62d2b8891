/**
 * Small helpers the numbers stage uses to look words and word sequences up: normalized sets,
 * phrase tables indexed by their first word, and the readings of a word with a proclitic removed.
 */
import type { TextSpan } from '../types.js';
import type { Ctx } from './context.js';
import { joined } from './context.js';
import { normalizeWord } from '../text/normalize.js';
import type { CliticPolicy } from '../text/clitics.js';
import { readings as cliticReadings } from '../text/clitics.js';
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

/**
 * How the numbers stage reads the words around numbers (approximations, heads, cues): a
 * conjunction and a preposition may be glued on («بنحو», «وبنحو» → نحو), the article and
 * attached pronouns stay part of the word («العام» is its own head).
 */
const NEIGHBOUR_WORDS: CliticPolicy = { article: false, enclitic: false, prepositions: 'بلك' };

/** A word's readings under `policy`, whole word first: splits of the word only (cached). */
export function splitReadings(n: string, policy: CliticPolicy, cache: Map<string, readonly string[]>): readonly string[] {
  const hit = cache.get(n);
  if (hit) return hit;
  const out: string[] = [];
  for (const r of cliticReadings(n, policy)) if (n.endsWith(r.stem)) out.push(r.stem);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(n, out);
  return out;
}

const CACHE_LIMIT = 20_000;
const neighbourCache = new Map<string, readonly string[]>();

/** A word's readings under NEIGHBOUR_WORDS, whole word first. */
export function readings(n: string): readonly string[] {
  return splitReadings(n, NEIGHBOUR_WORDS, neighbourCache);
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
