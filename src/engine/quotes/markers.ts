/**
 * Source markers: «بحسب المرصد»، «وفقا للخبراء»، «نقلا عن مصدر»، «على لسان». The marker names a
 * source; the reported clause is the rest of the sentence when the marker opens it («وبحسب تقرير …،
 * سُجلت …»), or the clause before it when the marker closes it («قتل خمسة، بحسب المرصد»).
 * «حسب الرغبة» is no attribution: the source must look like a speaker.
 */
import type { QuoteContext } from './context.js';
import { isPunct, mentionsIn, quoteOpenAt } from './context.js';
import type { CueHit } from './cue-index.js';
import { cueAt, sourceMarkerAt } from './cue-index.js';
import { W, hasArticle, headClass, is, isKnownHead, isListedPair, isWord } from './word-classes.js';
import { readAttribution } from './attribution.js';
import type { Content } from './content.js';
import { clauseEnd, trimContent } from './content.js';
import { originalOffset } from '../text/tokenize.js';

export interface MarkerQuote {
  cue: [number, number];
  /** Speaker span in characters. */
  speaker: [number, number];
  content: Content;
}

/** The source named after a marker, as a token range: head plus its modifiers and genitives. */
function sourcePhrase(ctx: QuoteContext, k: number, limit: number, attached: number): number {
  const { tokens } = ctx;
  const head = tokens[k];
  const headIndefinite = !hasArticle(head.norm) && !head.norm.startsWith('لل');
  let b = k + 1;
  let adjectives = 0;
  while (b < limit && b < k + 10) {
    const t = tokens[b];
    if (t.kind === 'punct') {
      if (t.text === '(') {
        let c = b + 1;
        while (c < limit && c < b + 8 && tokens[c].text !== ')') c++;
        if (c < limit && tokens[c].text === ')') {
          b = c + 1;
          continue;
        }
      }
      break;
    }
    if (t.kind !== 'word' || is(t, W.COMPLEMENTIZER) || ctx.cues[b] || is(t, W.TIME)) break;
    const n = t.norm;
    const inName = mentionsIn(ctx, t.start, t.end).length > 0;
    const genitive = n.length > 3 && (n.startsWith('لل') || n.startsWith('ل')) && !n.startsWith('لا');
    const definite = hasArticle(n);
    const within = (n === 'في' || n === 'من') && b + 1 < limit && tokens[b + 1].kind === 'word' && (hasArticle(tokens[b + 1].norm) || headClass(tokens[b + 1].norm).organization);
    if (b === k + 1 && isListedPair(head.norm.slice(attached), n)) b++;
    else if (inName || definite || genitive) b++;
    else if (within) b += 2;
    else if (headIndefinite && adjectives < 2 && isWord(n, W.SOURCE_ADJECTIVE)) {
      adjectives++;
      b++;
    } else if (b === k + 1 && headIndefinite && !headClass(head.norm).anonymous && !headClass(head.norm).document) b++;
    else break;
  }
  return b;
}

/** Only linkers, punctuation and conjunctions before token i in its sentence. */
function opensSentence(ctx: QuoteContext, i: number): boolean {
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  for (let k = first; k < i; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'punct' || is(t, W.LINKER) || t.norm === 'و') continue;
    return false;
  }
  return true;
}

