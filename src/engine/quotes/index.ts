/**
 * Who said what: the quote stage of the pipeline. Runs after numbers and entities and fills
 * `doc.quotes`. One pass over the tokens in text order:
 *
 * - a reporting verb or participle (src/engine/lexicon/cues.ts) is read with the speaker after it and
 *   what introduces the content (quotes/attribution.ts) — a complementizer, a colon, a quotation;
 * - with no speaker named, the subject may stand before the verb («أن مصادر أكدت أن»), or the cue
 *   continues an earlier speaker (وأضاف، مضيفا), resolved by agreement and distance (speakers.ts);
 * - source markers (بحسب، وفقا لـ…) and speaker headlines («فلان: …») give quotes of their own.
 *
 * Cues inside a direct quotation belong to the quoted speaker's words and are skipped. Every step
 * looks at a bounded window of tokens, so the stage is linear in the length of the text.
 */
import type { Doc } from '../doc.js';
import type { Quote, Speaker, Span, TextSpan } from '../types.js';
import type { QuoteContext } from './context.js';
import { buildContext, mentionsIn, quoteOpenAt } from './context.js';
import type { CueHit, VerbHit } from './cue-index.js';
import { headClass, isDefinite, isComplementizer, isDocumentVerb, isKnownHead, isLinker } from './cue-index.js';
import type { Attribution } from './attribution.js';
import { quoteBefore, readAttribution } from './attribution.js';
import type { Content } from './content.js';
import { contentOf, inner, quoteSentence } from './content.js';
import { readSourceMarker } from './markers.js';
import { MAX_HEADLINE_TOKENS, readHeadline } from './headlines.js';
import { SpeakerMemory, continued, isHumanPlural, makeSpeaker, resolvedSpeaker } from './speakers.js';
import type { Gender } from '../lang/ar/cues.js';

interface Draft {
  kind: Quote['kind'];
  cue: Span;
  content: Span;
  speaker: Speaker;
  sentence: Span;
}

const KAN = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'فكان', 'فكانت']);

/**
 * The subject written before a verb that names none after it: «أن مصادر عدة أكدت أن»,
 * «وكان المرصد قد أفاد», «لكن الوزير أكد». Only after a complementizer, كان or a linker, or at the
 * start of a sentence when the phrase's head is a known speaker word.
 */
function subjectBefore(ctx: QuoteContext, i: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  let j = i - 1;
  if (j >= first && (tokens[j].norm === 'قد' || tokens[j].norm === 'لقد')) j--;
  const last = j + 1;
  let n = 0;
  while (j >= first && n < 6) {
    const t = tokens[j];
    if (t.kind !== 'word' || isComplementizer(t) || isLinker(t) || KAN.has(t.norm) || ctx.cues[j]) break;
    j--;
    n++;
  }
  if (n === 0 || n >= 6) return null;
  const boundary = j >= first ? tokens[j] : null;
  if (boundary && (isComplementizer(boundary) || KAN.has(boundary.norm) || isLinker(boundary))) return [j + 1, last];
  return null;
}

/**
 * «وصل الوزير إلى بغداد، مؤكدا أن …»: a participle in a sentence with no reporting verb continues
 * the sentence's own subject. When the sentence opens with a verb (a word that is neither a noun
 * with ال nor a particle) followed by a name or a known speaker word, that phrase is the subject.
 */
function sentenceSubject(ctx: QuoteContext, i: number): [number, number] | null {
  const { tokens } = ctx;
  const first = ctx.sentFirst[ctx.tokSentence[i]];
  const verb = tokens[first];
  if (!verb || verb.kind !== 'word' || first + 1 >= i) return null;
  if (isDefinite(verb.norm) || isParticle(verb.norm) || isKnownHead(headClass(verb.norm))) return null;
  const a = first + 1;
  const head = tokens[a];
  if (head.kind !== 'word') return null;
  const names = mentionsIn(ctx, head.start, head.end).filter((m) => m.type !== 'location' || m.start === head.start);
  let b = a + 1;
  if (names.length > 0) {
    const end = Math.max(...names.map((m) => m.end));
    while (b < i && tokens[b].start < end) b++;
  } else if (!isKnownHead(headClass(head.norm))) return null;
  while (b < i && b < a + 6 && tokens[b].kind === 'word' && isDefinite(tokens[b].norm) && !ctx.cues[b]) b++;
  return [a, b];
}

