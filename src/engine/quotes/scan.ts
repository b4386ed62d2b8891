/**
 * One pass of the quote stage over a document: what it has found so far and who has spoken. Each
 * method is one way a quote is found (index.ts calls them in text order); each returns whether it
 * found something at the token.
 */
import type { Quote, Speaker, Span, TextSpan } from '../types.js';
import type { Gender } from '../lang/ar/cues.js';
import type { QuoteContext } from './context.js';
import { afterQuotedSubject, firstTokenFrom, isPunct, mentionsIn, quoteOpenAt } from './context.js';
import type { CueHit } from './cue-index.js';
import { cueAt, isSayingThrough, participleAlsoNoun, saidThrough } from './cue-index.js';
import type { Trigger } from './attribution.js';
import { readAttribution, subjectWithoutObject } from './attribution.js';
import type { Content } from './content.js';
import { contentOf, inner, quoteSentence } from './content.js';
import { quoteBefore } from './quotations.js';
import { clauseBeforeKama, readSourceMarker } from './markers.js';
import { MAX_HEADLINE_TOKENS, readHeadline } from './headlines.js';
import { antecedentOf, eventOwner, opensWithVerb, sentenceSubject, subjectBefore, subjectBeforeVerb, subjectWrittenBefore, topicBefore } from './subject.js';
import type { SpeakerRecord } from './speakers.js';
import { SpeakerMemory, continued, isHumanPlural, makeSpeaker, namesSomeone, resolvedSpeaker } from './speakers.js';
import type { Candidate, ResolveAt } from './resolution.js';
import { candidateSpeaker, candidatesFor, featureRows, pickCandidate } from './resolution.js';
import { pointsBack, stemOfDocument } from './coreference.js';
import { W, hasArticle, headClass, is, withoutConj } from './word-classes.js';
import type { Token } from '../text/tokenize.js';

/** Reporting verbs whose present passive («يُذكر», «يُعتقد») reads as an impersonal «it is …». */
const IMPERSONAL_LEMMAS = new Set(['ذكر', 'اعتقد', 'توقع', 'اعتبر', 'قدر', 'رجح', 'بين', 'أعلن', 'أفاد']);

/** «على حد قول X», «على حد تعبير X»: a marker naming whose own words they were. */
function ownWordsMarker(tokens: readonly Token[], i: number): boolean {
  return withoutConj(tokens[i].norm) === 'علي' && tokens[i + 1]?.norm === 'حد';
}

/** Verbs of saying written after the words, in the present: «…، تقول سلمى.», «…، يضيف الباحث.». */
const POSTPOSED_LEMMAS = new Set(['قال', 'أضاف', 'تابع', 'أوضح', 'أكد', 'روى', 'استطرد', 'أردف']);

/** Verbs of going on speaking: «، ليضيف أن» continues the speaker before it. */
const CONTINUING_LEMMAS = new Set(['أضاف', 'تابع', 'استطرد', 'أردف']);

/** Longest subject of a verbal noun of reporting, in tokens. */
const MAX_NOUN_SUBJECT = 4;

/** Attributions nested in each other's content, at most («X أكد أن Y قال إن …»). */
const MAX_NESTING = 2;
/**
 * The quotes' JSON may take this many characters per character of text (plus a base for short
 * texts). Issue 18: the whole analysis stays under 20 × the text; news needs one or two, an
 * article that is nothing but short quotes about seven.
 */
const QUOTE_BUDGET_PER_CHAR = 12;
const QUOTE_BUDGET_BASE = 4000;
/** A quote's JSON besides its content: ids, kinds, offsets, the cue and the speaker. */
const QUOTE_OVERHEAD = 240;

/** A cue that named nobody: who could have spoken, and the quote it gave (for training). */
export interface ResolveDecision {
  at: ResolveAt;
  candidates: Candidate[];
  rows: number[][];
  content: Span;
}

