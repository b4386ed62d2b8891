/**
 * Speakers: turning a delimited phrase into a typed `Speaker` (linked to the names stage's entity
 * when one overlaps it), and remembering who has spoken so a continuation (وأضاف، وتابعت، مضيفا…)
 * resolves to the right earlier speaker, by gender and number agreement and paragraph distance.
 */
import type { Speaker, SpeakerType } from '../types.js';
import type { Gender } from '../lang/ar/cues.js';
import type { QuoteContext } from './context.js';
import type { Token } from '../text/tokenize.js';
import { mentionsIn, tokenHolding } from './context.js';
import { W, hasArticle, headClass, is, isElative, isKnownHead, withoutConj } from './word-classes.js';
import { wordCount } from './quotations.js';

/** Characters trimmed off a speaker's start, and off its end. */
const TRIM_LEAD = new Set([...'«»“”„"\'‘’‹›([-–—:،,ـ']);
const TRIM_TAIL = new Set([...'„\'‘‹[-–—:،,.ـ']);
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || /\s/.test(ch);
const CLOSERS: Record<string, string> = { '»': '«', '”': '“', '’': '‘', '›': '‹', '"': '"' };

/** Trims marks and punctuation off a speaker span; a closing bracket stays only if it closes one inside. */
function trimSpeakerSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s < end && (TRIM_LEAD.has(text[s]) || isSpace(text[s]))) s++;
  let e = end;
  for (let guard = 0; guard < 4 && e > s; guard++) {
    const before = e;
    while (e > s && (TRIM_TAIL.has(text[e - 1]) || isSpace(text[e - 1]))) e--;
    const tail = before - e;
    const last = text[e - 1];
    const opener = last === ')' ? '(' : CLOSERS[last];
    // A closing mark stays only when it closes one inside the speaker («صحيفة «الشرق الأوسط»»).
    if (opener && (opener === last ? count(text, s, e, last) % 2 === 1 : text.lastIndexOf(opener, e - 1) < s)) e--;
    else if (tail === 0) break;
  }
  return [s, Math.max(s, e)];
}

function count(text: string, start: number, end: number, ch: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text[i] === ch) n++;
  return n;
}

/** «والي», «والد/والدة/والدته», «والدا»: words whose و is their first letter. */
const OWN_WAW = /^وال(ي|يا|د|دا|ده|دي|دها|دته|دين|دان)$/;

/**
 * «والصحيفة ذكرت أن»: a subject written with its conjunction is named without it (not «والي»,
 * «والد», whose و is their own).
 */
function withoutConjunction(ctx: QuoteContext, start: number, end: number): number {
  const t = ctx.tokens[tokenHolding(ctx, start)];
  if (!t || t.kind !== 'word' || t.start !== start || t.text[0] !== 'و' || end - start < 4) return start;
  const bare = withoutConj(t.norm);
  // («والتر برينر»: a person's name read after و keeps it, the reader knows the name with it.)
  if (mentionsIn(ctx, t.start, t.end).some((m) => m.type === 'person')) return start;
  return bare !== t.norm && hasArticle(bare) && !OWN_WAW.test(t.norm) ? start + 1 : start;
}

/**
 * A typed speaker for the text span [start, end). The names stage decides when it has a person or an
 * organization there; otherwise the phrase's head word does (مصدر → anonymous, تقرير → document…).
 */
