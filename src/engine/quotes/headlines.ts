/**
 * Headlines that name their speaker: «الحمود: فايز جاحد والتلفزيون له أفضال». A short line whose
 * first one to three words, then a colon, name who speaks. Section labels («المجموعة الأولى:»),
 * datelines («الرياض: أعلنت الوزارة …», «فلان - سبق - الرياض:») and places are not speakers.
 */
import type { Span } from '../types.js';
import type { QuoteContext } from './context.js';
import { firstTokenFrom, isPunct, mentionsIn, quoteOpenAt } from './context.js';
import { W, headClass, is, isKnownHead, isWord } from './word-classes.js';
import type { Content } from './content.js';
import { trimContent } from './content.js';

export interface HeadlineQuote {
  cue: Span;
  speaker: [number, number];
  content: Content;
}

/** A headline is short: more words than this and the line is body text. */
export const MAX_HEADLINE_TOKENS = 30;

/** The headline quote of paragraph p, or null. */
export function readHeadline(ctx: QuoteContext, firstTok: number, lastTok: number): HeadlineQuote | null {
  const { tokens } = ctx;
  if (lastTok - firstTok > MAX_HEADLINE_TOKENS || lastTok - firstTok < 4) return null;
  let colon = -1;
  for (let k = firstTok + 1; k <= firstTok + 3 && k < lastTok; k++) {
    if (isPunct(tokens[k], ':')) {
      colon = k;
      break;
    }
  }
  // «وزير المالية لـ«الرأي»: …»: the outlet spoken to stands between the speaker and the colon.
  let speakerEnd = colon;
  if (colon < 0) {
    const told = spokenTo(ctx, firstTok, lastTok);
    if (!told) return null;
    [speakerEnd, colon] = told;
  }
  for (let k = firstTok; k < speakerEnd; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || ctx.cues[k] || is(t, W.TIME)) return null;
  }
  const head = tokens[firstTok];
  if (isWord(head.norm, W.LABEL)) return null;
  const cls = headClass(head.norm, tokens[firstTok + 1]?.norm);
  if (cls.place && speakerEnd === firstTok + 1) return null;
  const names = mentionsIn(ctx, head.start, tokens[speakerEnd - 1].end);
  if (names.length > 0 && names.every((m) => m.type === 'location')) return null;
  // A topic before the colon («الانتخابات التركية: …», «وجهة نظر: …», «كلمة أخيرة: …») names nobody:
  // the line opens with a name or a known speaker word (ANT: about 4 in 10 such lines were topics).
  if (!names.some((m) => m.type !== 'location' && m.start <= head.start) && !isKnownHead(cls)) return null;
  // The words after the colon must be a statement, not a list or an attribution of their own.
  let words = 0;
  for (let k = colon + 1; k < lastTok; k++) {
    if (ctx.cues[k] && k === colon + 1) return null;
    if (tokens[k].kind === 'word') words++;
    if (isPunct(tokens[k], ':')) return null;
  }
  if (words < 3 || describesSpeaker(ctx, colon + 1, lastTok)) return null;
  const text = ctx.text.slice(tokens[colon + 1].start, tokens[lastTok - 1].end);
  if (/\.\./.test(text) || ctx.tokSentence[lastTok - 1] - ctx.tokSentence[firstTok] > 1) return null;
  const q = quoteOpenAt(ctx, colon + 1);
  const [s, e] = q ? trimContent(ctx, q.innerStart, q.innerEnd) : trimContent(ctx, tokens[colon + 1].start, tokens[lastTok - 1].end);
  if (e <= s) return null;
  return {
    cue: { start: tokens[colon].start, end: tokens[colon].end },
    speaker: [head.start, tokens[speakerEnd - 1].end],
    content: { start: s, end: e, kind: 'direct' },
  };
}

/** Words after the colon within which a relative pronoun shows a description of the name. */
const DESCRIPTION_HEAD = 4;

/**
 * «جون بولتون: الصقر الذي يريد …», «فلان: أول بريطاني من أصول مهاجرة …», «الحوثيون: من جبال صعدة إلى
 * حكم صنعاء»: a profile's headline describes the one it names — a definite noun phrase with a
 * relative clause, a «أول/آخر» phrase, a «من … إلى …» span — and quotes nobody.
 */
function describesSpeaker(ctx: QuoteContext, k: number, lastTok: number): boolean {
  const { tokens } = ctx;
  const first = tokens[k];
  if (!first || first.kind !== 'word') return false;
  if (first.norm === 'اول' || first.norm === 'اخر') return true;
  if (first.norm === 'من') {
    for (let j = k + 2; j < lastTok && j <= k + 5; j++) if (tokens[j].norm === 'الي') return true;
    return false;
  }
  if (!first.norm.startsWith('ال')) return false;
  for (let j = k + 1; j < lastTok && j <= k + DESCRIPTION_HEAD; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || ctx.cues[j]) return false;
    if (is(t, W.RELATIVE)) return true;
  }
  return false;
}

/**
 * «مسؤول لـ"العربية": …», «سعيد عادل لـ «الرأي»:»: a speaker of one to four words, then «لـ» and
 * a quoted outlet closed right before the colon. The speaker's end and the colon, or null.
 */
function spokenTo(ctx: QuoteContext, firstTok: number, lastTok: number): [number, number] | null {
  const { tokens } = ctx;
  for (let k = firstTok + 1; k <= firstTok + 4 && k < lastTok; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return null;
    if (t.norm !== 'ل' && t.text !== 'لـ') continue;
    const q = quoteOpenAt(ctx, k + 1);
    if (!q || q.close < 0) return null;
    const close = firstTokenFrom(ctx, q.close);
    return close - k <= 6 && isPunct(tokens[close + 1], ':') ? [k, close + 1] : null;
  }
  return null;
}
