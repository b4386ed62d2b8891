/**
 * Speakers that point back: «وأكد الأخير», «وأضاف الوزير», «وقال المسؤول», «وأضاف البيان». The
 * phrase names nobody new — it refers to someone named earlier, and the quote is that person's
 * (so the popup groups it with the others, through the same entity):
 *
 * - «الأخير» (the latter) is the person named last before the cue, «الأول» (the former) the one
 *   named before that;
 * - a bare role («الوزير», «أمين عام المنظمة») is the latest earlier speaker — or person the names
 *   stage gave that role — whose description holds every word of it;
 * - a document named by its noun («البيان», «التقرير») is whoever issued the document of that
 *   name an earlier attribution cited («قالت الوزارة في بيان …»).
 */
import type { Entity, Speaker } from '../types.js';
import type { QuoteContext } from './context.js';
import { firstTokenFrom, inMention, isPunct, lastMentionBefore } from './context.js';
import type { SpeakerRecord } from './speakers.js';
import { continued } from './speakers.js';
import { normalizeWord } from '../text/normalize.js';
import { W, hasArticle, headClass, isWord, withoutConj } from './word-classes.js';

/** How far back (in characters) a role may point to an earlier speaker: most of a long article. */
const MAX_DISTANCE = 12000;
/** How far back «الأخير» or a role may point to a name that has not spoken: a paragraph or two. */
const MAX_NAME_DISTANCE = 2000;

/** The words of a description, as compared: normalized, without clitics, article or feminine ending. */
function stems(ctx: QuoteContext, start: number, end: number): string[] {
  const out: string[] = [];
  for (let k = firstTokenFrom(ctx, start); k < ctx.tokens.length && ctx.tokens[k].start < end; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'word') out.push(stemOf(t.norm));
  }
  return out;
}

function stemOf(norm: string): string {
  // The article goes, with a conjunction before it («والوزير»); a word merely starting with و stays («وزير»).
  // The feminine ending stays: «الوزيرة» is not «الوزير».
  // «للاتحاد» is «الاتحاد» behind the preposition: a role governs either.
  const w = withoutConj(norm);
  if (w.length > 4 && w.startsWith('لل')) return w.slice(2);
  return hasArticle(norm) ? w.slice(2) : norm;
}

/** A document noun as compared («البيان», «بيان» → بيان; «المذكرة», «مذكرة» → مذكر). */
export const stemOfDocument = (norm: string): string => {
  const s = stemOf(norm);
  return s.length > 3 && s.endsWith('ه') ? s.slice(0, -1) : s;
};

function wordsOf(text: string): string[] {
  return text.split(/[\s،,()«»"]+/).filter(Boolean);
}

/**
 * The earlier speaker (or named person) the phrase [start, end) points back to, as a resolved
 * speaker; null when the phrase names someone of its own.
 */
export function pointsBack(ctx: QuoteContext, speaker: Speaker, records: readonly SpeakerRecord[]): Speaker | null {
  if (speaker.entityId || speaker.start === undefined || speaker.end === undefined) return null;
  const { start, end } = speaker;
  const words = wordsOf(speaker.text);
  if (words.length === 0 || words.length > 4) return null;
  const first = ctx.tokens[firstTokenFrom(ctx, start)];
  if (!first || first.kind !== 'word') return null;
  if (words.length === 1 && isWord(first.norm, W.ANAPHOR)) return latterOrFormer(ctx, first.norm, start);
  // Only a definite description can point back («الوزير», not «وزير جديد» said anew). A title
  // made definite by what it governs («وزير الخارجية», «أمين عام المنظمة») is one too.
  const cls = headClass(first.norm);
  if (!hasArticle(first.norm) && !(cls.title && words.length > 1 && governsDefinite(ctx, start, end))) return null;
  if (cls.document && words.length === 1) return issuerOf(ctx, stemOfDocument(first.norm), records, start);
  if (!cls.title && !cls.anonymous) return null;
  return describedBefore(ctx, stems(ctx, start, end), records, start);
}

/**
 * Whether a title's head is made definite by what follows it in the phrase: a word with the
 * article or a name («وزير الخارجية», «أمين عام أوبك»).
 */
function governsDefinite(ctx: QuoteContext, start: number, end: number): boolean {
  for (let k = firstTokenFrom(ctx, start) + 1; k < ctx.tokens.length && ctx.tokens[k].start < end; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'word' && (hasArticle(t.norm) || inMention(ctx, t.start))) return true;
  }
  return false;
}

/** «الأخير»: the person named last before `pos`; «الأول»: the one named before that. */
function latterOrFormer(ctx: QuoteContext, norm: string, pos: number): Speaker | null {
  const former = stemOf(norm).startsWith('اول');
  const seen: string[] = [];
  // (Mentions at or after pos are passed over: start from the last one before it.)
  for (let k = lastMentionBefore(ctx, pos); k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.start >= pos || m.type !== 'person') continue;
    if (pos - m.end > MAX_NAME_DISTANCE) break;
    if (seen.includes(m.entity.id)) continue;
    seen.push(m.entity.id);
    if (seen.length === (former ? 2 : 1)) return { text: m.entity.name, type: 'person', entityId: m.entity.id, resolved: true };
  }
  return null;
}

/**
 * The stems of a description's words (`describedBefore` compares a role with every earlier
 * speaker's description, and the same few descriptions come back cue after cue).
 */