/**
 * Who watches the stage resolve speakers (training, scripts/train-quote-speakers.ts): every decision
 * that gave a quote, taken with `weights` instead of the shipped model's (the hand rule's, so the
 * decisions do not depend on the model being trained).
 */
export interface QuoteObserver {
  decision(d: ResolveDecision): void;
  weights?: readonly number[];
}

interface Draft {
  kind: Quote['kind'];
  cue: Span;
  content: Span;
  speaker: Speaker;
  relay?: Speaker;
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

  /** Estimated size of the quotes in the analysis's JSON, and the most it may reach. */
  private spent = 0;
  private readonly budget: number;

  /** The resolution decision of the cue being read, for an observer (training, scripts/train-quote-speakers.ts). */
  private pending: Omit<ResolveDecision, 'content'> | null = null;

  constructor(
    private readonly ctx: QuoteContext,
    private readonly observer?: QuoteObserver,
  ) {
    this.budget = QUOTE_BUDGET_BASE + QUOTE_BUDGET_PER_CHAR * ctx.text.length;
  }

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
    if (!this.push('direct', { start: t.start, end: t.end }, c, continued(open.speaker))) return false;
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
    if (!this.push('direct', h.cue, h.content, speaker)) return false;
    this.remember(speaker, null, false, i);
    return true;
  }

  /** A source marker at token i («بحسب المرصد», «وفقا للخبراء»). */
  sourceMarker(i: number): boolean {
    const { ctx } = this;
    if (!ctx.markers[i] || this.nestedTooDeep(ctx.tokens[i].start)) return false;
    const m = readSourceMarker(ctx, i);
    if (!m) return false;
    // «…، وفق المتحدث», «حسبما قال السفير»: a person described with the article points back to
    // whom the article described before. (Not a document: «وفقا للبيان» is the document's word.)
    const named = makeSpeaker(ctx, m.speaker[0], m.speaker[1]);
    const head = ctx.tokens[firstTokenFrom(ctx, named.start ?? m.speaker[0])];
    const described = head?.kind === 'word' && hasArticle(head.norm) && headClass(head.norm).title;
    const speaker = (described && pointsBack(ctx, named, this.memory.all)) || named;
    const relay = m.relay ? makeSpeaker(ctx, m.relay[0], m.relay[1]) : undefined;
    // «قالت اللجنة إن …، حسبما نقلت الصحيفة»: the words are already the committee's; the marker
    // names who relayed them.
    const same = this.overlappingDraft(m.content);
    if (same) {
      // «وأكد أن "…"، على حد تعبير الوزير»: «على حد قول/تعبير X» names who spoke, not who relayed;
      // it gives a cue that named nobody its speaker.
      if (ownWordsMarker(ctx.tokens, i)) {
        if (same.speaker.resolved && speaker.text) same.speaker = speaker;
      } else if (!same.relay && !relay && speaker.text) same.relay = speaker;
      return false;
    }
    if (!this.push(m.content.kind, { start: m.cue[0], end: m.cue[1] }, m.content, speaker, relay)) return false;
    this.remember(speaker, null, isHumanPlural(ctx, speaker), i);
    return true;
  }

  /**
   * A reporting cue at token i (reading after it starts at `from`): its speaker — named after it,
   * written before it, or continued from an earlier one — and the content its trigger introduces.
   */
  reportingCue(i: number, hit: CueHit, from: number, antecedent?: [number, number]): boolean {
    const { ctx } = this;
    this.pending = null;
    const { tokens } = ctx;
    const t = tokens[i];
    if (this.nestedTooDeep(t.start)) return false;
    const att = readAttribution(ctx, i, hit, from);
    // «روسيا التي أعلنت عبر المتحدث …»: the relative pronoun is the subject, the antecedent speaks;
    // «البيان الذي أصدرته الوزارة»: with an object pronoun on the verb, the subject is named after it.
    if (antecedent && (!att.speaker || !(hit.kind === 'verb' && hit.objectPronoun))) att.speaker = antecedent;
    // «وزاد:» reports; «وزاد عدد القتلى» does not, and names nobody.
    // («وختم حديثه بالقول إن …»: through a noun of saying it reports whatever introduces the words.)
    if (hit.kind === 'verb' && hit.entry.colonOnly && att.trigger?.type !== 'colon' && !(att.trigger && isSayingThrough(tokens[att.trigger.tok - 1]))) return false;
    // «واكتفى الفريق بالتعادل» reports nothing, and names no speaker for later.
    if (att.trigger && !saidThrough(tokens, hit, att.trigger.tok)) return false;
    let trigger: Trigger | null = att.trigger;
    if (!trigger && hit.kind === 'verb' && !afterQuotedSubject(ctx, ctx.marks, i, hit)) {
      const b = quoteBefore(ctx, i);
      if (b && !this.usedQuotes.has(b.span.open)) trigger = { type: 'before', tok: b.tok, span: b.span };
    }

    // Who speaks, and who relays.
    let speaker: Speaker;
    let plural = hit.plural;
    let relay = att.relay ? makeSpeaker(ctx, tokens[att.relay[0]].start, tokens[att.relay[1] - 1].end) : undefined;
    const bare = hit.kind === 'verb' && !hit.prefix && !att.pronounSource;
    // «وكانت الهيئة أكدت العثور …»: a subject before the verb makes the words after it its object.
    let before = bare && !antecedent ? subjectBeforeVerb(ctx, i) : null;
    // «لكن بلومبرغ نقلت عن أربعة أشخاص قولهم إن»: the source after «عن» speaks; the subject relays.
    if (before && att.speaker && att.speaker[0] > 0 && tokens[att.speaker[0] - 1].norm === 'عن') {
      relay ??= makeSpeaker(ctx, tokens[before[0]].start, tokens[before[1] - 1].end);
      before = null;
    }
    // «وقال إن الكشف الطبي أظهر عدم وجود شبهة وأن سببها "…"», «إنه يطالب بتأخير …»: with its
    // subject written before it, what follows the verb is its object, not a speaker. A subject that
    // names nobody («الكشف», «الفحوص») gives no quote of its own: a quotation there is part of the
    // clause it sits in; with a pronoun, the one it stands for speaks.
    // («لكن بلومبرغ نقلت عن أربعة أشخاص …»: the source after «عن» is no object.)
    if (bare && !before && !antecedent && att.speaker && !relay && tokens[att.speaker[0] - 1]?.norm !== 'عن') {
      const written = subjectWrittenBefore(ctx, i);
      if (written === 'noun') return false;
      if (written === 'pronoun') att.speaker = null;
    }
    let named =
      before ??
      att.speaker ??
      (hit.kind === 'verb' && !att.pronounSource ? (hit.prefix ? (hit.prefix.endsWith('ف') ? topicBefore(ctx, i, true) : null) : (subjectBefore(ctx, i) ?? topicBefore(ctx, i, false))) : null);
    // A phrase opening with a verb is a clause, not a speaker: after the cue, the cue names nobody
    // and someone named before goes on («وتابعت "نعلم" …»); before it, the cue sits inside a clause
    // that describes («حملة تدعو إلى …») and reports nothing.
    // (Right after the cue, two verbs do not follow each other: «ويقول مات …» names Matt.)
    if (named && opensWithVerb(ctx, named[0]) && !(named === att.speaker && named[0] === i + 1)) {
      if (named !== att.speaker) return false;
      named = null;
    }
    if (named) {
      const [a, b] = named;
      speaker = makeSpeaker(ctx, tokens[a].start, tokens[b - 1].end);
      plural = plural || isHumanPlural(ctx, speaker);
      // «وأكد الأخير», «وأضاف الوزير», «وأضاف البيان»: someone named before.
      speaker = pointsBack(ctx, speaker, this.memory.all) ?? speaker;
    } else {
      // «ويذكر أن», «وتبين أن»: a present-tense verb without a subject is impersonal, not a continuation.
      // A plural form opening a conjoined clause («ويرون أن», «ويقولون إن») is never impersonal:
      // they go on speaking («أنهم يعتقدون أن» is inside someone's words).
      // Nor is a singular one of saying («وتقول إن», «ويضيف أن», «وترى أن»; ANT: ~180 such clause
      // openings): only verbs whose passive is written alike («ويُذكر أن», «ويُعتقد أن») and «وتبيّن أن»
      // (it turned out) are impersonal.
      // «…، ليضيف أن»: after a comma or opening a sentence, ل of consequence on a verb of going on
      // continues the speaker («جاءت العقوبات لتؤكد أن», «ليظهر أن» are no one's words).
      const consequence = hit.kind === 'verb' && hit.prefix === 'ل' && CONTINUING_LEMMAS.has(hit.entry.lemma) && (i === ctx.sentFirst[ctx.tokSentence[i]] || isPunct(tokens[i - 1], '،,'));
      // «أصدر الحزب تصريحا يقول فيه إن»: a present verb describing a speech event «in which» goes on
      // with whoever gave it (ANT: ~30 «بيانا/تصريحا … يقول فيه»).
      const inEvent = hit.kind === 'verb' && !hit.prefix && is(tokens[i - 1], W.EVENT) && /^فيها?$/.test(tokens[i + 1]?.norm ?? '');
      // «…، لكنه يقول إن»: the pronoun on the linker is the subject, someone named before (ANT: ~20).
      const pronounBefore = /^و?لكن(ه|ها|هم|هما)$/.test(tokens[i - 1]?.norm ?? '');
      // «ولا ترى أنه …»: the conjunction on the negation joins the verb's clause to the one before.
      const conjoined = /^[وف]/.test(hit.prefix) || /^[وف](لا|لم|لن)$/.test(tokens[i - 1]?.norm ?? '');
      const goesOn = inEvent || pronounBefore || (hit.kind === 'verb' && (conjoined || consequence) && (hit.plural || !IMPERSONAL_LEMMAS.has(hit.entry.lemma)));
      if (hit.kind === 'verb' && hit.present && !goesOn && trigger?.type === 'comp' && !att.pronounSource) return false;
      // «نقلت الصحيفة عنه»: the pronoun, not the verb, agrees with the source.
      const agreement = att.pronounSource ?? { gender: hit.gender, plural: hit.plural };
      const at: ResolveAt = { pos: t.start, sentence: ctx.tokSentence[i], paragraph: ctx.tokParagraph[i], gender: agreement.gender, plural: agreement.plural, participle: hit.kind === 'participle' };
      const subject = sentenceSubject(ctx, i);
      const cands = candidatesFor(ctx, at, this.memory.all, subject, this.memory.spoken);
      const chosen = pickCandidate(cands, at, this.observer?.weights);
      // «استنكر الوزير، مطالبة شخصيات فرنسية بـ…»: a participle form that is also a noun, agreeing
      // with no one who spoke, is the noun (here the verb's object).
      // (Right before its complementizer it is the participle whoever spoke: «مضيفة أن».)
      if (hit.kind === 'participle' && participleAlsoNoun(t) && !is(tokens[i + 1], W.COMPLEMENTIZER) && chosen && disagrees(chosen, agreement)) return false;
      if (this.observer) this.pending = { at, candidates: cands, rows: featureRows(cands, at) };
      speaker = chosen ? candidateSpeaker(chosen) : resolvedSpeaker(null);
      // «ولم يشر البيان إلى …، لكنه قال»: a document subject speaks for whoever issued it.
      if (chosen && chosen.from === 'subject') speaker = pointsBack(ctx, speaker, this.memory.all) ?? speaker;
      if (chosen && chosen.from === 'record') plural = chosen.plural;
    }
    // What was said. A cue that reports nothing still names its speaker for later continuations.
    // «…، كما قال المرصد.»: the cue closes its sentence and points back to the clause before.
    // (A past verb and a speaker that names someone: «، كما يُقدّر عدد …» is a passive.)
    // «…، تقول الأستاذة الجامعية سلمى محمد.»: a present verb of saying right after the comma does too.
    const postposed = hit.kind === 'verb' && hit.present && !hit.prefix && POSTPOSED_LEMMAS.has(hit.entry.lemma) && isPunct(tokens[i - 1], '،,');
    if (!trigger && hit.kind === 'verb' && (!hit.present || postposed) && att.speaker && namesSomeone(ctx, speaker) && plainSpeaker(ctx, att.speaker)) {
      const back = clauseBeforeKama(ctx, i, att.speaker[1], postposed);
      if (back) {
        this.remember(speaker, hit.gender, plural, i, att.cited, relay);
        return this.push(back.kind, { start: postposed ? t.start : tokens[i - 1].start, end: att.cueEnd }, back, speaker, relay);
      }
    }
    // «ألقى كلمة قال فيها»، «أصدر ملحقا «…»»: a speech event carries words only after a colon.
    if (!trigger || (hit.kind === 'verb' && hit.entry.speechEvent && trigger.type !== 'colon')) {
      // «وأكد الوزير تحسن الأوضاع.»: with no words reported, what follows the subject is the
      // verb's object, and only the subject is remembered for a later «وأضاف».
      if (named && named === att.speaker) {
        const [a, b] = subjectWithoutObject(ctx, named);
        if (b < named[1]) speaker = makeSpeaker(ctx, tokens[a].start, tokens[b - 1].end);
      }
      return this.reportsNothing(speaker, hit.gender, plural, i, att.cited, relay);
    }
    const content = contentOf(ctx, trigger);
    if (!content) return this.reportsNothing(speaker, hit.gender, plural, i, att.cited, relay);
    this.remember(speaker, hit.gender, plural, i, att.cited, relay);
    if (trigger.type === 'quote' || trigger.type === 'before') this.usedQuotes.add(trigger.span.open);
    const cueEnd = trigger.type === 'before' ? t.end : att.cueEnd;
    // «وتابع قائلا»: the verb and its participle are one cue.
    const prevCue = i > 0 ? ctx.cues[i - 1] : null;
    const cueStart = hit.kind === 'participle' && prevCue?.kind === 'verb' ? tokens[i - 1].start : t.start;
    if (!this.push(content.kind, { start: cueStart, end: cueEnd }, content, speaker, relay)) return false;
    if (content.unclosed && speaker.text) this.open = { paragraph: ctx.tokParagraph[i], speaker };
    return true;
  }

  /**
   * A cue that reports nothing still names its speaker for later continuations, when the phrase read
   * as its speaker plainly names someone (it may be the verb's object). Only a speaker named here:
   * a guess at who a non-reporting verb's subject is proves nothing.
   */
  private reportsNothing(speaker: Speaker, gender: Gender, plural: boolean, i: number, cited: string | undefined, relay: Speaker | undefined): false {
    if (!speaker.resolved && namesSomeone(this.ctx, speaker)) this.remember(speaker, gender, plural, i, cited, relay);
    return false;
  }

  /**
   * «"…"، حسب تعبيره», «"…"، على حد قولها»: a quotation just before the marker is the words of whoever
   * the pronoun stands for (resolved as a continuation is). Only where the marker ends its clause.
   */
  pronounMarker(i: number, hit: CueHit, next: number): boolean {
    const { ctx } = this;
    const after = ctx.tokens[next];
    if (after && after.kind !== 'punct' && ctx.tokSentence[next] === ctx.tokSentence[i]) return false;
    const b = quoteBefore(ctx, i);
    if (!b || this.usedQuotes.has(b.span.open)) return false;
    // «قال X إن Y يعتبر من "…" على حد تعبيره»: words quoted inside a quote already found are its speaker's.
    if (this.drafts.some((d) => d.content.start <= b.span.open && b.span.open < d.content.end)) return false;
    return this.reportingCue(i, hit, next);
  }

  /**
   * «بعد إعلان الشركة أنها …», «رغم نفي الوزارة أن …»: a verbal noun of reporting with its subject
   * named after it and a complementizer: a quote like the verb's. Without both it is a plain noun.
   */
  verbalNounCue(i: number, hit: CueHit): boolean {
    const { ctx } = this;
    const att = readAttribution(ctx, i, hit, i + 1);
    if (!att.speaker || att.trigger?.type !== 'comp' || att.relay) return false;
    const [a, b] = att.speaker;
    // The complementizer right after the subject («إعلان الشركة أنها»), not one deep in an object.
    if (att.trigger.tok !== b && !(att.trigger.tok === b + 1 && ctx.tokens[b].kind === 'punct')) return false;
    // A name, a known speaker word or a definite noun («السلطات»), not a pronoun or an indefinite.
    const head = ctx.tokens[a];
    if (!(head.kind === 'word' && hasArticle(head.norm)) && !namesSomeone(ctx, makeSpeaker(ctx, head.start, ctx.tokens[b - 1].end))) return false;
    // The subject is a short noun phrase: a name, or a noun with its definite adjectives
    // («الشركة الأميركية العريقة»), never an object running on («إعلان الحكومة زيادة الرسوم …»).
    if (b - a > MAX_NOUN_SUBJECT) return false;
    const named = mentionsIn(ctx, head.start, head.end).find((m) => m.start === head.start);
    for (let k = a + 1; k < b; k++) {
      const t = ctx.tokens[k];
      if (t.kind !== 'word' || !((named && t.end <= named.end) || hasArticle(t.norm))) return false;
    }
    return this.reportingCue(i, hit, i + 1);
  }

  /**
   * «… وزير الخارجية سيرغي لافروف الذي دعا إلى …», «روسيا التي أعلنت أنها …»: a cue right after a
   * relative pronoun speaks for the noun before it, when that noun names someone (a name, a known
   * speaker word) — unless a speaker is named after the verb («البيان الذي أصدرته الوزارة»).
   */
  relativeCue(i: number): boolean {
    const { ctx } = this;
    const hit = cueAt(ctx.tokens[i]);
    if (!hit || hit.kind !== 'verb' || hit.entry.speechEvent || hit.entry.colonOnly) return false;
    // «تصريحات الرئيس التي قال فيها إن»: «فيها» is the statements; their owner speaks.
    const inIt = ctx.tokens[i + 1]?.norm === 'فيه' || ctx.tokens[i + 1]?.norm === 'فيها';
    const owner = inIt ? eventOwner(ctx, i - 1) : null;
    if (owner) return this.reportingCue(i, hit, i + 1, owner);
    // «ما تقول سول إنه رغبة …», «الاسم الذي تقول اليونان إنه …»: what was said is the noun before;
    // a speaker named after the verb, with a complementizer after it, speaks (ANT: ~200 «ما
    // تقول/قال X إن»).
    const att = readAttribution(ctx, i, hit);
    // (Only a name or a speaker word, the complementizer right after it: «ما قاله الرئيس السابق
    // كان يقصد القول إن …» names what was said, not who says the clause far after it.)
    const namedAfter =
      !!att.speaker && att.trigger?.type === 'comp' && att.trigger.tok === att.speaker[1] && namesSomeone(ctx, makeSpeaker(ctx, ctx.tokens[att.speaker[0]].start, ctx.tokens[att.speaker[1] - 1].end));
    if (ctx.tokens[i - 1].norm === 'ما') {
      // «بحسب ما نقلت رويترز عن …»: after a source marker the marker reads it.
      if (i > 1 && ctx.markers[i - 2]) return false;
      return namedAfter && this.reportingCue(i, hit, i + 1);
    }
    // «المدرسة التي قال إنها مخزن للأسلحة», «القانون الذي قالت إنه يضر»: a verb that does not agree
    // with the relative pronoun has another subject: named right before the complementizer («الخطة
    // التي قال المعارضون إنها»), or someone named before goes on; the noun before the pronoun is what
    // was spoken of (ANT: ~70 «التي قال إن(ها)», «الذي قالت/تقول إنه»).
    const pronounGender = relativeGender(ctx.tokens[i - 1].norm);
    const subjectRightBefore = !!att.speaker && att.trigger?.type === 'comp' && att.trigger.tok === att.speaker[1];
    if (pronounGender && !hit.plural && hit.gender !== pronounGender && (!att.speaker || subjectRightBefore)) return this.reportingCue(i, hit, i + 1);
    // «والتي تشير بريطانيا إلى أنها»: a name right after the verb is its own subject; the noun
    // before the pronoun is what was spoken of. (Not after a verb that takes an object, «الصندوق
    // الذي طالب المملكة بإصلاحات», nor a form that may be passive or a noun.)
    const after = ctx.tokens[i + 1];
    const takesObject = hit.kind === 'verb' && (hit.entry.object || hit.entry.act || hit.entry.complement === 'appeal' || hit.ambiguous || IMPERSONAL_LEMMAS.has(hit.entry.lemma));
    const namedRightAfter = !takesObject && !!att.speaker && att.speaker[0] === i + 1 && mentionsIn(ctx, after.start, after.end).some((m) => m.start === after.start);
    if (namedRightAfter && att.trigger) return this.reportingCue(i, hit, i + 1);
    const antecedent = antecedentOf(ctx, i - 1);
    // «الخطوة التي يعتبرها المحللون تصعيدا»: with an object pronoun on the verb the subject is named
    // after it, whatever the noun before the pronoun is; so with «فيه» when the noun before is no
    // speaker («في الوقت الذي أوضح فيه بيان رسمي أن»; ANT: ~30 «الوقت الذي قال/أكد… فيه») — not
    // with a verb that takes an object, often passive there («القضية التي اتهم فيها فلان بـ…»).
    if (!antecedent) return (!!hit.objectPronoun || namedAfter || (inIt && !hit.entry.object && !hit.ambiguous)) && !!att.speaker && this.reportingCue(i, hit, i + 1);
    // «القرار الذي وصفه بأنه …»: with an object pronoun and no subject after it, the noun before the
    // relative pronoun is what was described; whoever spoke was named before.
    if (hit.objectPronoun && !att.speaker && hit.entry.object) return this.reportingCue(i, hit, i + 1);
    return this.reportingCue(i, hit, i + 1, antecedent);
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
      const quote: Quote = {
        id: `q${out.length + 1}`,
        kind: d.kind,
        cue: textSpan(text, d.cue.start, d.cue.end),
        content: textSpan(text, d.content.start, d.content.end),
        speaker: d.speaker,
        sentence: d.sentence,
      };
      if (d.relay) quote.relay = d.relay;
      out.push(quote);
    }
    return out;
  }

  /**
   * Remembers who spoke at token i, for later continuations; with the document the words were given
   * in and who issued it (the relay when there is one: «نقلت الوزارة في بيان عن الوزير قوله»).
   */
  private remember(speaker: Speaker, gender: Gender | null, plural: boolean, i: number, cited?: string, relay?: Speaker): void {
    if (!speaker.text) return;
    const { ctx } = this;
    const record: SpeakerRecord = { speaker, gender, plural, pos: ctx.tokens[i].start, sentence: ctx.tokSentence[i], paragraph: ctx.tokParagraph[i] };
    if (cited) record.cited = { noun: stemOfDocument(cited), issuer: relay ?? speaker };
    this.memory.add(record);
  }

  /** Adds a quote; false when the analysis has no room left for it. */
  private push(kind: Quote['kind'], cue: Span, content: Content, speaker: Speaker, relay?: Speaker): boolean {
    if (!this.withinBudget(content)) return false;
    const draft: Draft = { kind, cue, content: { start: content.start, end: content.end }, speaker, sentence: quoteSentence(this.ctx, cue.start, content) };
    if (relay?.text) draft.relay = relay;
    this.drafts.push(draft);
    if (content.kind === 'direct') this.coveredUntil = Math.max(this.coveredUntil, content.end);
    if (this.pending && this.observer) this.observer.decision({ ...this.pending, content: draft.content });
    this.pending = null;
    return true;
  }

  /**
   * An attribution inside the content of two others («أكدت الوزارة أن الجامعة أفادت بأن …» is
   * two): a third level is read as the quoted words, so no text is copied into more than two
   * quotes (a flood of «قال إن قال إن …» would otherwise copy the sentence once per cue).
   */
  private nestedTooDeep(pos: number): boolean {
    const { drafts } = this;
    let depth = 0;
    for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 16; k--) {
      const c = drafts[k].content;
      if (c.start <= pos && pos < c.end && ++depth >= MAX_NESTING) return true;
    }
    return false;
  }

  /**
   * Whether the analysis has room for this content: the quotes' share of the analysis stays within
   * a fixed multiple of the text's length whatever the page holds (news uses a small fraction).
   */
  private withinBudget(content: Span): boolean {
    const cost = QUOTE_OVERHEAD + (content.end - content.start);
    if (this.spent + cost > this.budget) return false;
    this.spent += cost;
    return true;
  }

  /** The quote already found whose content this one mostly repeats (a trailing «بحسب» after «قال … إن»). */
  private overlappingDraft(c: Span): Draft | null {
    const { drafts } = this;
    for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 8; k--) {
      const d = drafts[k].content;
      const shared = Math.min(d.end, c.end) - Math.max(d.start, c.start);
      // A short quotation inside the marker's clause («… لأنه "يعزف العود"، حسبما أفادت …») is
      // other words: the clause is the marker's own quote.
      const fragment = drafts[k].kind === 'direct' && d.end - d.start < 0.5 * (c.end - c.start);
      if (shared > 0.5 * Math.min(d.end - d.start, c.end - c.start) && !fragment) return drafts[k];
    }
    return null;
  }
}

