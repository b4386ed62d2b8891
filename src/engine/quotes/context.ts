/**
 * What every part of the quote stage needs to know about the document, computed once in linear
 * time: which sentence and paragraph each token is in, the paired quotation marks, the reporting
 * cues, and where new clauses start (a reported clause ends where the next attribution begins).
 */
import { normalizeWord } from '../text/normalize.js';
import { TATWEEL } from '../text/charset.js';
import type { Doc } from '../doc.js';
import { countBefore } from '../spans.js';
import type { Token } from '../text/tokenize.js';
import type { Entity, EntityType } from '../types.js';
import type { QuoteMarks, QuotedSpan } from './marks.js';
import { pairQuoteMarks } from './marks.js';
import type { CueHit, SourceMarkerHit } from './cue-index.js';
import { cueAt, pronounMarkerAt, sourceMarkerAt } from './cue-index.js';
import { W, headClass, is, isClauseBreakPair, isNisba, isObjectPronoun, isPeriod, isRelativePronoun, isWord, opensGloss, opensJournalistClause, withoutConj } from './word-classes.js';
import { ASIDE_PRONOUNS } from '../lang/ar/quote-words.js';

/** Words after which a verb's form is its verbal noun («عدم ذكر», «دون ذكر»). */
const VERBAL_NOUN_BEFORE = new Set(['عدم', 'دون', 'بدون', 'ودون']);

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  type: EntityType;
}

export interface QuoteContext {
  doc: Doc;
  text: string;
  tokens: readonly Token[];
  marks: QuoteMarks;
  /** Sentence / paragraph index of each token. */
  tokSentence: Int32Array;
  tokParagraph: Int32Array;
  /** First token index of each sentence, and one past its last. */
  sentFirst: Int32Array;
  sentLast: Int32Array;
  /** Reporting cue at each token (validated for its position), or null. */
  cues: (CueHit | null)[];
  /** Cues right after a relative pronoun («التي أعلنت»): they report for the noun before it. */
  relativeCues: boolean[];
  /** Source marker starting at each token («بحسب», «وفقا لـ»), or null. */
  markers: (SourceMarkerHit | null)[];
  /** Sorted character positions where a clause starts: one with its own attribution, or the journalist's after a comma. */
  clauseStarts: number[];
  /** The clause starts that open a new attribution (a cue, a trailing marker), in text order. */
  attributionStarts: number[];
  /** Tokens of «فإن» answering a concession or condition («رغم أن …، فإن …»): no verb's complementizer. */
  answers: ReadonlySet<number>;
  /** Entity mentions sorted by start. */
  mentions: MentionRef[];
  /** The longest mention's length in characters: no mention covering a position starts farther back. */
  longestMention: number;
}

const CLAUSE_PUNCT = new Set(['،', ',', '؛', ';', ':', '(', '.', '!', '?', '؟', '-', '–', '—', '«', '»', '"', '“', '”']);

export function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && t.kind === 'punct' && chars.includes(t.text);
}

function spanIndexOfTokens(tokens: readonly Token[], spans: readonly { start: number; end: number }[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const pos = tokens[i].start;
    while (s < spans.length && spans[s].end <= pos) s++;
    out[i] = s < spans.length && spans[s].start <= pos ? s : Math.max(0, s - 1);
  }
  return out;
}

/**
 * Where the clause of the cue at token i starts, or -1 when the cue does not open a clause of its own
 * (a verb inside a reported clause: «أن الجامعة أفادت بأن …» is nested, not a new attribution).
 */
function clauseStartOf(ctx: Pick<QuoteContext, 'tokens' | 'tokSentence' | 'sentFirst'>, i: number, hit: CueHit): number {
  const { tokens } = ctx;
  const t = tokens[i];
  if (hit.kind === 'participle') return t.start;
  if (i === ctx.sentFirst[ctx.tokSentence[i]]) return t.start;
  // «وقال», «فأكد», «لتعلق» (then she commented): a conjoined or consecutive clause.
  if (hit.prefix.startsWith('و') || hit.prefix.startsWith('ف') || (hit.prefix === 'ل' && hit.kind === 'verb' && hit.present)) return t.start;
  const prev = tokens[i - 1];
  if (!prev) return t.start;
  if (prev.kind === 'punct' && CLAUSE_PUNCT.has(prev.text)) return t.start;
  if (afterAdverbialThat(tokens, i)) return tokens[i - 2].start;
  if (is(prev, W.LINKER)) {
    const before = tokens[i - 2];
    // «كان قد انتقد», «الزامل كان قد»: قد and كان alone are part of the verb, not a new clause,
    // unless a clause boundary stands before them.
    if (verbal(prev)) {
      if (before && verbal(before)) return boundary(tokens[i - 3]) ? before.start : -1;
      return boundary(before) ? prev.start : -1;
    }
    return before && is(before, W.LINKER) ? before.start : prev.start;
  }
  // «… الاتجاه الصحيح لكن محافظين يقولون إن»: a contrasting linker opens a clause whose subject
  // stands before its verb, with or without a comma before it (ANT: ~330 «لكن/بينما/فيما X يقول إن», most of them «لكن/بينما»).
  if (hit.kind === 'verb' && !hit.ambiguous) {
    for (let k = i - 1; k >= 0 && k >= i - MAX_SUBJECT_BEFORE_VERB; k--) {
      const w = tokens[k];
      if (w.kind !== 'word') break;
      if (k < i - 1 && CONTRAST_LINKERS.has(w.norm)) return w.start;
    }
  }
  return -1;
}