const stemSets = new Map<string, ReadonlySet<string>>();
function stemSet(text: string): ReadonlySet<string> {
  let have = stemSets.get(text);
  if (!have) {
    have = new Set(wordsOf(text).map((w) => stemOf(normalizeWord(w))));
    if (stemSets.size >= 10_000) stemSets.clear();
    stemSets.set(text, have);
  }
  return have;
}

/** The document's entities by id, for the context being read (built on first use). */
const entityIndex = new WeakMap<QuoteContext, Map<string, Entity>>();
function entityById(ctx: QuoteContext, id: string): Entity | undefined {
  let byId = entityIndex.get(ctx);
  if (!byId) {
    byId = new Map();
    // The first entity with an id, as a search through the list finds it.
    for (const e of ctx.doc.entities) if (!byId.has(e.id)) byId.set(e.id, e);
    entityIndex.set(ctx, byId);
  }
  return byId.get(id);
}

/** A bare role: the latest earlier speaker, or person given that role, described with all its words. */
function describedBefore(ctx: QuoteContext, role: string[], records: readonly SpeakerRecord[], pos: number): Speaker | null {
  const holds = (text: string) => {
    const have = stemSet(text);
    return role.every((r) => have.has(r));
  };
  for (let k = records.length - 1; k >= 0; k--) {
    const r = records[k];
    if (r.pos >= pos) continue;
    if (pos - r.pos > MAX_DISTANCE) break;
    const sp = r.speaker;
    if (!sp.text || sp.resolved) continue;
    const entity = sp.entityId ? entityById(ctx, sp.entityId) : undefined;
    if (holds(sp.text) || (entity?.role && holds(entity.role))) return continued(sp);
  }
  // A person the names stage gave that role, named before («… الأمين العام محمد باركيندو …»).
  for (let k = lastMentionBefore(ctx, pos); k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.start >= pos || m.type !== 'person' || !m.entity.role) continue;
    if (pos - m.end > MAX_NAME_DISTANCE) break;
    if (holds(m.entity.role)) return { text: m.entity.name, type: 'person', entityId: m.entity.id, resolved: true };
  }
  return null;
}

/**
 * «وأضاف البيان»: whoever issued the earlier-cited document of that name — or, when no attribution
 * cited it, the owner written with it earlier in the text («تقرير موقع "ماكلاتشي"», «بيان أصدره
 * الرئيس …», «دراسة لجامعة …»).
 */
function issuerOf(ctx: QuoteContext, noun: string, records: readonly SpeakerRecord[], pos: number): Speaker | null {
  for (let k = records.length - 1; k >= 0; k--) {
    const r = records[k];
    if (r.pos >= pos) continue;
    if (pos - r.pos > MAX_DISTANCE) break;
    if (r.cited?.noun === noun && r.cited.issuer.text) return continued(r.cited.issuer);
  }
  return ownerWrittenBefore(ctx, noun, pos);
}

/** Most tokens from a document's owner word to the name it introduces («موقع "ماكلاتشي" الإخباري»). */
const MAX_OWNER_TOKENS = 4;

/** A kind («موقع», «صحيفة») or a title («الرئيس») that the name after it belongs to. */
function introducesName(norm: string): boolean {
  const h = headClass(withoutConj(norm));
  return h.title || h.organization || isWord(norm, W.NAME_TAKING);
}

/** Verbs of issuing with the document as their object pronoun: «بيان أصدره …», «تقرير نشرته …». */
const ISSUING = /^(اصدر|نشر|اعد|بث|وزع|اطلق|كتب|قدم)(ه|ها|ته|تها)$/;

/** The person or body named as the owner of the last earlier mention of the document noun. */
function ownerWrittenBefore(ctx: QuoteContext, noun: string, pos: number): Speaker | null {
  const { tokens } = ctx;
  for (let k = firstTokenFrom(ctx, pos) - 1; k >= 0 && pos - tokens[k].start <= MAX_NAME_DISTANCE; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || !headClass(withoutConj(t.norm)).document || stemOfDocument(t.norm) !== noun) continue;
    let j = k + 1;
    // («البيان الرسمي الصادر عن …» is read past its adjective; «بيان أصدره …» past its verb.)
    if (tokens[j]?.kind === 'word' && hasArticle(tokens[j].norm) && !inMention(ctx, tokens[j].start)) j++;
    if (tokens[j]?.kind === 'word' && ISSUING.test(tokens[j].norm)) j++;
    const owner = tokens[j];
    // («بيان بموقع "تويتر"»: where it was published, not who issued it.)
    if (!owner || owner.kind !== 'word' || (owner.norm.startsWith('ب') && (introducesName(owner.norm.slice(1)) || inMention(ctx, owner.start + 1)))) return null;
    // The name starts with the owner word, right behind its ل («لوزارة الصحة»), or after the kind
    // or title that introduces it («موقع "ماكلاتشي"», «الرئيس سامر خليل»).
    let end = j;
    while (end < tokens.length && end < j + MAX_OWNER_TOKENS && (tokens[end].kind === 'word' || isPunct(tokens[end], '"«“'))) end++;
    const limit = tokens[end - 1].end;
    const m = ctx.mentions.find((x) => x.start >= owner.start && x.start < limit && x.type !== 'location');
    if (!m || (m.start >= owner.end && !introducesName(owner.norm))) return null;
    return { text: m.entity.name, type: m.type, entityId: m.entity.id, resolved: true };
  }
  return null;
}
