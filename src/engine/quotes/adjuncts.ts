/**
 * Adjuncts a reporting verb carries besides its speaker and content: when and where it was said,
 * to whom, in what («أمس», «في بيان رسمي», «لـ«الأيام»», «من جهته», «على حسابه الشخصي»). They
 * may stand between the verb and its speaker, or between the speaker and the complementizer.
 */
import type { QuoteContext } from './context.js';
import { CLITIC_POLICIES, readings } from '../text/clitics.js';
import { normalizeWord } from '../text/normalize.js';
import { isPunct, quoteOpenAt } from './context.js';
import { closesClause, wordCount } from './quotations.js';
import { C, W, hasArticle, headClass, is, isCompanion, isKnownHead, isPeriod, isWord } from './word-classes.js';

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['ذلك', 'هذا', 'هذه', 'تلك'].map(normalizeWord));

/** «ذلك», «هذا», «هذه», «تلك». */
export function isDemonstrative(norm: string): boolean {
  return DEMONSTRATIVES.has(norm);
}
/** Nouns that frame a statement after «في»: «في الوقت نفسه», «في السياق ذاته», «في المقابل». */
const FRAME_NOUNS: ReadonlySet<string> = new Set(['الوقت', 'السياق', 'الصدد', 'الإطار', 'المقابل', 'الأثناء'].map(normalizeWord));
const SAME: ReadonlySet<string> = new Set(['نفسه', 'ذاته', 'عينه'].map(normalizeWord));

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
  const next = tokens[k + 1];
  // («الأسبوع الماضي»: a period is a time word too; its adjective goes with it.)
  if (isPeriod(t, next)) return 2;
  // («أكد ولي العهد»: a title written like و + «لي» is the speaker.)
  if (is(t, W.TIME | W.PRONOUN_PREP) && !(t.norm.startsWith('و') && headClass(t.norm, next?.norm).title)) return 1;
  if (t.norm === 'اول' && next && next.norm === 'امس') return 2;
  const norm = t.norm;
  if ((norm === 'في' || norm === 'وفي') && next && next.kind === 'word') {
    if (isEventNoun(next.norm) || is(next, W.TIME)) return 2 + modifiersAt(ctx, k + 2, limit);
    // «في ذلك الوقت», «في هذا الصدد», «في الوقت نفسه», «في المقابل»: when or in what respect, never
    // a genitive of the speaker (ANT: ~100 right before إن/أن).
    const third = tokens[k + 2];
    if (isDemonstrative(next.norm) && third?.kind === 'word' && hasArticle(third.norm)) return 3;
    if (FRAME_NOUNS.has(next.norm)) return third?.kind === 'word' && SAME.has(third.norm) ? 3 : 2;
    // «في أول حديث له»
    if (isCompanion(next.norm, C.EVENT_ORDINAL) && third && third.kind === 'word' && isWord(third.norm, W.EVENT)) return 3 + modifiersAt(ctx, k + 3, limit);
  }
  if (norm === 'علي' && next && next.kind === 'word' && isCompanion(next.norm, C.ON_ADJUNCT)) return 2 + modifiersAt(ctx, k + 2, limit);
  if (norm === 'من' && next && next.kind === 'word' && isCompanion(next.norm, C.FROM_ADJUNCT)) return 2;
  // لـ«الأيام»، لوكالة الأنباء، للصحفيين: to whom it was said.
  if (norm === 'ل' && next) {
    const q = quoteOpenAt(ctx, k + 1);
    if (q && q.close >= 0) return 1 + tokensUntil(ctx, k + 1, q.close + 1);
    return Math.max(2, outletName(ctx, k + 1, limit) - k);
  }
  const toWhom = readings(norm, CLITIC_POLICIES.preposition);
  if (toWhom.length > 0) {
    const q = quoteOpenAt(ctx, k + 1);
    if (q && q.close >= 0 && t.end === q.open) return 1 + tokensUntil(ctx, k + 1, q.close + 1);
    if (toWhom.some((r) => isWord(r.stem, W.MEDIA | W.MEDIA_NAME))) {
      let n = 1;
      while (k + n < limit && n < 5) {
        const w = tokens[k + n];
        const wq = quoteOpenAt(ctx, k + n);
        // «لصحيفة "الوطن"» names the outlet; «للصحفيين "سنقدم …"» is what was said to them.
        if (wq && wq.close >= 0 && !(closesClause(ctx, wq) && wordCount(ctx.text, wq.innerStart, wq.innerEnd) >= 4)) {
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
      return Math.max(n, outletName(ctx, k + n, limit) - k);
    }
  }
  return 0;
}

/**
 * «لموقع فرانس انفو الإلكتروني أنه», «لوسائل إعلام ألمانية "…"»: the outlet's name written
 * without article runs on to what introduces the content, unless a speaker word comes first.
 * The token after the name, or `from` when the name does not end at such a trigger.
 */
function outletName(ctx: QuoteContext, from: number, limit: number): number {
  const { tokens } = ctx;
  let f = from;
  while (f < limit && f < from + 5) {
    const u = tokens[f];
    if (u.kind !== 'word' && u.kind !== 'latin' && u.kind !== 'number') break;
    if (ctx.cues[f] || is(u, W.COMPLEMENTIZER | W.TIME | W.LINKER | W.RELATIVE | W.ADJUNCT_STARTER | W.PREPOSITION)) break;
    if (u.kind === 'word' && isKnownHead(headClass(u.norm, tokens[f + 1]?.norm))) break;
    f++;
  }
  const after = tokens[f];
  if (f <= from || f >= limit || !after) return from;
  // «لوكالة رويترز مسؤول أمني إن»: the speaker starts after the outlet's name.
  const speaker = after.kind === 'word' && isKnownHead(headClass(after.norm, tokens[f + 1]?.norm));
  return speaker || is(after, W.COMPLEMENTIZER) || isPunct(after, ':،,') || quoteOpenAt(ctx, f) ? f : from;
}

/** A speech event, with or without its owner's pronoun: «بيان», «تصريحاته», «كلمتها», «حديثه». */
export function isEventNoun(norm: string): boolean {
  return isWord(norm, W.EVENT) || readings(norm, CLITIC_POLICIES.all).some((r) => r.suffix !== '' && isWord(r.stem, W.EVENT));
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

/** How many words from `from` qualify a speech event («رسمي», «صحفي مشترك», «له»), at most three. */
function modifiersAt(ctx: QuoteContext, from: number, limit: number): number {
  let n = 0;
  while (from + n < limit && n < 3 && is(ctx.tokens[from + n], W.ADJUNCT_MODIFIER)) n++;
  return n;
}