/** Linkers that open a contrasting clause: «لكن», «بينما» (not «فيما», also «in what»: «فيما يتعلق»). */
export const CONTRAST_LINKERS: ReadonlySet<string> = new Set(['لكن', 'ولكن', 'بينما', 'وبينما']);

/** Most words of a subject between a contrasting linker and its verb. */
const MAX_SUBJECT_BEFORE_VERB = 4;

function verbal(w: Token | undefined): boolean {
  return !!w && w.kind === 'word' && AUXILIARY.has(w.norm);
}

function boundary(w: Token | undefined): boolean {
  return !w || (w.kind === 'punct' && CLAUSE_PUNCT.has(w.text)) || (is(w, W.LINKER) && !verbal(w));
}

/** Verbs of opinion whose present form negated by «لا» states a view (ANT: ~170 times before أن). */
const OPINION_LEMMAS = new Set(['رأى', 'اعتقد', 'توقع']);

/** «لا يعتقد», «ولا ترى»: a present verb of opinion negated by «لا». */
function deniedView(neg: Token, hit: CueHit): boolean {
  return hit.kind === 'verb' && hit.present && !hit.prefix && withoutConj(neg.norm) === 'لا' && OPINION_LEMMAS.has(hit.entry.lemma);
}

/** Words that make «ذلك» after them an adverbial phrase before a clause: «رغم ذلك», «بعد ذلك». */
const ADVERBIAL_BEFORE_THAT = new Set(['رغم', 'مع', 'بعد', 'اثر', 'عقب', 'قبل']);

/** «ورغم ذلك قال», «وبعد ذلك أعلنت»: the verb at i follows an adverbial «… ذلك». */
export function afterAdverbialThat(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const before = tokens[i - 2];
  return !!prev && prev.norm === 'ذلك' && !!before && before.kind === 'word' && ADVERBIAL_BEFORE_THAT.has(withoutConj(before.norm));
}

/** Particles of the subjunctive before a present verb. */
const SUBJUNCTIVE = new Set(['ان', 'لن', 'كي', 'لكي', 'حتي']);

/** «إذا وجدت أن …», «لو قال إن …»: a condition, not what was said. */
const CONDITIONAL = new Set(['اذا', 'لو']);

/** Whether the present verb at token i follows a particle of the subjunctive, not «قبل/بعد أن». */
function subjunctive(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || !SUBJUNCTIVE.has(prev.norm)) return false;
  const before = tokens[i - 2];
  return !(prev.norm === 'ان' && before?.kind === 'word' && /^و?(قبل|بعد)$/.test(before.norm));
}

/** Longest subject between an ambiguous verb and the complementizer it introduces, in words. */
const MAX_SUBJECT_AHEAD = 5;

/**
 * «، كشف استطلاع بريطاني أن», «وحينها توقع الأطباء أنه», «، حذر المديرون التنفيذيون من أن»: a
 * past form that is also a noun reads as the verb when a short subject of plain words follows it
 * and then what it introduces (its own preposition, then a complementizer). Right before the
 * complementizer («توقع أن») it stays a noun. (Present forms are mostly other verbs: «يظهر» appears.)
 */
function subjectThenComplementizer(tokens: readonly Token[], i: number, hit: CueHit): boolean {
  // («، مايك بومبيو، كشف الأسبوع الماضي أن»: time words stand there too, the subject before.)
  let words = 0;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_SUBJECT_AHEAD + 2; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (is(t, W.COMPLEMENTIZER)) return k > i + 1;
    if (hit.preps.has(t.norm) && is(tokens[k + 1], W.COMPLEMENTIZER)) return k > i + 1;
    if (isPeriod(t, tokens[k + 1])) {
      k++;
      continue;
    }
    if (is(t, W.TIME)) continue;
    if (is(t, W.PREPOSITION | W.PARTICLE | W.RELATIVE) || cueAt(t) || ++words > MAX_SUBJECT_AHEAD) return false;
  }
  return false;
}

