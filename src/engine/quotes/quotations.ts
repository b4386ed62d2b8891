/**
 * What a quotation mark means where it stands: whether a quotation after a cue is what was said or
 * a name in guillemets (لـ«الأيام»، حركة «حماس»), whether it closes its clause, and the quotation
 * written just before a cue («…»، قال الوزير).
 */
import { TATWEEL, isArabicLetter } from '../text/charset.js';
import type { QuoteContext } from './context.js';
import { firstTokenFrom, isPunct, mentionsIn } from './context.js';
import type { QuotedSpan } from './marks.js';
import { C, W, hasArticle, headClass, is, isCompanion, isNameTakingWord, isWord, withoutConj } from './word-classes.js';

/** Whether the UTF-16 unit is white space as the regular expression class \s reads it. */
function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words (runs of non-space) in text[start, end), counted without copying the text. */
export function wordCount(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceUnit(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

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
 * Whether the mark at `open` is written on a preposition or the article: «لـ«الأيام»», «بـ"الوطن"»,
 * «ل"…"», «الـ"…"». A mark glued to a whole word («قال المتحدث باسم الجيش"لن نتراجع"») is a
 * quotation typed without its space.
 */
function attachedToPreposition(text: string, open: number): boolean {
  let j = open;
  while (j > 0 && (isArabicLetter(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === TATWEEL)) j--;
  if (j === open) return false;
  if (text.charCodeAt(open - 1) === TATWEEL) return true;
  const word = text.slice(j, open);
  return word.length === 1 || /^[وفبلك]?(ال|لل)$/.test(word);
}

/**
 * Whether a quotation met after a cue is what was said, rather than a name or term in guillemets
 * (لـ«الأيام»، المتحدث باسم «حماس»، «داعش» في بيان).
 */
export function isContentQuote(ctx: QuoteContext, q: QuotedSpan, tok: number): boolean {
  const { text, tokens } = ctx;
  // Attached to a preposition: «لـ«الأيام»», «بـ"الوطن"».
  if (attachedToPreposition(text, q.open)) return false;
  const prev = tokens[tok - 1];
  // «حركة «حماس»», «مدير «هيت راديو»»: after a name-taking word or a title, the quotation is a name.
  if (prev && prev.kind === 'word' && (isNameTakingWord(prev.norm) || (headClass(prev.norm).title && !hasArticle(prev.norm)))) return false;
  let next = firstTokenFrom(ctx, q.close + 1);
  if (isPunct(tokens[next], '،,')) next++;
  // «وتتوقع «أكسفورد إيكونوميكس»، أن …»: the quoted words are who speaks, the content follows —
  // also after an adverb and the verb's preposition («فريق البحث "…" أيضا إلى أن»).
  while (next < tokens.length && is(tokens[next], W.TIME) && next < firstTokenFrom(ctx, q.close + 1) + 3) next++;
  if (is(tokens[next], W.PREPOSITION) && is(tokens[next + 1], W.COMPLEMENTIZER)) return false;
  if (is(tokens[next], W.COMPLEMENTIZER)) return false;
  if (closesClause(ctx, q)) return true;
  return wordCount(text, q.innerStart, q.innerEnd) >= 4;
}

/**
 * «…»، قال الوزير: a quotation closing right before the cue (with at most a comma and «هكذا» between).
 * «"…".. بهذه الكلمات أعلن المبعوث», «"…".. هكذا علق الوزير»: a quotation opening the paragraph and
 * pointed back to by the words after it, across the dots that end it.
 */
export function quoteBefore(ctx: QuoteContext, i: number): { tok: number; span: QuotedSpan } | null {
  const { tokens } = ctx;
  let j = i - 1;
  let framed = false;
  if (j >= 1 && tokens[j].kind === 'word' && isCompanion(tokens[j].norm, C.QUOTED_WORDS) && (is(tokens[j - 1], W.POSTPOSED_LINK) || tokens[j - 1].norm === 'بهاتين')) {
    j -= 2;
    framed = true;
  } else if (j >= 0 && is(tokens[j], W.POSTPOSED_LINK)) {
    framed = tokens[j].norm === 'هكذا';
    j--;
  }
  if (framed) while (j >= 0 && j >= i - 5 && tokens[j].kind === 'punct' && /^[.…]+$/.test(tokens[j].text)) j--;
  if (j >= 0 && isPunct(ctx.tokens[j], '،,')) j--;
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'punct') return null;
  const span = ctx.marks.byClose.get(t.start);
  if (!span || wordCount(ctx.text, span.innerStart, span.innerEnd) < 2) return null;
  // «منظمة «مراسلون بلا حدود» أدانت»: a name in quotation marks before the verb is its subject.
  const open = firstTokenFrom(ctx, span.open);
  const before = ctx.tokens[open - 1];
  if ((before && before.kind === 'word' && isNameTakingWord(before.norm)) || isName(ctx, span)) return null;
  // «وبشأن "الذهب المفقود"، كشف الوزير …»: quoted words governed by a preposition are a topic.
  if ((before && before.kind === 'word' && isWord(withoutConj(before.norm), W.PREPOSITION | W.ADJUNCT_STARTER)) || attachedToPreposition(ctx.text, span.open)) return null;
  return { tok: j, span };
}

/** Whether the quoted words are mostly a name the names stage found («الدولة الإسلامية»). */
export function isName(ctx: QuoteContext, q: QuotedSpan): boolean {
  const inner = q.innerEnd - q.innerStart;
  const named = mentionsIn(ctx, q.innerStart, q.innerEnd).reduce((n, m) => n + Math.min(m.end, q.innerEnd) - Math.max(m.start, q.innerStart), 0);
  return named >= inner / 2;
}

/** Prepositions whose object may be the quoted words (ل is to whom they were said: «لـ«الأيام»»). */
const COMPLEMENT_PREPOSITIONS = new Set(['ب', 'عن', 'علي', 'الي', 'من', 'في', 'ك']);

/**
 * «وصفه بـ«الخطأ»», «أعرب عن «قلقه»», «أثنى على «الأبطال»»: a quotation right after a
 * preposition, closing its clause, is the verb's complement — the words quoted, however few —
 * unless it is a name («أشاد بـ«أرامكو»»).
 */
export function isQuotedComplement(ctx: QuoteContext, q: QuotedSpan, tok: number): boolean {
  if (q.close < 0 || !closesClause(ctx, q)) return false;
  const prev = ctx.tokens[tok - 1];
  if (!prev || prev.kind !== 'word' || !COMPLEMENT_PREPOSITIONS.has(prev.norm)) return false;
  return !isName(ctx, q);
}
