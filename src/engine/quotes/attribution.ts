/**
 * Reading an attribution after a reporting cue: Arabic news puts the verb first, then the speaker
 * (with role, adjuncts, relative clauses…), then what introduces the content — a complementizer
 * (إن/أن/بأن), a colon, or a quotation mark. This walks those few tokens once, left to right:
 *
 *   وقال | في بيان | المتحدث باسم الوزارة | أمس | لـ«الأيام» | إن …
 *   cue    lead adjunct   speaker             stop  tail          trigger
 */
import type { Token } from '../text/tokenize.js';
import type { QuotedSpan } from './marks.js';
import type { QuoteContext } from './context.js';
import { isPunct, mentionsIn, quoteOpenAt } from './context.js';
import type { CueHit } from './cue-index.js';
import {
  blocksComplementizer,
  cueAt,
  isDocumentClauseVerb,
  headClass,
  isDefinite,
  isKnownHead,
  isAddressee,
  isAdjunctModifier,
  isAdjunctStarter,
  isAnonymityVerb,
  isComplementizer,
  isDocumentHead,
  isEventNoun,
  isEventOrdinal,
  isPeriod,
  isFromAdjunctNoun,
  isLinker,
  isMediaName,
  isMannerParticiple,
  isMediaNoun,
  isNameTakingWord,
  isOnAdjunctNoun,
  isPronounPrep,
  isRelative,
  isSayingNoun,
  isTimeWord,
} from './cue-index.js';

export type Trigger =
  /** A complementizer at `tok` (إن، أنه، بأن…); content follows it. */
  | { type: 'comp'; tok: number }
  /** A colon at `tok`; content follows it. */
  | { type: 'colon'; tok: number }
  /** A quotation that is the content itself. */
  | { type: 'quote'; tok: number; span: QuotedSpan }
  /** An appeal's or estimate's complement: content starts at character `start`. */
  | { type: 'phrase'; tok: number; start: number }
  /** A quotation just before the cue («…»، قال الوزير). */
  | { type: 'before'; tok: number; span: QuotedSpan };

export interface Attribution {
  /** Token range [first, last) of the speaker named after the cue, or null. */
  speaker: [number, number] | null;
  trigger: Trigger | null;
  /** End of the cue's own words (the verb plus a preposition it governs: «أشار إلى»). */
  cueEnd: number;
}

/** Longest stretch of tokens examined after a cue: keeps each attribution constant-time. */
const WINDOW = 48;
/** Longest speaker phrase in tokens («رئيس مجلس إدارة … ومالك شركة … الأمير فلان»). */
const MAX_SPEAKER = 16;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Whether the quotation is the end of its clause (followed by a stop, a new attribution, or nothing). */
export function closesClause(ctx: QuoteContext, q: QuotedSpan): boolean {
  if (q.close < 0) return true;
  const { text } = ctx;
  let j = q.close + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0' || text[j] === '\t')) j++;
  if (j >= text.length || text[j] === '\n' || text[j] === '\r') return true;
  if ('.،,؛;:!?؟)]…-–—»”'.includes(text[j])) return true;
  const k = tokenFrom(ctx, j);
  const t = ctx.tokens[k];
  if (!t) return true;
  return !!ctx.cues[k] || isLinker(t);
}

function tokenFrom(ctx: QuoteContext, pos: number): number {
  const t = ctx.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  const after = tokens[tokenFrom(ctx, q.close + 1)];
  if (after && isComplementizer(after)) return false;
  return wordCount(text.slice(q.innerStart, q.innerEnd)) >= 4;
}

const isComma = (t: Token): boolean => isPunct(t, '،,');

/**
 * How many tokens from k form an adjunct that may sit between the verb and its speaker or after it
 * («أمس», «في بيان رسمي», «لـ«الأيام»», «من جهته», «على حسابه الشخصي»), or 0.
 */