/** قد and the bare forms of كان: aspect, not a linker, when nothing before them opens a clause. */
const AUXILIARY = new Set(['قد', 'كان', 'كانت']);

type Partial = Pick<QuoteContext, 'tokens' | 'tokSentence' | 'sentFirst' | 'mentions'>;

/** «بين الوزير والنقابة», «بينه وبين المرضى»: the second term of «بين … و…» is no verb. */
function answersBetween(tokens: readonly Token[], i: number): boolean {
  if (withoutConj(tokens[i].norm) !== 'بين') return false;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) if (tokens[j].kind === 'word' && tokens[j].norm.startsWith('بين')) return true;
  return false;
}

/** Whether token k opens a speaker: a person or organization named there, or a title, an organization, an anonymous source. */
function speakerAt(ctx: Partial, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (mentionsIn(ctx, t.start, t.end).some((m) => m.start === t.start && (m.type === 'person' || m.type === 'organization'))) return true;
  const h = headClass(t.norm, ctx.tokens[k + 1]?.norm);
  return h.title || h.organization || h.anonymous;
}

/**
 * «إن اختراق "تنظيم إرهابي" يعتبر من …», «موقع "بيزنس إنسايدر" يشير إلى أن»: a present verb right
 * after a quotation that sits inside a clause (a word before its opening mark), with no speaker
 * named after it, has the quoted phrase (or the phrase it ends) as its subject: the clause goes on
 * through it. (ANT: ~90 «…" يعتبر/تشير/يؤكد …», nearly all so; «… مكتوب" تقول تركيا إنه» names
 * its own subject and opens a clause.) Nor are the quoted words then what that verb reports.
 */
export function afterQuotedSubject(ctx: Partial, marks: QuoteMarks, i: number, hit: CueHit): boolean {
  const prev = ctx.tokens[i - 1];
  if (hit.kind !== 'verb' || hit.prefix || !hit.present || !prev || prev.kind !== 'punct') return false;
  const q = marks.byClose.get(prev.start);
  if (!q) return false;
  const open = firstTokenFrom(ctx, q.open);
  return ctx.tokens[open - 1]?.kind === 'word' && ctx.tokSentence[open] === ctx.tokSentence[i] && !speakerAt(ctx, i + 1);
}

/**
 * «لكن جيش تركيا نفى», «وزير الخارجية اليمني كشف أن»: a short subject between a linker (or
 * complementizer), or the sentence's start, and the verb at i.
 */
function subjectAfterLinker(ctx: Partial, i: number): boolean {
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  // («وكان ترامب قد كتب على تويتر أن»: past قد, which belongs to the verb.)
  const verb = i > first && verbal(ctx.tokens[i - 1]) && ctx.tokens[i - 1].norm === 'قد' ? i - 1 : i;
  for (let j = verb - 1; j >= first && j >= verb - 5; j--) {
    const t = ctx.tokens[j];
    if (t.kind !== 'word') return false;
    if (is(t, W.LINKER | W.COMPLEMENTIZER | W.KANA)) return j + 1 < verb && speakerAt(ctx, j + 1);
  }
  return first < i && i - first <= 5 && speakerAt(ctx, first);
}

/**
 * Whether the verb at i opens a clause on its own terms: at its sentence's start, after a comma or
 * a clause's punctuation, after an adverb of time or sequence («وحينها», «وبالتالي», «ثم»).
 */
function openingAt(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (prev.kind === 'punct') return CLAUSE_PUNCT.has(prev.text);
  return SEQUENCE_ADVERBS.has(withoutConj(prev.norm)) || afterAdverbialThat(tokens, i);
}

/** Adverbs of time or sequence that open a clause before its verb. */
const SEQUENCE_ADVERBS = new Set(['حينها', 'عندها', 'وقتها', 'بالتالي', 'ثم', 'بعدها', 'لاحقا', 'حينئذ', 'عندئذ']);

function participleIntroduces(tokens: readonly Token[], tokSentence: Int32Array, i: number, hit: CueHit): boolean {
  const prev = tokens[i - 1];
  if (prev && isPunct(prev, '،,؛;')) return true;
  let k = i + 1;
  // «واصفا إياها بـ«…»», «معتبرة إياه "…"»: past the object pronoun.
  if (tokens[k] && tokens[k].kind === 'word' && isObjectPronoun(tokens[k].norm)) k++;
  else if (hit.entry.object) k = pastObject(tokens, tokSentence, k, hit.preps);
  if (tokens[k] && tokens[k].kind === 'word' && hit.preps.has(tokens[k].norm)) k++;
  const next = tokens[k];
  return !!next && (is(next, W.COMPLEMENTIZER) || isPunct(next, ':«"“'));
}

