/**
 * Who said it, and how to show what was said without putting words in anyone's mouth. Shared by
 * the hover card, the popup and the exports so that they all agree:
 *  - a quote belongs to a speaker through its attribution's entity (`quote.speaker.entityId`),
 *    never because the speaker phrase happens to contain a name («بعض أعضاء أوبك» is not OPEC);
 *  - only a direct quote is shown inside quotation marks; an indirect one is shown as the article
 *    reports it, in the article's own words from the attribution to the end of what was reported
 *    («وقال البنك في بيان إن معدل التضخم تراجع…»), so it reads as reported speech, grammatically,
 *    with no speaker phrase cut out of the middle.
 */
import type { Quote, Span } from '../engine/types.js';

/** The quotes whose attribution names this entity, in article order. */
export function quotesOfEntity<Q extends Pick<Quote, 'speaker' | 'cue'>>(quotes: readonly Q[], entityId: string): Q[] {
  return quotes.filter((q) => q.speaker.entityId === entityId).sort((a, b) => a.cue.start - b.cue.start);
}

/**
 * A quote as a reader should see it: `before` + `content` + `after` is a stretch of the article
 * as written. A direct quote's `content` goes inside quotation marks (`quoted`); an indirect
 * one's never does: its `before` (or `after`) holds the reporting words that make it reported
 * speech («قال إن», «بحسب»).
 */
export interface QuoteLine {
  quoted: boolean;
  before: string;
  content: string;
  after: string;
}

/** Quotation marks and the spaces beside them: the line adds its own «» around a direct quote. */
const MARKS_AT_END = /[\s"'«»“”„‘’‹›]+$/u;
const MARKS_AT_START = /^[\s"'«»“”„‘’‹›]+/u;

/** Cut in the middle of a long attribution, keeping its start (the cue, the speaker) and its end. */
function shorten(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const head = t.slice(0, Math.ceil(max * 0.6));
  const tail = t.slice(t.length - Math.floor(max * 0.4));
  return `${head.replace(/\s+\S*$/, '')} … ${tail.replace(/^\S*\s+/, '')}`;
}

/** A long content cut at a word, with an ellipsis. */
function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return `${t.slice(0, cut > max * 0.6 ? cut : max)}…`;
}

export interface QuoteLineOptions {
  /** Longest content shown (the rest is cut with an ellipsis); default: all of it. */
  maxContent?: number;
  /** Longest attribution shown before or after the content; default 140 characters. */
  maxAttribution?: number;
}

/** Where the attribution is written: the cue and, when it is named there, the speaker. */
function attributionSpan(q: Pick<Quote, 'cue' | 'speaker'>): Span {
  const { start, end } = q.speaker;
  if (start === undefined || end === undefined) return { start: q.cue.start, end: q.cue.end };
  return { start: Math.min(q.cue.start, start), end: Math.max(q.cue.end, end) };
}

export function quoteLine(text: string, q: Pick<Quote, 'kind' | 'cue' | 'content' | 'speaker'>, o: QuoteLineOptions = {}): QuoteLine {
  const maxAttribution = o.maxAttribution ?? 140;
  const quoted = q.kind === 'direct';
  const content = o.maxContent ? clip(q.content.text, o.maxContent) : q.content.text.replace(/\s+/g, ' ').trim();
  const a = attributionSpan(q);
  let before = '';
  let after = '';
  if (a.end <= q.content.start) before = text.slice(a.start, q.content.start);
  else if (q.content.end <= a.start) after = text.slice(q.content.end, a.end);
  if (quoted) {
    before = before.replace(MARKS_AT_END, '');
    after = after.replace(MARKS_AT_START, '');
  }
  before = shorten(before.replace(/\s+/g, ' ').trimStart(), maxAttribution);
  after = shorten(after.replace(/\s+/g, ' ').trimEnd(), maxAttribution);
  // One space between the parts, as the article has; none is added inside the reporting words.
  if (before && !/\s$/.test(before)) before += ' ';
  if (after && !/^[\s،,.؛]/.test(after)) after = ` ${after}`;
  return { quoted, before, content, after };
}

/** The line as one string: direct quotes inside «», indirect ones as reported speech. */
export function quoteLineText(line: QuoteLine): string {
  return `${line.before}${line.quoted ? `«${line.content}»` : line.content}${line.after}`.trim();
}
