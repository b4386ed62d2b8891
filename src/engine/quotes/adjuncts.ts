/**
 * Adjuncts a reporting verb carries besides its speaker and content: when and where it was said,
 * to whom, in what («أمس», «في بيان رسمي», «لـ«الأيام»», «من جهته», «على حسابه الشخصي»). They
 * may stand between the verb and its speaker, or between the speaker and the complementizer.
 */
import type { QuoteContext } from './context.js';
import { isPunct, quoteOpenAt } from './context.js';
import { W, hasArticle, is, isPeriod, isWord } from './word-classes.js';

/**
 * How many tokens from k form an adjunct that may sit between the verb and its speaker or after it
 * («أمس», «في بيان رسمي», «لـ«الأيام»», «من جهته», «على حسابه الشخصي»), or 0.
 */
export function adjunctLength(ctx: QuoteContext, k: number, limit: number): number {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t) return 0;
  if (isPunct(t, '،,')) return 1;
  if (t.kind !== 'word') return 0;
  if (is(t, W.TIME | W.PRONOUN_PREP)) return 1;
  const next = tokens[k + 1];
  if (isPeriod(t, next)) return 2;
  if (t.norm === 'اول' && next && next.norm === 'امس') return 2;
  const modifiers = (from: number) => {
    let n = 0;
    while (from + n < limit && n < 3 && is(tokens[from + n], W.ADJUNCT_MODIFIER)) n++;
    return n;
  };
  const norm = t.norm;
  if ((norm === 'في' || norm === 'وفي') && next && next.kind === 'word') {
    if (isWord(next.norm, W.EVENT) || is(next, W.TIME)) return 2 + modifiers(k + 2);
    // «في أول حديث له»
    const third = tokens[k + 2];
    if (isWord(next.norm, W.EVENT_ORDINAL) && third && third.kind === 'word' && isWord(third.norm, W.EVENT)) return 3 + modifiers(k + 3);
  }
  if (norm === 'علي' && next && next.kind === 'word' && isWord(next.norm, W.ON_ADJUNCT)) return 2 + modifiers(k + 2);
  if (norm === 'من' && next && next.kind === 'word' && isWord(next.norm, W.FROM_ADJUNCT)) return 2;
  // لـ«الأيام»، لوكالة الأنباء، للصحفيين: to whom it was said.
  if (norm === 'ل' && next) {
    const q = quoteOpenAt(ctx, k + 1);
    if (q && q.close >= 0) return 1 + tokensUntil(ctx, k + 1, q.close + 1);
    return 2;
  }
  if (norm.length > 2 && norm[0] === 'ل') {
    const stem = norm.startsWith('لل') ? 'ال' + norm.slice(2) : norm.slice(1);
    const q = quoteOpenAt(ctx, k + 1);
    if (q && q.close >= 0 && t.end === q.open) return 1 + tokensUntil(ctx, k + 1, q.close + 1);
    if (isWord(stem, W.MEDIA | W.MEDIA_NAME) || isWord(norm.slice(1), W.MEDIA | W.MEDIA_NAME)) {
      let n = 1;
      while (k + n < limit && n < 5) {
        const w = tokens[k + n];
        const wq = quoteOpenAt(ctx, k + n);
        if (wq && wq.close >= 0) {
          n += tokensUntil(ctx, k + n, wq.close + 1);
          continue;
        }
        if (w.kind === 'word' && hasArticle(w.norm)) n++;
        else if (isPunct(w, '(')) {
          const close = findToken(ctx, k + n, limit, ')');
          if (close < 0) break;
          n = close - k + 1;
        } else break;
      }
      return n;
    }
  }
  return 0;
}

export function tokensUntil(ctx: QuoteContext, from: number, endPos: number): number {
  let n = 0;
  while (from + n < ctx.tokens.length && ctx.tokens[from + n].start < endPos) n++;
  return n;
}

export function findToken(ctx: QuoteContext, from: number, limit: number, text: string): number {
  for (let k = from; k < limit && k < from + 12; k++) if (ctx.tokens[k].text === text) return k;
  return -1;
}