/** Longest object noun phrase a participle's complement is looked for past («واصفا قرار واشنطن بأنه»). */
const MAX_PARTICIPLE_OBJECT = 5;

/**
 * Past a short object noun phrase from k, when a complementizer or the participle's preposition
 * before a quotation ends it («بـ"…"»); k itself otherwise.
 */
function pastObject(tokens: readonly Token[], tokSentence: Int32Array, k: number, preps: ReadonlySet<string>): number {
  const ends = (j: number) => is(tokens[j], W.COMPLEMENTIZER) || (tokens[j]?.kind === 'word' && preps.has(tokens[j].norm) && isPunct(tokens[j + 1], '«"“'));
  for (let j = k; j <= k + MAX_PARTICIPLE_OBJECT && tokens[j]?.kind === 'word' && tokSentence[j] === tokSentence[k]; j++) if (j > k && ends(j)) return j;
  return k;
}

export function buildContext(doc: Doc): QuoteContext {
  const { text, tokens, sentences, paragraphs } = doc;
  const marks = pairQuoteMarks(text, paragraphs);
  const tokSentence = spanIndexOfTokens(tokens, sentences);
  const tokParagraph = spanIndexOfTokens(tokens, paragraphs);
  const sentFirst = new Int32Array(sentences.length).fill(tokens.length);
  const sentLast = new Int32Array(sentences.length).fill(0);
  for (let i = 0; i < tokens.length; i++) {
    const s = tokSentence[i];
    if (s < 0) continue;
    if (i < sentFirst[s]) sentFirst[s] = i;
    sentLast[s] = i + 1;
  }
  const mentions: MentionRef[] = [];
  for (const e of doc.entities) for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e, type: e.type });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  let longestMention = 0;
  for (const m of mentions) longestMention = Math.max(longestMention, m.end - m.start);
  const partial = { tokens, tokSentence, sentFirst, mentions };
  const cues: (CueHit | null)[] = new Array(tokens.length).fill(null);
  const relativeCues: boolean[] = new Array(tokens.length).fill(false);
  const markers: (SourceMarkerHit | null)[] = new Array(tokens.length);
  const clauseStarts: number[] = [];
  const answers = new Set<number>();
  const attributionStarts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    markers[i] = sourceMarkerAt(tokens, i);
    const hit = cueAt(tokens[i]);
    if (hit) {
      const prev = tokens[i - 1];
      // «وأوضح الوكيل يعرب بن عبد الله أن», «وقال المتطوع طالب باوانو إن»: a given name written like
      // a present or ambiguous verb form, inside a person's name the names stage found, is the name.
      if (!hit.prefix && (hit.kind === 'participle' || hit.present || hit.ambiguous) && inLongerPersonName(partial, tokens[i])) continue;
      // «في رأي الخبراء», «ما يقوله», «الذي قال»: a noun, or a verb whose subject we cannot see.
      // But «ورغم ذلك قال», «وبعد ذلك أعلنت»: «ذلك» closes an adverbial phrase (ANT: ~30).
      // («ونفت دمشق ذلك مشيرة إلى أن»: after «ذلك» as the verb's object a participle goes on; not
      // after «على ذلك», where the verb before and its participle are one cue.)
      const objectThat = hit.kind === 'participle' && prev?.norm === 'ذلك' && !is(tokens[i - 2], W.PREPOSITION);
      if (is(prev, W.NOUN_CONTEXT) && !hit.prefix && !afterAdverbialThat(tokens, i) && !objectThat) continue;
      // «روسيا التي أعلنت أن …»: a cue in a relative clause reports for the noun before it; it
      // opens no clause of its own and does not interrupt the attribution around it.
      if (is(prev, W.RELATIVE)) {
        if (hit.kind === 'verb' && !hit.prefix && withoutConj(prev.norm) !== 'ما') relativeCues[i] = true;
        continue;
      }
      // «لم يوضح»: a negated verb reports nothing and names no speaker for later.
      // But «لا يعتقد الخبراء أن», «ولا يرى الوزير أن»: a view denied is still a view stated.
      if (is(prev, W.NEGATION) && !deniedView(prev, hit)) continue;
      // «طلب عدم ذكر اسمه», «دون ذكر اسمهم», «رافضا ذكر اسمه»: after عدم/دون or a verb of withholding
      // a name the form is a verbal noun (ANT: ~50).
      if (hit.kind === 'verb' && !hit.prefix && prev?.kind === 'word' && (VERBAL_NOUN_BEFORE.has(prev.norm) || is(prev, W.ANONYMITY_VERB))) continue;
      // Two finite verbs do not follow each other: after «قال», «روي» is the name Roy, not «روى».
      const prevHit = i > 0 ? cues[i - 1] : null;
      if (hit.kind === 'verb' && prevHit && prevHit.kind === 'verb' && !hit.prefix) continue;
      // A verb right before a complementizer that another verb governs («تبين أن» after a noun) is fine;
      // but a form that is also a noun needs a clause start to be read as a verb.
      // «إجراءات مشددة»، «مطالبة»: a participle form is an adjective or a noun unless it follows a
      // comma or introduces content right away (مضيفا أن، مشيرا إلى أن، قائلا:).
      if (hit.kind === 'participle' && !participleIntroduces(tokens, tokSentence, i, hit)) continue;
      const start = clauseStartOf(partial, i, hit);
      // «بين الأقارب أن»: a form that is also a particle or noun counts only where a sentence or a
      // conjoined clause starts (وبين، فبين، كما بين), not merely after a comma.
      // Nor after a closing mark or bracket («"من طراز عال" بين المنتخبين»).
      // Unless a speaker stands right after it («، نفى وزير الخارجية …») or a subject before it
      // after a linker («لكن الجيش نفى»): then it is the verb.
      // «بينه وبين المرضى»: «وبين» answers a «بين» just before it, as the preposition.
      if (hit.kind === 'verb' && hit.ambiguous && answersBetween(tokens, i)) continue;
      // «يمكن أن يدعو إلى …», «يحلو للبعض أن يصف …», «حتى يكتب عن …»: a present verb after the
      // particle of the subjunctive says what may or should be said, not what was — but «قبل أن
      // يضيف», «بعد أن يؤكد» narrate (ANT sample: 9 such hypotheticals read as quotes, 3 narrated).
      if (hit.kind === 'verb' && hit.present && !hit.prefix && subjunctive(tokens, i)) continue;
      if (hit.kind === 'verb' && !hit.prefix && prev?.kind === 'word' && CONDITIONAL.has(withoutConj(prev.norm))) continue;
      // «ومع توقع الخبراء أن …»: right after a preposition the form is its noun.
      if (hit.kind === 'verb' && hit.ambiguous && !hit.prefix && prev?.kind === 'word' && isWord(withoutConj(prev.norm), W.PREPOSITION)) continue;
      // («(بين المنتج والمصدر)»: after an opening bracket too.)
      if (hit.kind === 'verb' && hit.ambiguous && (start < 0 || (!hit.prefix && isPunct(prev, '،,»”")(')))) {
        const particle = is(tokens[i], W.PREPOSITION);
        if (particle || !(speakerAt(partial, i + 1) || (start < 0 && subjectAfterLinker(partial, i)) || (!hit.present && openingAt(tokens, i) && subjectThenComplementizer(tokens, i, hit)))) continue;
      }
      // «في تصريح نقلته صحيفة "ماركا"», «في تصريحات نشرتها …»: a verb with its object pronoun right
      // after a speech event is the event's relative clause (who relayed it), not an attribution.
      // («في بيان رسمي نقلته وكالة …»: the event's adjective may stand between.)
      const eventBefore = prev?.kind === 'word' && (is(prev, W.EVENT) || (isNisba(prev.norm) && is(tokens[i - 2], W.EVENT)));
      if (hit.kind === 'verb' && hit.objectPronoun && !hit.prefix && eventBefore) continue;
      // «وألقت القبض على …»: a speech-event verb with no speech event after it reports nothing.
      if (hit.kind === 'verb' && hit.entry.speechEvent && !eventAhead(tokens, i)) continue;
      // «وذُكر أن», «زُعم أنه», «وأُعلن أن»: a past form written passive (damma on its first
      // letter) has no speaker; nobody said it in the sentence.
      // («ونُقل عن الرئيس قوله»: passed on from the source after «عن», who speaks.)
      // It still opens a clause of its own: what was said before ends there.
      if (hit.kind === 'verb' && !hit.present && !hit.entry.transmit && writtenPassive(tokens[i], hit.prefix)) {
        if (/^[وف]/.test(hit.prefix) || isPunct(prev, '،,')) {
          clauseStarts.push(tokens[i].start);
          attributionStarts.push(tokens[i].start);
        }
        continue;
      }
      cues[i] = hit;
      // «… كان متحمسا للتحقيق وكشف النشاط الروسي»: a conjoined verb form inside a clause that
      // introduces nothing is a verbal noun or the reported clause going on, not a new attribution.
      const inside = hit.kind === 'verb' && hit.prefix === 'و' && prev?.kind === 'word' && !introducesAhead(partial, i);
      // «… وأن القوات "ردت بحزم"»: a verb opening a quotation within a clause is the quoted words,
      // and the clause goes on through them.
      const quotedWord = prev?.kind === 'punct' && (marks.byOpen.get(prev.start)?.close ?? -1) >= 0 && tokens[i - 2]?.kind === 'word';
      if (start >= 0 && !inside && !quotedWord && !afterQuotedSubject(partial, marks, i, hit)) {
        clauseStarts.push(start);
        attributionStarts.push(start);
      }
    } else if (i > 0 && isPunct(tokens[i - 1], '،,') && (markers[i] || pronounMarkerAt(tokens, i))) {
      // «…، بحسب المرصد», «…، على حد تعبيره»: the reported clause before a trailing source marker
      // ends at its comma.
      clauseStarts.push(tokens[i - 1].start);
      attributionStarts.push(tokens[i - 1].start);
    } else if (i > 0 && !isPunct(tokens[i - 1], '،,.:(') && opensGloss(tokens, i)) {
      // «… من وصفتهم بـ"دول الحصار" في إشارة إلى …», «… وذلك في إشارة إلى …»: the gloss ends what
      // was said, comma or not. (In brackets it is an aside the words go on after.)
      const start = tokens[i - 1].norm === 'وذلك' ? tokens[i - 1].start : tokens[i].start;
      clauseStarts.push(start);
      attributionStarts.push(start);
    } else if (i > 0 && !isPunct(tokens[i - 1], '،,.:') && closingPronounMarker(tokens, i)) {
      // «… سيكون مفاجأة على حد تعبيرها.»: without a comma too, a marker with a pronoun that closes
      // the clause is the journalist's note on the words, not part of them.
      clauseStarts.push(tokens[i].start);
    } else if (i > 0 && isPunct(tokens[i - 1], '،,') && answersOpener(partial, cues, i)) {
      // «رغم أن الوزير أكد أن الأزمة انتهت، فإن الأسعار …»: the ف answers a concession or a condition
      // opening the sentence; the main clause is the journalist's, and no verb before reports it.
      clauseStarts.push(tokens[i - 1].start);
      attributionStarts.push(tokens[i - 1].start);
      answers.add(i);
    } else if (i > 0 && isPunct(tokens[i - 1], '،,') && (is(tokens[i], W.MANNER) || opensJournalistClause(tokens, i))) {
      // «…، مبديا حرصه», «…، في حين …», «…، علما بأن …», «…، الأمر الذي …»: the journalist's own
      // clause, or how the speaker went on, after a comma: what was said ends there. (Speech after
      // a colon goes on through «، لكن …», a speaker's own.)
      clauseStarts.push(tokens[i - 1].start);
      if (!SPEECH_LINKERS.has(tokens[i].norm)) attributionStarts.push(tokens[i - 1].start);
    } else if (is(tokens[i], W.COMPLEMENTIZER) && !/^و/.test(tokens[i].norm) && asideClosedBefore(tokens, i) >= 0) {
      // «وأكد المدرب، الذي قال إن …، أن …», «…، الذي يرجح أن …، لموقع النادي إن»: the comma closing
      // a relative aside about the speaker ends what the aside said; the complementizer after it
      // (and after to whom it was said) belongs to the main verb.
      clauseStarts.push(tokens[asideClosedBefore(tokens, i)].start);
    } else if (i > 0 && isPunct(tokens[i - 1], '.') && isClauseBreakPair(tokens, i)) {
      // «… أنا مع بلجيكا. في إشارة إلى منصبه»: the journalist's note opening a sentence.
      attributionStarts.push(tokens[i].start);
    }
  }
  return { doc, text, tokens, marks, tokSentence, tokParagraph, sentFirst, sentLast, cues, relativeCues, markers, clauseStarts, attributionStarts, answers, mentions, longestMention };
}