export function makeSpeaker(ctx: QuoteContext, start: number, end: number): Speaker {
  [start, end] = trimSpeakerSpan(ctx.text, start, end);
  start = withoutConjunction(ctx, start, end);
  end = withoutDanglingWord(ctx, start, end);
  end = firstOfTwoNames(ctx, start, end);
  const text = ctx.text.slice(start, end);

  const { tokens } = ctx;
  // Head word: the first word token of the span.
  let head = '';
  let next = '';
  for (let k = tokenHolding(ctx, start); k < tokens.length && tokens[k].start < end; k++) {
    if (tokens[k].kind !== 'word') continue;
    if (!head) head = tokens[k].norm;
    else {
      next = tokens[k].norm;
      break;
    }
  }
  // («أحدث بيانات الوزارة»: an elative's genitive says what kind of speaker it is.)
  const cls = isElative(head) && next ? headClass(next) : headClass(head, next);
  const mentions = mentionsIn(ctx, start, end);
  // A person named inside an organization's phrase («وكالة الأنباء (واس)») is not who speaks.
  const person = mentions.find((m) => m.type === 'person' && (m.start === start || cls.title || !cls.organization));
  // An organization inside a longer phrase («القيادي بجماعة …») is where the speaker belongs, not who speaks.
  const org = mentions.find((m) => m.type === 'organization' && (m.start === start || cls.organization));
  const loc = mentions.find((m) => m.type === 'location' && m.start === start);
  let type: SpeakerType = 'unknown';
  let entityId: string | undefined;
  if (cls.anonymous && !person) type = 'anonymous';
  else if (cls.document && !person) type = 'document';
  else if (person) {
    type = 'person';
    entityId = person.entity.id;
  } else if (cls.title) type = 'person';
  else if (org) {
    type = 'organization';
    entityId = org.entity.id;
  } else if (cls.organization) type = 'organization';
  else if (loc) {
    type = 'location';
    entityId = loc.entity.id;
  } else if (cls.place) type = 'location';
  else if (wordCount(ctx.text, start, end) >= 2 && !hasArticle(head)) type = 'person';
  const sp: Speaker = { text, type, start, end };
  if (entityId) sp.entityId = entityId;
  return sp;
}

/**
 * «مصدر مقرب من», «لورا كينسبرغ محررة الشؤون السياسية في», «السائق … والذي»: a speaker phrase
 * cut before what a preposition or a relative pronoun at its end governs ends before that word.
 */
function withoutDanglingWord(ctx: QuoteContext, start: number, end: number): number {
  const { tokens } = ctx;
  let k = tokenHolding(ctx, end) - 1;
  while (k >= 0 && tokens[k].end > end) k--;
  let e = end;
  // («علي» written with ي is the name Ali, not «على».)
  const dangling = (t: Token) => t.kind === 'word' && is(t, W.PREPOSITION | W.RELATIVE) && !(t.norm === 'علي' && t.text !== 'على') && mentionsIn(ctx, t.start, t.end).length === 0;
  while (k >= 0 && tokens[k].start > start && dangling(tokens[k])) {
    e = tokens[k - 1].end;
    k--;
  }
  return e === end ? end : trimSpeakerSpan(ctx.text, start, e)[1];
}

/**
 * «دعت فرنسا روسيا إلى …»: two places or organizations side by side, nothing joining them, are the
 * subject and the verb's object; the speaker is the first. The names stage also splits two names
 * glued into one word («فرنساروسيا»), and the speaker ends inside that word.
 */
function firstOfTwoNames(ctx: QuoteContext, start: number, end: number): number {
  const ms = mentionsIn(ctx, start, end);
  if (ms.length < 2) return end;
  const [first, second] = ms;
  // «اتهم مادورو كولومبيا …», «وأبلغ سيلفا قناة إيفرتون»: a person, then a place or a body right
  // after (one that says what it is: «قناة …», «حزب …», «الأمم المتحدة»), is the object or the addressee.
  if (first.start !== start || second.type === 'person') return end;
  if (first.type === 'person' && second.type === 'organization' && !bodyByItsKind(ctx, second.start)) return end;
  if (first.entity.id === second.entity.id || second.start < first.end || second.start - first.end > 1) return end;
  if (second.start > first.end && !isSpace(ctx.text[first.end])) return end;
  return first.end;
}

/** An organization's name that opens with its kind («قناة», «حزب») or the article («الأمم المتحدة»). */
function bodyByItsKind(ctx: QuoteContext, start: number): boolean {
  const k = tokenHolding(ctx, start);
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && (hasArticle(t.norm) || headClass(t.norm, ctx.tokens[k + 1]?.norm).organization);
}

/**
 * Whether a speaker phrase plainly names someone: a name the names stage found at its start, or a
 * known speaker word (a title, an organization, an anonymous source, a document, a place). A
 * phrase read after a verb that reported nothing may be its object («ألقت القبض على …»): it is
 * remembered for later continuations only when it names someone so.
 */
export function namesSomeone(ctx: QuoteContext, sp: Speaker): boolean {
  if (sp.entityId || sp.resolved) return !!sp.text;
  if (sp.start === undefined || sp.end === undefined) return false;
  const k = tokenHolding(ctx, sp.start);
  const t = ctx.tokens[k];
  if (!t) return false;
  if (mentionsIn(ctx, t.start, t.end).length > 0) return true;
  const next = ctx.tokens[k + 1];
  return isKnownHead(headClass(t.norm, next && next.start < sp.end ? next.norm : undefined));
}