const PARTICLES = new Set(['في', 'من', 'علي', 'الي', 'مع', 'عن', 'و', 'ثم', 'اما', 'ان', 'لكن', 'هذا', 'هذه', 'ذلك', 'تلك', 'كما', 'قد', 'وقد', 'لقد', 'بعد', 'قبل', 'خلال', 'منذ', 'حتي', 'لا', 'لم', 'لن', 'ما', 'هو', 'هي', 'هم', 'وفي', 'ومن', 'كان', 'وكان', 'كانت', 'وكانت', 'اذ', 'اذا', 'حيث', 'عند', 'بين', 'وبين']);
function isParticle(norm: string): boolean {
  return PARTICLES.has(norm);
}

function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** «جاء في البيان أن …»: the document the words are found in is the speaker. */
function documentCue(ctx: QuoteContext, i: number): VerbHit | null {
  const t = ctx.tokens[i];
  if (!isDocumentVerb(t) || ctx.tokens[i + 1]?.norm !== 'في') return null;
  return {
    kind: 'verb',
    entry: { lemma: 'جاء في', forms: [] },
    gender: 'm',
    plural: false,
    present: false,
    prefix: t.norm.startsWith('و') ? 'و' : '',
    ambiguous: false,
    preps: new Set(),
  };
}

