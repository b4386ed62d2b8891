/**
 * Who speaks when a cue names nobody (وأضاف، وتابعت، مضيفا، قالوا…): the candidates are the
 * speakers remembered so far, the people and organizations named nearby, and the subject of the
 * sentence's own verb; each is described by a few features (how near, whether it agrees with the
 * verb, what kind of name it is, whether it has spoken) and the best scoring one speaks.
 *
 * The weights are learned from the annotated training articles (scripts/train-quote-speakers.ts,
 * ../shared/quotes-train; models/quote-speaker.json) — the hand-written rule this replaces (the
 * nearest agreeing speaker) is one of the features, so the model starts from it and learns when
 * to prefer someone else.
 */
import type { Speaker } from '../types.js';
import type { Gender } from '../lang/ar/cues.js';
import type { QuoteContext } from './context.js';
import { lastMentionBefore, tokenHolding } from './context.js';
import type { SpeakerRecord } from './speakers.js';
import { continued, makeSpeaker } from './speakers.js';
import model from '../models/quote-speaker.json' with { type: 'json' };

/** One way to say who speaks, with what the features read off it. */
export interface Candidate {
  speaker: Speaker;
  /** Agreement the candidate showed when it spoke (null: unknown, e.g. a name never quoted). */
  gender: Gender | null;
  plural: boolean;
  pos: number;
  sentence: number;
  paragraph: number;
  from: 'record' | 'mention' | 'subject';
  /** Rank among candidates of its kind, most recent first. */
  rank: number;
  /** How many quotes this speaker has so far (0 for a name never quoted). */
  spoken: number;
  /** The subject of the sentence's own first verb (found as such, or also remembered / named). */
  subject?: boolean;
}

export interface ResolveAt {
  pos: number;
  sentence: number;
  paragraph: number;
  gender: Gender;
  plural: boolean;
  participle: boolean;
}

/** Names of the features, in the order of the model's weights. */
export const FEATURES = [
  'bias',
  'record',
  'mention',
  'subject',
  'rank0',
  'rank1',
  'rank2',
  'rank3+',
  'sameSentence',
  'sameParagraph',
  'previousParagraph',
  'fartherParagraph',
  'genderAgrees',
  'genderDisagrees',
  'numberAgrees',
  'numberDisagrees',
  'person',
  'organization',
  'location',
  'anonymous',
  'document',
  'untyped',
  'entity',
  'spoken',
  'spokenTwice',
  'participleSameSentence',
  'nearestAgreeingRecord',
  'resolvedRecord',
  'participleSubject',
  'verbSubject',
] as const;

const WEIGHTS: readonly number[] = (model as { weights: number[] }).weights;

/** How far back candidates are looked for. */
const MAX_PARAGRAPHS_BACK = 3;
const MAX_RECORDS = 8;
const MAX_MENTIONS = 6;

function agrees(c: { gender: Gender | null; plural: boolean }, q: ResolveAt): { gender: number; number: number } {
  const gender = c.gender === null ? 0 : c.plural || q.plural ? 0 : c.gender === q.gender ? 1 : -1;
  const number = c.gender === null && !c.plural ? 0 : c.plural === q.plural ? 1 : -1;
  return { gender, number };
}

const INDEX: Readonly<Record<(typeof FEATURES)[number], number>> = Object.fromEntries(FEATURES.map((f, k) => [f, k])) as Record<(typeof FEATURES)[number], number>;

/**
 * The features of one candidate for the cue described by q that are on (each is 0 or 1), in the
 * order of FEATURES: enough to score it without a row of zeros.
 */
function activeFeatures(c: Candidate, q: ResolveAt, nearestAgreeing: boolean): number[] {
  const on: number[] = [];
  on.push(INDEX.bias);
  on.push(INDEX[c.from]);
  on.push(INDEX[c.rank === 0 ? 'rank0' : c.rank === 1 ? 'rank1' : c.rank === 2 ? 'rank2' : 'rank3+']);
  if (c.sentence === q.sentence) on.push(INDEX.sameSentence);
  else if (c.paragraph === q.paragraph) on.push(INDEX.sameParagraph);
  else if (q.paragraph - c.paragraph === 1) on.push(INDEX.previousParagraph);
  else on.push(INDEX.fartherParagraph);
  const a = agrees(c, q);
  if (a.gender > 0) on.push(INDEX.genderAgrees);
  if (a.gender < 0) on.push(INDEX.genderDisagrees);
  if (a.number > 0) on.push(INDEX.numberAgrees);
  if (a.number < 0) on.push(INDEX.numberDisagrees);
  const type = c.speaker.type;
  on.push(INDEX[type === 'unknown' ? 'untyped' : type]);
  if (c.speaker.entityId) on.push(INDEX.entity);
  if (c.spoken > 0) on.push(INDEX.spoken);
  if (c.spoken > 1) on.push(INDEX.spokenTwice);
  if (q.participle && c.sentence === q.sentence) on.push(INDEX.participleSameSentence);
  if (nearestAgreeing) on.push(INDEX.nearestAgreeingRecord);
  if (c.speaker.resolved) on.push(INDEX.resolvedRecord);
  // «ووصل الوزير …، مؤكدا أن»: a participle agrees with the subject of its sentence's own verb.
  if (q.participle && c.subject) on.push(INDEX.participleSubject);
  // «وأبرزت الغرفة …، وقالت إن»: a second verb in a sentence shares its first verb's subject.
  if (!q.participle && c.subject) on.push(INDEX.verbSubject);
  return on;
}

/** The features of one candidate for the cue described by q. */
function featuresOf(c: Candidate, q: ResolveAt, nearestAgreeing: boolean): number[] {
  const f = new Array<number>(FEATURES.length).fill(0);
  for (const k of activeFeatures(c, q, nearestAgreeing)) f[k] = 1;
  return f;
}