/** True when the phrase names several people (مسؤولون، شهود عيان): a plural continuation fits it. */
export function isHumanPlural(ctx: QuoteContext, sp: Speaker): boolean {
  if (sp.start === undefined) return false;
  const k = tokenHolding(ctx, sp.start);
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return false;
  const h = headClass(t.norm);
  if (h.plural) return true;
  // «محتجون», «المتظاهرون», «ناشطون»: a sound plural in the nominative (not «التلفزيون», «قانون»).
  const w = withoutConj(t.norm).replace(/^ال/, '');
  return w.length >= 6 && w.endsWith('ون') && !h.organization && !h.document && mentionsIn(ctx, t.start, t.end).length === 0;
}

export interface SpeakerRecord {
  speaker: Speaker;
  /** Agreement seen at the attribution (the verb's gender), null when unknown. */
  gender: Gender | null;
  plural: boolean;
  pos: number;
  sentence: number;
  paragraph: number;
  /** The document the attribution cited («في بيان»: بيان), and who issued it, for a later «وأضاف البيان». */
  cited?: { noun: string; issuer: Speaker };
}

export interface ResolveQuery {
  pos: number;
  sentence: number;
  paragraph: number;
  gender: Gender | null;
  plural: boolean;
  /** Look only in the query's own sentence. */
  sameSentenceOnly?: boolean;
}

/** How far back (in paragraphs) a continuation may look for its speaker. */
const MAX_PARAGRAPHS_BACK = 3;
/** How many earlier speakers a continuation considers: keeps resolution linear-time. */
const MAX_RECORDS_BACK = 64;

function agrees(r: SpeakerRecord, q: ResolveQuery): boolean {
  if (q.plural) return r.plural;
  if (q.gender === 'm') return r.gender !== 'f' && !r.plural;
  if (q.gender === 'f') return r.gender !== 'm';
  return true;
}

/** Everyone who has spoken so far, in text order. */
export class SpeakerMemory {
  private records: SpeakerRecord[] = [];

  private readonly counts = new Map<string, number>();

  add(r: SpeakerRecord): void {
    this.records.push(r);
    const key = r.speaker.entityId ?? r.speaker.text;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** How many times the speaker with this key (entity id, else text) has been remembered. */
  readonly spoken = (key: string): number => this.counts.get(key) ?? 0;

  /** Everyone remembered so far, in text order. */
  get all(): readonly SpeakerRecord[] {
    return this.records;
  }

  /**
   * The speaker a continuation refers to: the nearest agreeing speaker in the same sentence, then the
   * same paragraph, then the few paragraphs before; without an agreeing one, the nearest in the same
   * or the previous paragraph. Null when nobody has spoken nearby.
   */
  resolve(q: ResolveQuery): SpeakerRecord | null {
    const recs = this.records;
    const lo = Math.max(0, recs.length - MAX_RECORDS_BACK);
    const pick = (ok: (r: SpeakerRecord) => boolean): SpeakerRecord | null => {
      for (let k = recs.length - 1; k >= lo; k--) {
        const r = recs[k];
        if (r.pos >= q.pos) continue;
        if (ok(r)) return r;
      }
      return null;
    };
    const own = pick((r) => r.sentence === q.sentence && agrees(r, q));
    if (own || q.sameSentenceOnly) return own;
    return (
      pick((r) => r.paragraph === q.paragraph && agrees(r, q)) ??
      pick((r) => r.paragraph < q.paragraph && q.paragraph - r.paragraph <= MAX_PARAGRAPHS_BACK && agrees(r, q)) ??
      pick((r) => q.paragraph - r.paragraph <= 1)
    );
  }
}

/** The speaker of a continuation: the earlier speaker's name and link, without a position. */
export function resolvedSpeaker(r: SpeakerRecord | null): Speaker {
  return r ? continued(r.speaker) : { text: '', type: 'unknown', resolved: true };
}

/** The same speaker again, for a later quote: name, type and link, no position. */
export function continued(sp: Speaker): Speaker {
  const s: Speaker = { text: sp.text, type: sp.type, resolved: true };
  if (sp.entityId) s.entityId = sp.entityId;
  return s;
}
