/**
 * What a quotation mark means where it stands: whether a quotation after a cue is what was said or
 * a name in guillemets (لـ«الأيام»، حركة «حماس»), whether it closes its clause, and the quotation
 * written just before a cue («…»، قال الوزير).
 */
import type { QuoteContext } from './context.js';
import { firstTokenFrom, isPunct } from './context.js';
import type { QuotedSpan } from './marks.js';
import { W, is, isNameTakingWord } from './word-classes.js';

export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Whether the quotation is the end of its clause (followed by a stop, a new attribution, or nothing). */
export function closesClause(ctx: QuoteContext, q: QuotedSpan): boolean {
  if (q.close < 0) return true;
  const { text } = ctx;
  let j = q.close + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0' || text[j] === '\t')) j++;
  if (j >= text.length || text[j] === '\n' || text[j] === '\r') return true;
  if ('.،,؛;:!?؟)]…-–—»”'.includes(text[j])) return true;
  const k = firstTokenFrom(ctx, j);
  const t = ctx.tokens[k];
  if (!t) return true;
  return !!ctx.cues[k] || is(t, W.LINKER);
}

/**
 * Whether a quotation met after a cue is what was said, rather than a name or term in guillemets
 * (لـ«الأيام»، المتحدث باسم «حماس»، «داعش» في بيان).
 */
export function isContentQuote(ctx: QuoteContext, q: QuotedSpan, tok: number): boolean {
  const { text, tokens } = ctx;
  const before = text.charCodeAt(q.open - 1);
  // Attached to a preposition: «لـ«الأيام»», «بـ"الوطن"».
  if (q.open > 0 && ((before >= 0x0621 && before <= 0x064a) || before === 0x0640)) return false;
  const prev = tokens[tok - 1];
  if (prev && prev.kind === 'word' && isNameTakingWord(prev.norm)) return false;
  if (closesClause(ctx, q)) return true;
  const after = tokens[firstTokenFrom(ctx, q.close + 1)];
  if (is(after, W.COMPLEMENTIZER)) return false;
  return wordCount(text.slice(q.innerStart, q.innerEnd)) >= 4;
}

/** «…»، قال الوزير: a quotation closing right before the cue (with at most a comma and «هكذا» between). */
export function quoteBefore(ctx: QuoteContext, i: number): { tok: number; span: QuotedSpan } | null {
  let j = i - 1;
  if (j >= 0 && is(ctx.tokens[j], W.POSTPOSED_LINK)) j--;
  if (j >= 0 && isPunct(ctx.tokens[j], '،,')) j--;
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'punct') return null;
  const span = ctx.marks.byClose.get(t.start);
  if (!span || wordCount(ctx.text.slice(span.innerStart, span.innerEnd)) < 2) return null;
  return { tok: j, span };
}