/**
 * Whether the words read as a speaker are a noun phrase and no object: after a definite head only
 * definite words, names, prepositions and «باسم» («المتحدث باسم الوزارة», not «الوزير زيادة الرواتب»).
 */
function plainSpeaker(ctx: QuoteContext, [a, b]: [number, number]): boolean {
  const head = ctx.tokens[a];
  if (head.kind !== 'word' || !hasArticle(head.norm)) return true;
  const names = mentionsIn(ctx, head.start, ctx.tokens[b - 1].end);
  for (let k = a + 1; k < b; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word' || hasArticle(t.norm) || is(t, W.PREPOSITION | W.NAME_TAKING)) continue;
    if (!names.some((m) => m.start <= t.start && t.end <= m.end)) return false;
  }
  return true;
}

function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The gender of a singular relative pronoun («الذي», «التي»), or null for the others. */
function relativeGender(norm: string): Gender | null {
  if (norm === 'الذي' || norm === 'والذي') return 'm';
  if (norm === 'التي' || norm === 'والتي') return 'f';
  return null;
}

/** Whether a remembered speaker's agreement contradicts the cue's: another gender, both singular. */
function disagrees(c: Candidate, a: { gender: Gender; plural: boolean }): boolean {
  return c.from === 'record' && c.gender !== null && !c.plural && !a.plural && c.gender !== a.gender;
}