export function score(features: readonly number[], weights: readonly number[] = WEIGHTS): number {
  let s = 0;
  for (let k = 0; k < features.length; k++) s += features[k] * (weights[k] ?? 0);
  return s;
}

/** The identity of a speaker for counting and grouping: its entity, else its text. */
const keyOf = (sp: Speaker): string => sp.entityId ?? sp.text;

/** The candidates for a cue that names nobody, most likely first by the hand rule's order. */
export function candidatesFor(
  ctx: QuoteContext,
  q: ResolveAt,
  records: readonly SpeakerRecord[],
  subject: [number, number] | null,
  spokenCount: (key: string) => number,
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Map<string, Candidate>();
  const spoken = { get: spokenCount };
  let rank = 0;
  for (let k = records.length - 1; k >= 0 && rank < MAX_RECORDS; k--) {
    const r = records[k];
    if (r.pos >= q.pos || !r.speaker.text) continue;
    if (q.paragraph - r.paragraph > MAX_PARAGRAPHS_BACK) break;
    const key = keyOf(r.speaker);
    if (seen.has(key)) continue;
    const c: Candidate = { speaker: r.speaker, gender: r.gender, plural: r.plural, pos: r.pos, sentence: r.sentence, paragraph: r.paragraph, from: 'record', rank: rank++, spoken: spoken.get(key) ?? 0 };
    seen.set(key, c);
    out.push(c);
  }
  rank = 0;
  // «لكن X بدا حذرا إزاء مواجهة Y، متوقعا أن»: a participle goes with its sentence's subject; a
  // name after that subject in the sentence is the verb's object or a place in it.
  // («وأشار لوجود ممثل العراق لدى اليونسكو …، مضيفا»: with no subject written in its sentence, a
  // name there is the verb's object; the one who goes on is someone who spoke before, when anyone has.)
  const sentenceStart = ctx.tokens[ctx.sentFirst[q.sentence]]?.start ?? 0;
  const afterSubject = q.participle ? (subject ? ctx.tokens[subject[1] - 1].end : out.length > 0 ? sentenceStart : Infinity) : Infinity;
  for (let k = lastMentionBefore(ctx, q.pos); k >= 0 && rank < MAX_MENTIONS; k--) {
    const m = ctx.mentions[k];
    if (m.start >= q.pos || m.type === 'location' || m.start >= afterSubject) continue;
    const tok = tokenAt(ctx, m.start);
    const paragraph = ctx.tokParagraph[tok];
    if (q.paragraph - paragraph > 1) break;
    const sp: Speaker = { text: m.entity.name, type: m.type, entityId: m.entity.id, resolved: true };
    if (seen.has(keyOf(sp))) continue;
    const c: Candidate = { speaker: sp, gender: null, plural: false, pos: m.start, sentence: ctx.tokSentence[tok], paragraph, from: 'mention', rank: rank++, spoken: 0 };
    seen.set(keyOf(sp), c);
    out.push(c);
  }
  if (subject) {
    const sp = makeSpeaker(ctx, ctx.tokens[subject[0]].start, ctx.tokens[subject[1] - 1].end);
    const known = seen.get(keyOf(sp));
    if (known) known.subject = true;
    else if (sp.text) out.push({ speaker: sp, gender: null, plural: false, pos: sp.start ?? q.pos, sentence: q.sentence, paragraph: q.paragraph, from: 'subject', rank: 0, spoken: spoken.get(keyOf(sp)) ?? 0, subject: true });
  }
  return out;
}

/** The record the hand rule would pick: the nearest agreeing speaker (quotes/speakers.ts). */
function nearestAgreeing(cands: readonly Candidate[], q: ResolveAt): Candidate | null {
  for (const c of cands) {
    if (c.from !== 'record') continue;
    const a = agrees(c, q);
    if (a.gender >= 0 && a.number >= 0) return c;
  }
  return null;
}

/** Every candidate with its features, for scoring or for training. */
export function featureRows(cands: readonly Candidate[], q: ResolveAt): number[][] {
  const rule = nearestAgreeing(cands, q);
  return cands.map((c) => featuresOf(c, q, c === rule));
}

/**
 * The shipped weights are all finite, so a feature that is off adds exactly nothing to a score
 * (0 × w is ±0, and a sum that starts at +0 never is −0): the sum over the features that are on is
 * the same number.
 */
const FINITE_WEIGHTS = WEIGHTS.every((w) => Number.isFinite(w));

/** `score` of a candidate's features, from the features that are on. */
function scoreOf(c: Candidate, q: ResolveAt, nearestAgreeing: boolean, weights: readonly number[]): number {
  if (weights !== WEIGHTS || !FINITE_WEIGHTS) return score(featuresOf(c, q, nearestAgreeing), weights);
  let s = 0;
  for (const k of activeFeatures(c, q, nearestAgreeing)) s += weights[k] ?? 0;
  return s;
}

/** The best scoring candidate, or null when there is none. */
export function pickCandidate(cands: readonly Candidate[], q: ResolveAt, weights: readonly number[] = WEIGHTS): Candidate | null {
  if (cands.length === 0) return null;
  const rule = nearestAgreeing(cands, q);
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < cands.length; k++) {
    const s = scoreOf(cands[k], q, cands[k] === rule, weights);
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  }
  return cands[best];
}

/** The speaker of a candidate, as a later quote shows it. */
export function candidateSpeaker(c: Candidate): Speaker {
  return c.from === 'subject' ? c.speaker : continued(c.speaker);
}

function tokenAt(ctx: QuoteContext, pos: number): number {
  return Math.min(tokenHolding(ctx, pos), ctx.tokens.length - 1);
}