/** «فإن/فإنه…» with its ف, which may answer an opener. */
const ANSWERING = /^فان(ه|ها|هم|هما|نا|ي)?$/;
/**
 * Words opening a concession, a condition or a topic that a later «، فإن» answers: «رغم أن»,
 * «على الرغم من أن», «إذا», «لو», «طالما», «بما أن», «أما» (ANT: 150 «رغم … أن …، فإن» alone).
 */
const OPENERS: ReadonlySet<string> = new Set(['رغم', 'الرغم', 'بالرغم', 'إذا', 'لو', 'لئن', 'طالما', 'بما', 'كلما', 'أما', 'لما'].map(normalizeWord));

/**
 * Whether «فإن» at token i, after a comma, answers an opener earlier in its sentence — one that comes
 * before any reporting cue there («قال إن الأزمة، إذا استمرت، فإنها …» is all the speaker's).
 */
function answersOpener(ctx: Pick<QuoteContext, 'tokens' | 'tokSentence' | 'sentFirst'>, cues: readonly (CueHit | null)[], i: number): boolean {
  const { tokens } = ctx;
  if (!ANSWERING.test(tokens[i].norm)) return false;
  for (let k = ctx.sentFirst[ctx.tokSentence[i]]; k < i - 1; k++) {
    if (cues[k]) return false;
    if (tokens[k].kind === 'word' && OPENERS.has(withoutConj(tokens[k].norm))) return true;
  }
  return false;
}