export function findQuotes(doc: Doc): void {
  const ctx = buildContext(doc);
  const { tokens, text } = ctx;
  const memory = new SpeakerMemory();
  const drafts: Draft[] = [];
  /** Direct content taken so far ends here: cues before it are the quoted speaker's own words. */
  let coveredUntil = -1;
  const usedQuotes = new Set<number>();

  const remember = (speaker: Speaker, gender: Gender | null, plural: boolean, i: number) => {
    if (!speaker.text) return;
    memory.add({ speaker, gender, plural, pos: tokens[i].start, sentence: ctx.tokSentence[i], paragraph: ctx.tokParagraph[i] });
  };
  const push = (kind: Quote['kind'], cue: Span, content: Content, speaker: Speaker) => {
    drafts.push({ kind, cue, content: { start: content.start, end: content.end }, speaker, sentence: quoteSentence(ctx, cue.start, content) });
    if (content.kind === 'direct') coveredUntil = Math.max(coveredUntil, content.end);
  };

  /** A direct quotation left open at its paragraph's end, and who was speaking. */
  let open: { paragraph: number; speaker: Speaker } | null = null;
  let paragraph = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (ctx.tokParagraph[i] !== paragraph) {
      paragraph = ctx.tokParagraph[i];
      // A quotation running over several paragraphs reopens each one with a guillemet: «…
      const q = quoteOpenAt(ctx, i);
      if (open && open.paragraph === paragraph - 1 && q && t.start >= coveredUntil) {
        const c = inner(ctx, q);
        const speaker = continued(open.speaker);
        if (c) {
          push('direct', { start: t.start, end: t.end }, c, speaker);
          open = c.unclosed ? { paragraph, speaker: open.speaker } : null;
          continue;
        }
      }
      open = null;
      const h = headlineAt(ctx, i);
      if (h) {
        const speaker = makeSpeaker(ctx, h.speaker[0], h.speaker[1]);
        push('direct', h.cue, h.content, speaker);
        remember(speaker, null, false, i);
        continue;
      }
    }
    if (t.start < coveredUntil) continue;

    let hit: CueHit | null = ctx.cues[i];
    let from = i + 1;
    if (!hit) {
      const docHit = documentCue(ctx, i);
      if (docHit) {
        hit = docHit;
        from = i + 2;
      }
    }
    if (!hit) {
      const m = readSourceMarker(ctx, i);
      if (m && !overlapsDraft(drafts, m.content)) {
        const speaker = makeSpeaker(ctx, m.speaker[0], m.speaker[1]);
        push(m.content.kind, { start: m.cue[0], end: m.cue[1] }, m.content, speaker);
        remember(speaker, null, isHumanPlural(ctx, speaker), i);
      }
      continue;
    }

    const att: Attribution = readAttribution(ctx, i, hit, from);
    let trigger = att.trigger;
    if (!trigger && hit.kind === 'verb') {
      const b = quoteBefore(ctx, i);
      if (b && !usedQuotes.has(b.span.open)) trigger = { type: 'before', tok: b.tok, span: b.span };
    }

    let speaker: Speaker;
    const gender: Gender = hit.gender;
    let plural = hit.plural;
    const named = att.speaker ?? (hit.kind === 'verb' && !hit.prefix ? subjectBefore(ctx, i) : null);
    if (named) {
      const [a, b] = named;
      speaker = makeSpeaker(ctx, tokens[a].start, tokens[b - 1].end);
      plural = plural || isHumanPlural(ctx, speaker);
    } else {
      // «ويذكر أن», «وتبين أن»: a present-tense verb without a subject is impersonal, not a continuation.
      if (hit.kind === 'verb' && hit.present && trigger?.type === 'comp') continue;
      const query = { pos: t.start, sentence: ctx.tokSentence[i], paragraph: ctx.tokParagraph[i], gender: hit.gender, plural: hit.plural };
      const sameSentence = memory.resolve({ ...query, sameSentenceOnly: true });
      const subject = hit.kind === 'participle' && !sameSentence ? sentenceSubject(ctx, i) : null;
      const r = sameSentence ?? (subject ? null : memory.resolve(query));
      speaker = subject ? makeSpeaker(ctx, tokens[subject[0]].start, tokens[subject[1] - 1].end) : resolvedSpeaker(r);
      if (r) plural = r.plural;
    }
    remember(speaker, gender, plural, i);
    if (!trigger) continue;
    // «ألقى كلمة قال فيها»، «أصدر ملحقا «…»»: a speech event carries words only after a colon.
    if (hit.kind === 'verb' && hit.entry.speechEvent && trigger.type !== 'colon') continue;
    const content = contentOf(ctx, trigger);
    if (!content) continue;
    if (trigger.type === 'quote' || trigger.type === 'before') usedQuotes.add(trigger.span.open);
    const cueEnd = trigger.type === 'before' ? t.end : att.cueEnd;
    // «وتابع قائلا»: the verb and its participle are one cue.
    const prevCue = i > 0 ? ctx.cues[i - 1] : null;
    const cueStart = hit.kind === 'participle' && prevCue?.kind === 'verb' ? tokens[i - 1].start : t.start;
    push(content.kind, { start: cueStart, end: cueEnd }, content, speaker);
    if (content.unclosed && speaker.text) open = { paragraph: ctx.tokParagraph[i], speaker };
  }

  drafts.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
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
  doc.quotes = out;
}

/** The headline quote of the paragraph starting at token i; only its first few tokens are read. */
function headlineAt(ctx: QuoteContext, i: number) {
  const p = ctx.tokParagraph[i];
  let last = i;
  while (last < ctx.tokens.length && ctx.tokParagraph[last] === p && last - i <= MAX_HEADLINE_TOKENS) last++;
  return readHeadline(ctx, i, last);
}

/** Whether content mostly repeats a quote already found (a trailing «بحسب» after «قال … إن»). */
function overlapsDraft(drafts: readonly Draft[], c: Span): boolean {
  for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 8; k--) {
    const d = drafts[k].content;
    const shared = Math.min(d.end, c.end) - Math.max(d.start, c.start);
    if (shared > 0.5 * Math.min(d.end - d.start, c.end - c.start)) return true;
  }
  return false;
}
