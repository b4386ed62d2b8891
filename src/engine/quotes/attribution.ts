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
import type { VerbCue } from '../lang/ar/cues.js';
import type { CueHit } from './cue-index.js';
import { cueAt } from './cue-index.js';
import { W, blocksComplementizer, classOf, hasArticle, headClass, is, isDocumentHead, isKnownHead, isPeriod, isWord } from './word-classes.js';
import { adjunctLength, findToken, tokensUntil } from './adjuncts.js';
import { isContentQuote, wordCount } from './quotations.js';

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

/** Words that end a speaker phrase being read: what follows is an adjunct, a clause or the verb's object. */
const SPEAKER_STOPS =
  W.TIME | W.ADJUNCT_STARTER | W.RELATIVE | W.MANNER | W.PRONOUN_PREP | W.SAYING_NOUN | W.LINKER | W.ANONYMITY_VERB | W.MEDIA_NAME | W.DOCUMENT_CLAUSE_VERB;

/** Whether token k ends a speaker phrase that is being read. */
function stopsSpeaker(ctx: QuoteContext, k: number, limit: number, hit: CueHit): boolean {
  const t = ctx.tokens[k];
  if (t.kind === 'punct') return t.text !== '(' && t.text !== '.';
  if (t.kind !== 'word') return false;
  const cls = classOf(t);
  if (cls & SPEAKER_STOPS) return true;
  if (isPeriod(t, ctx.tokens[k + 1])) return true;
  if (hit.kind === 'verb' && hit.entry.speechEvent && cls & W.EVENT) return true;
  // «أشار فلان إلى أن»: the governed preposition closes the name.
  if (hit.preps.has(t.norm) && is(ctx.tokens[k + 1], W.COMPLEMENTIZER)) return true;
  // «أكد فلان … تقرير المرصد»: a document after the name is the verb's object, not part of the speaker.
  if (isDocumentHead(t.norm) && !hasArticle(t.norm)) return true;
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

/** The state of one attribution being read, token by token. */
interface Reading {
  ctx: QuoteContext;
  /** The cue's token, and what it is. */
  i: number;
  hit: CueHit;
  /** Where reading started, where it must stop, and the token being read. */
  from: number;
  limit: number;
  k: number;
  phase: 'lead' | 'speaker' | 'tail';
  spFirst: number;
  spLast: number;
  cueEnd: number;
  entry: VerbCue | null;
  /** An appeal (دعا إلى، طالب بـ): its content may be a prepositional phrase. */
  appeal: boolean;
  appealPrefix: readonly string[];
}

/**
 * Reads what follows the cue at token i: the speaker it names (if any) and what introduces the
 * content. `from` is where reading starts (after «جاء في» it is the document's first word).
 */
export function readAttribution(ctx: QuoteContext, i: number, hit: CueHit, from = i + 1): Attribution {
  const r = startReading(ctx, i, hit, from);
  while (r.k < r.limit) {
    const step = quotationStep(r);
    if (step === 'stop') break;
    if (step === 'next') continue;
    const trigger = step ?? triggerAt(r);
    if (trigger) return finish(r, trigger);
    // Another reporting cue starts another attribution. (Punctuation needs no test: the scan stays
    // inside the sentence, so a dot met here is an abbreviation, «د.» or «بي.بي.سي».)
    if (r.k > i && ctx.cues[r.k]) break;
    if (r.phase === 'lead' && readLead(r)) continue;
    if (r.phase === 'speaker') readSpeaker(r);
    else readTail(r);
  }
  return objectAsContent(r, finish(r, null));
}

function startReading(ctx: QuoteContext, i: number, hit: CueHit, from: number): Reading {
  const { tokens } = ctx;
  let cueEnd = tokens[i].end;
  const afterCue = tokens[i + 1];
  if (afterCue && afterCue.kind === 'word' && hit.preps.has(afterCue.norm) && from === i + 1) cueEnd = afterCue.end;
  const entry = hit.kind === 'verb' ? hit.entry : null;
  return {
    ctx,
    i,
    hit,
    from,
    limit: scanLimit(ctx, i),
    k: from,
    // A participle names no speaker of its own: what follows it is its object or its content.
    phase: hit.kind === 'participle' ? 'tail' : 'lead',
    spFirst: -1,
    spLast: -1,
    cueEnd,
    entry,
    appeal: entry ? entry.complement === 'appeal' : hit.kind === 'participle' && hit.complement === 'appeal',
    appealPrefix: entry ? (entry.appealPrefix ?? []) : hit.preps.has('ب') ? ['ب'] : [],
  };
}

/** The attribution read so far, ending with `trigger` (or none). */
function finish(r: Reading, trigger: Trigger | null): Attribution {
  const { tokens } = r.ctx;
  if (r.phase === 'speaker') r.spLast = r.k;
  const spLast = Math.min(r.spLast, r.spFirst + MAX_SPEAKER);
  let speaker: [number, number] | null = r.spFirst >= 0 && spLast > r.spFirst ? [r.spFirst, spLast] : null;
  if (speaker && r.appeal) speaker = trimAddressee(r.ctx, speaker);
  // «ودعا الجميع إلى …»: the addressee alone, no speaker named.
  if (speaker && r.appeal && isWord(tokens[speaker[0]].norm, W.ADDRESSEE)) speaker = null;
  return { speaker, trigger, cueEnd: r.cueEnd };
}

/**
 * A quotation at the token being read: the content itself (a trigger), or a name in guillemets
 * that is skipped over ('next'; it may open the speaker), or an unclosed one that ends reading.
 */
function quotationStep(r: Reading): Trigger | 'next' | 'stop' | null {
  const { ctx, k } = r;
  const q = quoteOpenAt(ctx, k);
  if (!q) return null;
  // One quoted word after a verb is a term («تحدث عن «الشتات»»), not what was said.
  if (isContentQuote(ctx, q, k) && wordCount(ctx.text.slice(q.innerStart, q.innerEnd)) >= 2) return { type: 'quote', tok: k, span: q };
  if (r.phase === 'lead') {
    r.phase = 'speaker';
    r.spFirst = k;
  }
  if (q.close < 0) return 'stop';
  r.k += tokensUntil(ctx, k, q.close + 1);
  return 'next';
}

/** What introduces the content at the token being read: a colon, a complementizer, an appeal's phrase. */
function triggerAt(r: Reading): Trigger | null {
  const { ctx, k, i, hit } = r;
  const { tokens } = ctx;
  const t = tokens[k];
  if (isPunct(t, ':')) return { type: 'colon', tok: k };
  if (is(t, W.COMPLEMENTIZER)) {
    const prev = tokens[k - 1];
    const governed = k - 1 === i || (prev.kind === 'word' && hit.preps.has(prev.norm));
    if (governed || !blocksComplementizer(prev)) return { type: 'comp', tok: k };
  }
  if (r.appeal && (r.spFirst >= 0 || hit.kind === 'participle' || k === r.from) && t.kind === 'word') {
    const isTo = t.norm === 'الي' || (t.norm === 'علي' && r.entry?.preps?.includes('على'));
    // «يدعو إلى مزيد من …»: right after the verb, إلى opens the content, not an adjunct.
    if (isTo && tokens[k + 1] && !is(tokens[k + 1], W.COMPLEMENTIZER)) return { type: 'phrase', tok: k, start: tokens[k + 1].start };
    if (!isTo && k > r.from && hasAppealPrefix(t, r.appealPrefix) && mentionsIn(ctx, t.start, t.end).length === 0) {
      return { type: 'phrase', tok: k, start: t.start };
    }
  }
  return null;
}

/**
 * Before the speaker: adjuncts, the verb's own preposition, a manner word. True when the token was
 * dealt with; false when it opens the speaker (the phase is then 'speaker').
 */
function readLead(r: Reading): boolean {
  const { ctx, k, i, hit } = r;
  const t = ctx.tokens[k];
  // «وأشار إلى أن», «شدد على ضرورة أن»: the verb's own preposition comes after any speaker.
  if (t.kind === 'word' && hit.preps.has(t.norm)) {
    r.phase = 'tail';
    r.k++;
    return true;
  }
  const n = adjunctLength(ctx, k, r.limit);
  if (n > 0) {
    r.k += n;
    return true;
  }
  // «وتابع يقول: …»: a present form of saying after the verb is how he spoke, not who.
  const saying = t.kind === 'word' ? cueAt(t) : null;
  if (saying && saying.kind === 'verb' && saying.present && k === i + 1) {
    r.k++;
    return true;
  }
  // «قالت لنا والحديث يدور …»: a word with و opens a circumstantial clause, never a speaker.
  const circumstantial = t.kind === 'word' && t.norm.startsWith('و') && hasArticle(t.norm);
  if (is(t, W.ADJUNCT_STARTER | W.MANNER | W.SAYING_NOUN) || circumstantial || isPunct(t, ')')) {
    r.phase = 'tail';
    return true;
  }
  r.phase = 'speaker';
  r.spFirst = k;
  return false;
}

/** Inside the speaker phrase: read on until a word that ends it (a bracketed aside stays in). */
function readSpeaker(r: Reading): void {
  const { ctx, k } = r;
  const t = ctx.tokens[k];
  if (k > r.spFirst && stopsSpeaker(ctx, k, r.limit, r.hit)) {
    r.spLast = k;
    r.phase = 'tail';
    return;
  }
  if (isPunct(t, '(')) {
    const close = findToken(ctx, k, r.limit, ')');
    if (close < 0) {
      r.spLast = k;
      r.phase = 'tail';
      return;
    }
    r.k = close + 1;
    return;
  }
  r.k++;
}

/** After the speaker: an adjunct, a relative clause, a participle's object… until the trigger. */
function readTail(r: Reading): void {
  const t = r.ctx.tokens[r.k];
  // «نقل عن فلان»: a verb of transmission names its source after عن / إلى.
  if (r.entry?.transmit && t.kind === 'word' && (t.norm === 'عن' || t.norm === 'الي')) {
    r.phase = 'speaker';
    r.spFirst = r.k + 1;
  }
  r.k++;
}

/** Without a trigger, an estimate's or a participle's object may be its content. */
function objectAsContent(r: Reading, result: Attribution): Attribution {
  const { ctx, i, hit } = r;
  if (r.entry?.complement === 'estimate' && result.speaker) return estimateObject(ctx, result, r.limit);
  // «، متوقعة استمرار الهطول»: a participle of estimate takes its object right away.
  const obj = ctx.tokens[i + 1];
  if (hit.kind === 'participle' && hit.complement === 'estimate' && obj && obj.kind === 'word' && i + 1 < r.limit && !is(obj, W.COMPLEMENTIZER)) {
    return { speaker: null, trigger: { type: 'phrase', tok: i + 1, start: obj.start }, cueEnd: r.cueEnd };
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
    const plural = hasArticle(t.norm) && t.norm.length >= 7 && (t.norm.endsWith('ين') || t.norm.endsWith('ون'));
    if (isWord(t.norm, W.ADDRESSEE) || plural) return [a, k];
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
    if (!(hasArticle(t.norm) || inName)) break;
    b++;
  }
  let k = b;
  for (let guard = 0; guard < 3 && k < limit; guard++) {
    const t = tokens[k];
    if (is(t, W.TIME)) k++;
    else if (is(t, W.ADJUNCT_STARTER)) k += 2;
    else break;
  }
  const obj = tokens[k];
  if (k >= limit || !obj || obj.kind !== 'word' || ctx.cues[k] || is(obj, W.COMPLEMENTIZER)) return att;
  return { speaker: [a, b], trigger: { type: 'phrase', tok: k, start: obj.start }, cueEnd: att.cueEnd };
}