/**
 * Whether the verb's stem, after its proclitics, is written with a damma on its first letter.
 * (Tatweel is passed over where it stands, rather than removed first: this runs for every cue.)
 */
function writtenPassive(t: Token, prefix: string): boolean {
  const text = t.text;
  let seen = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === TATWEEL || (c >= 0x064b && c <= 0x0652)) continue;
    // The first letter of the stem: is the mark right after it a damma?
    if (seen++ === prefix.length) {
      let next = k + 1;
      while (text.charCodeAt(next) === TATWEEL) next++;
      return text.charCodeAt(next) === 0x064f;
    }
  }
  return false;
}

/** Linkers that go on with a speaker's own words after a comma, in speech after a colon. */
const SPEECH_LINKERS: ReadonlySet<string> = new Set(['لكن', 'ولكن', 'بيد', 'وبالتالي', 'علما'].map(normalizeWord));

/** Tokens looked at after a verb for what it introduces. */
const AHEAD = 12;

/** Longest speaker phrase between a speech-event verb and its event («ألقى رئيس مجلس إدارة … كلمة»). */
const EVENT_AHEAD = 20;

/** A speech event («كلمة», «بيانا», «تصريحات») within a few tokens after the verb at i. */
function eventAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + EVENT_AHEAD; k++) if (is(tokens[k], W.EVENT)) return true;
  return false;
}

