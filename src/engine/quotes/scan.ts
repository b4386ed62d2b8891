/**
 * One pass of the quote stage over a document: what it has found so far and who has spoken. Each
 * method is one way a quote is found (index.ts calls them in text order); each returns whether it
 * found something at the token.
 */
import type { Quote, Speaker, Span, TextSpan } from '../types.js';
import type { Gender } from '../lang/ar/cues.js';
import type { QuoteContext } from './context.js';
import { quoteOpenAt } from './context.js';
import type { CueHit } from './cue-index.js';
import type { Trigger } from './attribution.js';
import { readAttribution } from './attribution.js';
import type { Content } from './content.js';
import { contentOf, inner, quoteSentence } from './content.js';
import { quoteBefore } from './quotations.js';
import { readSourceMarker } from './markers.js';
import { MAX_HEADLINE_TOKENS, readHeadline } from './headlines.js';
import { sentenceSubject, subjectBefore } from './subject.js';
import { SpeakerMemory, continued, isHumanPlural, makeSpeaker, resolvedSpeaker } from './speakers.js';

interface Draft {
  kind: Quote['kind'];
  cue: Span;
  content: Span;
  speaker: Speaker;
  sentence: Span;
}

export class QuoteScan {
  private readonly memory = new SpeakerMemory();
  private readonly drafts: Draft[] = [];
  /** Direct content taken so far ends here: cues before it are the quoted speaker's own words. */
  private coveredUntil = -1;
  /** Quotations already given to a cue after them («…»، قال الوزير). */
  private readonly usedQuotes = new Set<number>();
  /** A direct quotation left open at its paragraph's end, and who was speaking. */
  private open: { paragraph: number; speaker: Speaker } | null = null;

  constructor(private readonly ctx: QuoteContext) {}

  /** Whether token i is inside direct content already found (the quoted speaker's own words). */
  covered(i: number): boolean {
    return this.ctx.tokens[i].start < this.coveredUntil;
  }

  /**
   * A quotation running over several paragraphs reopens each one with a guillemet («…): at the
   * first token of paragraph p, the same speaker goes on.
   */
  reopenedQuotation(i: number, p: number): boolean {
    const { ctx } = this;
    const open = this.open;
    this.open = null;
    const q = quoteOpenAt(ctx, i);
    if (!open || open.paragraph !== p - 1 || !q || this.covered(i)) return false;
    const c = inner(ctx, q);
    if (!c) return false;
    const t = ctx.tokens[i];
    this.push('direct', { start: t.start, end: t.end }, c, continued(open.speaker));
    this.open = c.unclosed ? { paragraph: p, speaker: open.speaker } : null;
    return true;
  }

  /** A headline naming its speaker («الحمود: …») in the paragraph starting at token i. */
  headline(i: number): boolean {
    const { ctx } = this;
    const p = ctx.tokParagraph[i];
    let last = i;
    while (last < ctx.tokens.length && ctx.tokParagraph[last] === p && last - i <= MAX_HEADLINE_TOKENS) last++;
    const h = readHeadline(ctx, i, last);
    if (!h) return false;
    const speaker = makeSpeaker(ctx, h.speaker[0], h.speaker[1]);
    this.push('direct', h.cue, h.content, speaker);
    this.remember(speaker, null, false, i);
    return true;
  }

  /** A source marker at token i («بحسب المرصد», «وفقا للخبراء»). */
  sourceMarker(i: number): boolean {
    const { ctx } = this;
    const m = readSourceMarker(ctx, i);
    if (!m || this.overlapsDraft(m.content)) return false;
    const speaker = makeSpeaker(ctx, m.speaker[0], m.speaker[1]);
    this.push(m.content.kind, { start: m.cue[0], end: m.cue[1] }, m.content, speaker);
    this.remember(speaker, null, isHumanPlural(ctx, speaker), i);
    return true;
  }

