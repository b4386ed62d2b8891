/**
 * The token context every part of the numbers stage reads: the text, its tokens, and the phrases
 * already parsed; with the two adjacency tests the grammar is written in (joined on one line,
 * touching with no space) and the surface test for the definite article.
 */
import type { Token } from '../text/tokenize.js';
import { stripMarks } from '../text/charset.js';
import type { NumberPhrase } from './phrase.js';

export interface Ctx {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Phrases already parsed at a token index (dates and quantities ask for the same ones). */
  readonly memo?: Map<number, NumberPhrase | 'identifier' | null>;
}

/** True when only spaces (no line break) separate token `a` from the next token `a + 1`. */
export function joined(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens[a];
  const u = ctx.tokens[a + 1];
  if (!t || !u) return false;
  if (u.start - t.end > 40) return false;
  for (let i = t.end; i < u.start; i++) {
    const c = ctx.text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return false;
  }
  return true;
}

/** True when token `a + 1` starts right where token `a` ends. */
export function touching(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens[a];
  const u = ctx.tokens[a + 1];
  return t !== undefined && u !== undefined && t.end === u.start;
}

/**
 * True when the word carries the definite article, read on the surface (harakat removed but
 * letters not unified) so «آليات» (آ) is not mistaken for «ال».
 */
export function isDefinite(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  // «بالغا» (an adult) is not ب + ال + غا: after a preposition, the article needs a word of three letters.
  return /^([وف]?ال|[وف]?[بك]ال[^\s]{3}|[وف]?لل)/.test(stripMarks(t.text));
}