export function adjunctLength(ctx: QuoteContext, k: number, limit: number): number {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t) return 0;
  if (isComma(t)) return 1;
  if (t.kind !== 'word') return 0;
  if (isTimeWord(t) || isPronounPrep(t)) return 1;
  const next = tokens[k + 1];
  if (isPeriod(t, next)) return 2;
  if (t.norm === 'اول' && next && next.norm === 'امس') return 2;
  const modifiers = (from: number) => {
    let n = 0;
    while (from + n < limit && n < 3 && isAdjunctModifier(tokens[from + n])) n++;
    return n;
  };
  const norm = t.norm;
  if ((norm === 'في' || norm === 'وفي') && next && next.kind === 'word') {
    if (isEventNoun(next.norm) || isTimeWord(next)) return 2 + modifiers(k + 2);
    // «في أول حديث له»
    const third = tokens[k + 2];
    if (isEventOrdinal(next.norm) && third && third.kind === 'word' && isEventNoun(third.norm)) return 3 + modifiers(k + 3);
  }
  if (norm === 'علي' && next && next.kind === 'word' && isOnAdjunctNoun(next.norm)) return 2 + modifiers(k + 2);
  if (norm === 'من' && next && next.kind === 'word' && isFromAdjunctNoun(next.norm)) return 2;
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
    if (isMediaNoun(stem) || isMediaNoun(norm.slice(1))) {
      let n = 1;
      while (k + n < limit && n < 5) {
        const w = tokens[k + n];
        const wq = quoteOpenAt(ctx, k + n);
        if (wq && wq.close >= 0) {
          n += tokensUntil(ctx, k + n, wq.close + 1);
          continue;
        }
        if (w.kind === 'word' && isDefinite(w.norm)) n++;
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

function tokensUntil(ctx: QuoteContext, from: number, endPos: number): number {
  let n = 0;
  while (from + n < ctx.tokens.length && ctx.tokens[from + n].start < endPos) n++;
  return n;
}

function findToken(ctx: QuoteContext, from: number, limit: number, text: string): number {
  for (let k = from; k < limit && k < from + 12; k++) if (ctx.tokens[k].text === text) return k;
  return -1;
}

/** Whether token k ends a speaker phrase that is being read. */
function stopsSpeaker(ctx: QuoteContext, k: number, limit: number, hit: CueHit): boolean {
  const t = ctx.tokens[k];
  if (t.kind === 'punct') return t.text !== '(' && t.text !== '.';
  if (t.kind !== 'word') return false;
  if (isTimeWord(t) || isAdjunctStarter(t) || isRelative(t) || isMannerParticiple(t) || isPronounPrep(t) || isSayingNoun(t)) return true;
  if (isLinker(t) || isPeriod(t, ctx.tokens[k + 1])) return true;
  if (isAnonymityVerb(t) || isMediaName(t.norm) || isDocumentClauseVerb(t)) return true;
  if (hit.kind === 'verb' && hit.entry.speechEvent && isEventNoun(t.norm)) return true;
  // «أشار فلان إلى أن»: the governed preposition closes the name.
  if (hit.preps.has(t.norm) && ctx.tokens[k + 1] && isComplementizer(ctx.tokens[k + 1])) return true;
  // «أكد فلان … تقرير المرصد»: a document after the name is the verb's object, not part of the speaker.
  if (isDocumentHead(t.norm) && !isDefinite(t.norm)) return true;
  return adjunctLength(ctx, k, limit) > 0;
}

function hasAppealPrefix(t: Token, prefixes: readonly string[]): boolean {
  if (t.kind !== 'word') return false;
  for (const p of prefixes) if (t.norm.startsWith(p) && t.norm.length >= p.length + 3) return true;
  return false;
}

/** The sentence's last token, extended over a following quotation when the sentence ends in a colon. */
function scanLimit(ctx: QuoteContext, i: number): number {
  const { tokens } = ctx;
  let s = ctx.tokSentence[i];
  let last = ctx.sentLast[s];
  const cap = i + WINDOW;
  while (last < cap && s + 1 < ctx.sentFirst.length) {
    const lastTok = tokens[last - 1];
    const next = tokens[last];
    // A colon ending the sentence introduces what follows; a dot glued to the next word («بي.بي.سي»)
    // was an abbreviation, not a sentence end.
    const colon = isPunct(lastTok, ':');
    const glued = isPunct(lastTok, '.') && next && next.start === lastTok.end && next.kind === 'word';
    if (!colon && !glued) break;
    s++;
    last = ctx.sentLast[s];
  }
  return Math.min(last, cap);
}

/**
 * Reads what follows the cue at token i: the speaker it names (if any) and what introduces the
 * content. `from` is where reading starts (after «جاء في» it is the document's first word).
 */
export function readAttribution(ctx: QuoteContext, i: number, hit: CueHit, from = i + 1): Attribution {
  const { tokens } = ctx;
  const limit = scanLimit(ctx, i);
  let cueEnd = tokens[i].end;
  const afterCue = tokens[i + 1];
  if (afterCue && afterCue.kind === 'word' && hit.preps.has(afterCue.norm) && from === i + 1) cueEnd = afterCue.end;

  const entry = hit.kind === 'verb' ? hit.entry : null;
  const appeal = hit.kind === 'verb' ? entry!.complement === 'appeal' : hit.complement === 'appeal';
  const appealPrefix = entry ? (entry.appealPrefix ?? []) : hit.preps.has('ب') ? ['ب'] : [];
  // A participle names no speaker of its own: what follows it is its object or its content.
  let phase: 'lead' | 'speaker' | 'tail' = hit.kind === 'participle' ? 'tail' : 'lead';
  let spFirst = -1;
  let spLast = -1;
  let k = from;
  const done = (trigger: Trigger | null): Attribution => {
    if (phase === 'speaker') spLast = k;
    spLast = Math.min(spLast, spFirst + MAX_SPEAKER);
    let speaker: [number, number] | null = spFirst >= 0 && spLast > spFirst ? [spFirst, spLast] : null;
    if (speaker && appeal) speaker = trimAddressee(ctx, speaker);
    // «ودعا الجميع إلى …»: the addressee alone, no speaker named.
    if (speaker && appeal && isAddressee(tokens[speaker[0]].norm)) speaker = null;
    return { speaker, trigger, cueEnd };
  };

  while (k < limit) {
    const t = tokens[k];
    const q = quoteOpenAt(ctx, k);
    if (q) {
      // One quoted word after a verb is a term («تحدث عن «الشتات»»), not what was said.
      if (isContentQuote(ctx, q, k) && wordCount(ctx.text.slice(q.innerStart, q.innerEnd)) >= 2) return done({ type: 'quote', tok: k, span: q });
      if (phase === 'lead') {
        phase = 'speaker';
        spFirst = k;
      }
      if (q.close < 0) break;
      k += tokensUntil(ctx, k, q.close + 1);
      continue;
    }
    if (isPunct(t, ':')) return done({ type: 'colon', tok: k });
    if (isComplementizer(t)) {
      const prev = tokens[k - 1];
      const governed = k - 1 === i || (prev.kind === 'word' && hit.preps.has(prev.norm));
      if (governed || !blocksComplementizer(prev)) return done({ type: 'comp', tok: k });
    }
    if (appeal && (spFirst >= 0 || hit.kind === 'participle' || k === from) && t.kind === 'word') {
      const isTo = t.norm === 'الي' || (t.norm === 'علي' && entry?.preps?.includes('على'));
      // «يدعو إلى مزيد من …»: right after the verb, إلى opens the content, not an adjunct.
      if (isTo && tokens[k + 1] && !isComplementizer(tokens[k + 1])) return done({ type: 'phrase', tok: k, start: tokens[k + 1].start });
      if (!isTo && k > from && hasAppealPrefix(t, appealPrefix) && mentionsIn(ctx, t.start, t.end).length === 0) {
        return done({ type: 'phrase', tok: k, start: t.start });
      }
    }
    // Another reporting cue starts another attribution. (Punctuation needs no test: the scan stays
    // inside the sentence, so a dot met here is an abbreviation, «د.» or «بي.بي.سي».)
    if (k > i && ctx.cues[k]) break;

    if (phase === 'lead') {
      // «وأشار إلى أن», «شدد على ضرورة أن»: the verb's own preposition comes after any speaker.
      if (t.kind === 'word' && hit.preps.has(t.norm)) {
        phase = 'tail';
        k++;
        continue;
      }
      const n = adjunctLength(ctx, k, limit);
      if (n > 0) {
        k += n;
        continue;
      }
      // «وتابع يقول: …»: a present form of saying after the verb is how he spoke, not who.
      const saying = t.kind === 'word' ? cueAt(t) : null;
      if (saying && saying.kind === 'verb' && saying.present && k === i + 1) {
        k++;
        continue;
      }
      // «قالت لنا والحديث يدور …»: a word with و opens a circumstantial clause, never a speaker.
      const circumstantial = t.kind === 'word' && t.norm.startsWith('و') && isDefinite(t.norm);
      if (t.kind === 'word' && (isAdjunctStarter(t) || isMannerParticiple(t) || isSayingNoun(t) || circumstantial)) {
        phase = 'tail';
        continue;
      }
      if (isPunct(t, ')')) {
        phase = 'tail';
        continue;
      }
      phase = 'speaker';
      spFirst = k;
    }
    if (phase === 'speaker') {
      if (k > spFirst && stopsSpeaker(ctx, k, limit, hit)) {
        spLast = k;
        phase = 'tail';
        continue;
      }
      if (isPunct(t, '(')) {
        const close = findToken(ctx, k, limit, ')');
        if (close < 0) {
          spLast = k;
          phase = 'tail';
          continue;
        }
        k = close + 1;
        continue;
      }
      k++;
      continue;
    }
    // tail: an adjunct, a relative clause, a participle's object… until the trigger.
    if (entry?.transmit && t.kind === 'word' && (t.norm === 'عن' || t.norm === 'الي')) {
      phase = 'speaker';
      spFirst = k + 1;
      k++;
      continue;
    }
    k++;
  }
  const result = done(null);
  if (entry?.complement === 'estimate' && result.speaker) return estimateObject(ctx, result, limit);
  // «، متوقعة استمرار الهطول»: a participle of estimate takes its object right away.
  const obj = tokens[i + 1];
  if (hit.kind === 'participle' && hit.complement === 'estimate' && obj && obj.kind === 'word' && i + 1 < limit && !isComplementizer(obj)) {
    return { speaker: null, trigger: { type: 'phrase', tok: i + 1, start: obj.start }, cueEnd };
  }
  return result;
}

/**
 * «دعا الحداد المواطنين للتعاون», «دعا البابا المسيحيين والمسلمين إلى …»: the addressee after the
 * speaker is not part of the name. It starts at a listed addressee or a definite human plural.
 */
function trimAddressee(ctx: QuoteContext, [a, b]: [number, number]): [number, number] {
  for (let k = a + 1; k < b; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word') continue;
    const plural = isDefinite(t.norm) && t.norm.length >= 7 && (t.norm.endsWith('ين') || t.norm.endsWith('ون'));
    if (isAddressee(t.norm) || plural) return [a, k];
  }
  return [a, b];
}

/**
 * «يقدر المحللون زيادة العرض …», «توقعت الأرصاد هطول أمطار»: an estimate whose content is a plain
 * noun phrase. The speaker is the head and its definite modifiers; the object starts at the next word.
 */
function estimateObject(ctx: QuoteContext, att: Attribution, limit: number): Attribution {
  const { tokens } = ctx;
  const [a] = att.speaker!;
  // «وقُدّر عدد المشاركين بنحو ألف»: without a known speaker word this is the passive, not an estimate.
  const head = tokens[a];
  if (!isKnownHead(headClass(head.norm)) && mentionsIn(ctx, head.start, head.end).length === 0) return att;
  let b = a + 1;
  while (b < limit && b < a + 6) {
    const t = tokens[b];
    if (t.kind !== 'word') break;
    const inName = mentionsIn(ctx, t.start, t.end).length > 0;
    if (!(isDefinite(t.norm) || inName)) break;
    b++;
  }
  let k = b;
  for (let guard = 0; guard < 3 && k < limit; guard++) {
    const t = tokens[k];
    if (isTimeWord(t)) k++;
    else if (isAdjunctStarter(t)) k += 2;
    else break;
  }
  const obj = tokens[k];
  if (k >= limit || !obj || obj.kind !== 'word' || ctx.cues[k] || isComplementizer(obj)) return att;
  return { speaker: [a, b], trigger: { type: 'phrase', tok: k, start: obj.start }, cueEnd: att.cueEnd };
}

/** Words between a quotation and the verb after it: «…»، هكذا قال الوزير. */
const POSTPOSED_LINK = new Set(['هكذا', 'كما', 'بهذا', 'بهذه']);

/** «…»، قال الوزير: a quotation closing right before the cue (with at most a comma and «هكذا» between). */
export function quoteBefore(ctx: QuoteContext, i: number): { tok: number; span: QuotedSpan } | null {
  let j = i - 1;
  if (j >= 0 && POSTPOSED_LINK.has(ctx.tokens[j].norm)) j--;
  if (j >= 0 && isComma(ctx.tokens[j])) j--;
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'punct') return null;
  const span = ctx.marks.byClose.get(t.start);
  if (!span || wordCount(ctx.text.slice(span.innerStart, span.innerEnd)) < 2) return null;
  return { tok: j, span };
}