  /**
   * A reporting cue at token i (reading after it starts at `from`): its speaker — named after it,
   * written before it, or continued from an earlier one — and the content its trigger introduces.
   */
  reportingCue(i: number, hit: CueHit, from: number): boolean {
    const { ctx } = this;
    const { tokens } = ctx;
    const t = tokens[i];
    const att = readAttribution(ctx, i, hit, from);
    let trigger: Trigger | null = att.trigger;
    if (!trigger && hit.kind === 'verb') {
      const b = quoteBefore(ctx, i);
      if (b && !this.usedQuotes.has(b.span.open)) trigger = { type: 'before', tok: b.tok, span: b.span };
    }

    // Who speaks.
    let speaker: Speaker;
    let plural = hit.plural;
    const named = att.speaker ?? (hit.kind === 'verb' && !hit.prefix ? subjectBefore(ctx, i) : null);
    if (named) {
      const [a, b] = named;
      speaker = makeSpeaker(ctx, tokens[a].start, tokens[b - 1].end);
      plural = plural || isHumanPlural(ctx, speaker);
    } else {
      // «ويذكر أن», «وتبين أن»: a present-tense verb without a subject is impersonal, not a continuation.
      if (hit.kind === 'verb' && hit.present && trigger?.type === 'comp') return false;
      const query = { pos: t.start, sentence: ctx.tokSentence[i], paragraph: ctx.tokParagraph[i], gender: hit.gender, plural: hit.plural };
      const sameSentence = this.memory.resolve({ ...query, sameSentenceOnly: true });
      const subject = hit.kind === 'participle' && !sameSentence ? sentenceSubject(ctx, i) : null;
      const r = sameSentence ?? (subject ? null : this.memory.resolve(query));
      speaker = subject ? makeSpeaker(ctx, tokens[subject[0]].start, tokens[subject[1] - 1].end) : resolvedSpeaker(r);
      if (r) plural = r.plural;
    }
    this.remember(speaker, hit.gender, plural, i);

    // What was said.
    if (!trigger) return false;
    // «ألقى كلمة قال فيها»، «أصدر ملحقا «…»»: a speech event carries words only after a colon.
    if (hit.kind === 'verb' && hit.entry.speechEvent && trigger.type !== 'colon') return false;
    const content = contentOf(ctx, trigger);
    if (!content) return false;
    if (trigger.type === 'quote' || trigger.type === 'before') this.usedQuotes.add(trigger.span.open);
    const cueEnd = trigger.type === 'before' ? t.end : att.cueEnd;
    // «وتابع قائلا»: the verb and its participle are one cue.
    const prevCue = i > 0 ? ctx.cues[i - 1] : null;
    const cueStart = hit.kind === 'participle' && prevCue?.kind === 'verb' ? tokens[i - 1].start : t.start;
    this.push(content.kind, { start: cueStart, end: cueEnd }, content, speaker);
    if (content.unclosed && speaker.text) this.open = { paragraph: ctx.tokParagraph[i], speaker };
    return true;
  }

  /** The quotes found, in text order, one per content span, numbered. */
  quotes(): Quote[] {
    const { text } = this.ctx;
    const drafts = [...this.drafts].sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
    const out: Quote[] = [];
    let prev: Draft | null = null;
    for (const d of drafts) {
      if (prev && prev.content.start === d.content.start && prev.content.end === d.content.end) continue;
      prev = d;
      out.push({
        id: `q${out.length + 1}`,
        kind: d.kind,
        cue: textSpan(text, d.cue.start, d.cue.end),
        content: textSpan(text, d.content.start, d.content.end),
        speaker: d.speaker,
        sentence: d.sentence,
      });
    }
    return out;
  }

  private remember(speaker: Speaker, gender: Gender | null, plural: boolean, i: number): void {
    if (!speaker.text) return;
    const { ctx } = this;
    this.memory.add({ speaker, gender, plural, pos: ctx.tokens[i].start, sentence: ctx.tokSentence[i], paragraph: ctx.tokParagraph[i] });
  }

  private push(kind: Quote['kind'], cue: Span, content: Content, speaker: Speaker): void {
    this.drafts.push({ kind, cue, content: { start: content.start, end: content.end }, speaker, sentence: quoteSentence(this.ctx, cue.start, content) });
    if (content.kind === 'direct') this.coveredUntil = Math.max(this.coveredUntil, content.end);
  }

  /** Whether content mostly repeats a quote already found (a trailing «بحسب» after «قال … إن»). */
  private overlapsDraft(c: Span): boolean {
    const { drafts } = this;
    for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 8; k--) {
      const d = drafts[k].content;
      const shared = Math.min(d.end, c.end) - Math.max(d.start, c.start);
      if (shared > 0.5 * Math.min(d.end - d.start, c.end - c.start)) return true;
    }
    return false;
  }
}

function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