/**
 * Whether the cue at i goes on to a speaker or to what introduces words: a name or speaker word right
 * after it, or a complementizer, a colon or a quotation mark before the sentence ends.
 */
function introducesAhead(ctx: Partial, i: number): boolean {
  if (speakerAt(ctx, i + 1)) return true;
  const last = ctx.tokens.length;
  const s = ctx.tokSentence[i];
  for (let k = i + 1; k < last && k <= i + AHEAD && ctx.tokSentence[k] === s; k++) {
    const t = ctx.tokens[k];
    if (is(t, W.COMPLEMENTIZER) || isPunct(t, ':«"“')) return true;
  }
  return false;
}

/** A marker with a pronoun at token i («على حد تعبيره», «حسب قولها») right before a comma or the sentence's end. */
function closingPronounMarker(tokens: readonly Token[], i: number): boolean {
  const m = pronounMarkerAt(tokens, i);
  if (!m) return false;
  const after = tokens[m.next];
  return !after || isPunct(after, '.،,؛;!؟?');
}

/** Whether the token lies inside a person's name of several words that the names stage found. */
function inLongerPersonName(ctx: Pick<QuoteContext, 'mentions'>, t: Token): boolean {
  return mentionsIn(ctx, t.start, t.end).some((m) => m.type === 'person' && m.start <= t.start && m.end >= t.end && m.end - m.start > t.end - t.start + 1);
}

/** How many tokens an aside about the speaker may run between its commas. */
export const MAX_ASIDE = 24;

const ASIDE_PRONOUN_WORDS: ReadonlySet<string> = new Set(ASIDE_PRONOUNS.map(normalizeWord));

/**
 * Whether the comma at token c opens a relative aside: a relative pronoun («، الذي …», «، التي …»)
 * or a pronoun with و («، وهي جماعة تقول إنها …،»), which describe who comes before the comma.
 */
function opensRelativeAside(tokens: readonly Token[], c: number): boolean {
  const pronoun = tokens[c + 1];
  if (!isPunct(tokens[c], '،,') || !pronoun) return false;
  return isRelativePronoun(withoutConj(pronoun.norm)) || ASIDE_PRONOUN_WORDS.has(pronoun.norm);
}

/** The comma closing the relative aside that the comma at token `open` opens, or -1. */
export function relativeAsideClose(tokens: readonly Token[], open: number, limit: number): number {
  return opensRelativeAside(tokens, open) ? asideClose(tokens, open, limit) : -1;
}