/** A source-marker attribution at token i, or null. */
export function readSourceMarker(ctx: QuoteContext, i: number): MarkerQuote | null {
  const { tokens } = ctx;
  const m = sourceMarkerAt(tokens, i);
  if (!m) return null;
  const s = ctx.tokSentence[i];
  const limit = ctx.sentLast[s];
  let k = m.next;
  if (k >= limit) return null;
  let speakerFirst = k;
  let speakerEnd: number;
  let speakerStart: number;
  // «بحسب ما أفاد المرصد», «حسبما ذكرت الوكالة»: the source is the verb's subject.
  const viaMa = tokens[k].norm === 'ما' || tokens[i].norm.endsWith('حسبما');
  if (viaMa) {
    if (tokens[k].norm === 'ما') k++;
    // The context drops verbs after «ما» (their subject is unseen); here the source is that subject.
    const hit: CueHit | null = tokens[k] ? cueAt(tokens[k]) : null;
    if (!hit || hit.kind !== 'verb') return null;
    const att = readAttribution(ctx, k, hit);
    if (!att.speaker) return null;
    speakerFirst = att.speaker[0];
    speakerStart = tokens[speakerFirst].start;
    speakerEnd = tokens[att.speaker[1] - 1].end;
    k = att.speaker[1];
  } else {
    const head = tokens[k];
    if (head.kind !== 'word' && !quoteOpenAt(ctx, k)) return null;
    const stem = m.attached ? head.norm.slice(m.attached) : head.norm;
    const known = isKnownHead(headClass(m.attached === 2 ? 'ال' + stem : stem)) || mentionsIn(ctx, head.start, head.end).length > 0;
    if (!known || isWord(head.norm, W.NON_SOURCE) || isWord(stem, W.NON_SOURCE)) return null;
    let b = sourcePhrase(ctx, k, limit, m.attached);
    // «طبقا لاستطلاع أجرته مجلة …»: how the document was made is part of the source, up to a comma.
    if (b < limit && is(tokens[b], W.DOCUMENT_CLAUSE_VERB)) {
      while (b < limit && !isPunct(tokens[b], '،,') && !is(tokens[b], W.COMPLEMENTIZER) && !ctx.cues[b]) b++;
    }
    // «وحسب المتحدث باسم الخارجية، فإن …»: opening the sentence, the source runs to its comma.
    if (opensSentence(ctx, i)) {
      for (let c = b; c < limit && c < k + 12; c++) {
        const t = tokens[c];
        if (isPunct(t, '،,')) {
          b = c;
          break;
        }
        if (t.kind !== 'word' || ctx.cues[c] || is(t, W.COMPLEMENTIZER)) break;
      }
    }
    speakerStart = m.attached ? originalOffset(head, m.attached) : head.start;
    speakerEnd = tokens[b - 1].end;
    k = b;
  }
  const cue: [number, number] = [tokens[i].start, m.attached ? speakerStart : tokens[m.next - 1].end];
  const speaker: [number, number] = [speakerStart, speakerEnd];

  // What follows the source: «، فإن …», «، …», or more of the clause.
  let after = k;
  while (after < limit && (tokens[after].kind === 'punct' || is(tokens[after], W.COMPLEMENTIZER))) after++;
  const sentenceStart = tokens[ctx.sentFirst[s]].start;
  let content: Content | null = null;
  const restStart = after < limit ? tokens[after].start : -1;
  if (opensSentence(ctx, i)) {
    if (restStart >= 0) content = span(ctx, restStart, clauseEnd(ctx, restStart));
  } else {
    const commaBefore = i > 0 && isPunct(tokens[i - 1], '،,');
    const nothingAfter = restStart < 0;
    if (commaBefore || nothingAfter) content = span(ctx, clauseStartBefore(ctx, i, sentenceStart), tokens[i].start);
    else content = span(ctx, restStart, clauseEnd(ctx, restStart));
  }
  if (!content) return null;
  return { cue, speaker, content };
}

/** Start of the clause a trailing marker attributes: after the last complementizer, else the sentence start. */
function clauseStartBefore(ctx: QuoteContext, i: number, sentenceStart: number): number {
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  for (let k = i - 1; k >= first && k > i - 80; k--) {
    const t = ctx.tokens[k];
    if (is(t, W.COMPLEMENTIZER)) return ctx.tokens[k + 1].start;
  }
  return sentenceStart;
}

function span(ctx: QuoteContext, start: number, end: number): Content | null {
  const [s, e] = trimContent(ctx, start, end);
  if (e - s < 3) return null;
  const q = ctx.marks.byOpen.get(s - 1);
  const kind = q && q.innerEnd >= e && q.innerEnd - e <= 2 ? 'direct' : 'indirect';
  return { start: s, end: e, kind };
}