/** The comma closing an aside (relative, a source marker's, an adjunct's) opened by the comma at token `open`, or -1. */
export function asideClose(tokens: readonly Token[], open: number, limit: number): number {
  for (let j = open + 2; j < limit && j <= open + MAX_ASIDE; j++) {
    if (isPunct(tokens[j], '،,')) return j;
    if (isPunct(tokens[j], '.؟!:')) return -1;
  }
  return -1;
}

/**
 * The comma closing a relative aside right before the complementizer at i, or after it only the
 * words saying to whom («…، لموقع النادي الرسمي إن»), or -1.
 */
function asideClosedBefore(tokens: readonly Token[], i: number): number {
  let c = i - 1;
  if (!isPunct(tokens[c], '،,')) {
    while (c > i - 5 && tokens[c]?.kind === 'word') c--;
    if (!isPunct(tokens[c], '،,') || !/^ل/.test(tokens[c + 1].norm)) return -1;
  }
  return relativeAsideOpen(tokens, c) >= 0 ? c : -1;
}

/** The comma opening the relative aside that token k (at or before its closing comma) sits in, or -1. */
export function relativeAsideOpen(tokens: readonly Token[], k: number, from = 0): number {
  for (let j = k - 1; j >= from && j >= k - MAX_ASIDE; j--) {
    if (isPunct(tokens[j], '،,')) return opensRelativeAside(tokens, j) ? j : -1;
    if (isPunct(tokens[j], '.؟!:')) return -1;
  }
  return -1;
}

/** First clause start strictly after `pos`, or Infinity. Binary search. */
export function nextClauseStart(ctx: QuoteContext, pos: number, starts: readonly number[] = ctx.clauseStarts): number {
  const a = starts;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.length ? a[lo] : Infinity;
}

/** What `mentionsIn` answers for a span no name overlaps: most spans asked about, one array for all. */
const NO_MENTIONS: readonly MentionRef[] = Object.freeze([]);

/**
 * A person's name starting at token k: the tokens [k, e) its mention covers (e at most `limit`),
 * or null when no person is named from there.
 */
export function personFrom(ctx: Pick<QuoteContext, 'tokens' | 'mentions'>, k: number, limit: number): [number, number] | null {
  const t = ctx.tokens[k];
  const person = t && mentionsIn(ctx, t.start, t.end).find((m) => m.type === 'person' && m.start === t.start);
  if (!person) return null;
  let e = k;
  while (e < limit && ctx.tokens[e].start < person.end) e++;
  return [k, e];
}

/** Entity mentions overlapping [start, end). */
export function mentionsIn(ctx: Pick<QuoteContext, 'mentions'>, start: number, end: number): readonly MentionRef[] {
  const a = ctx.mentions;
  // Mentions are short; any that overlaps starts after start - 300.
  const lo = countBefore(a, start - 300, startOf);
  let out: MentionRef[] | null = null;
  for (let k = lo; k < a.length && a[k].start < end; k++) if (a[k].end > start) (out ??= []).push(a[k]);
  return out ?? NO_MENTIONS;
}

/** Index of the last mention starting before pos, or -1. Binary search. */
export function lastMentionBefore(ctx: Pick<QuoteContext, 'mentions'>, pos: number): number {
  return countBefore(ctx.mentions, pos, startOf) - 1;
}

/** Whether some mention covers the character at pos (only mentions starting within the longest one's length before it can). */
export function inMention(ctx: Pick<QuoteContext, 'mentions' | 'longestMention'>, pos: number): boolean {
  const a = ctx.mentions;
  for (let k = lastMentionBefore(ctx, pos + 1); k >= 0 && a[k].start > pos - ctx.longestMention; k--) if (a[k].end > pos) return true;
  return false;
}

/** The quotation opening at token i, if the token is an opening mark. */
export function quoteOpenAt(ctx: QuoteContext, i: number): QuotedSpan | undefined {
  const t = ctx.tokens[i];
  return t && t.kind === 'punct' ? ctx.marks.byOpen.get(t.start) : undefined;
}

/** Index of the first token starting at or after character `pos`. Binary search. */
export function firstTokenFrom(ctx: Pick<QuoteContext, 'tokens'>, pos: number): number {
  return countBefore(ctx.tokens, pos, startOf);
}

/** Index of the first token ending after character `pos`: the token holding it, or the next one. */
export function tokenHolding(ctx: Pick<QuoteContext, 'tokens'>, pos: number): number {
  return countBefore(ctx.tokens, pos + 1, endOf);
}

const startOf = (x: { start: number }): number => x.start;
const endOf = (x: { end: number }): number => x.end;
