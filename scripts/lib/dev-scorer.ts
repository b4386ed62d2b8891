/**
 * Scoring the engine against the dev set's gold, exactly as ../shared/dev/README.md describes:
 *
 * - Quotes: a prediction matches a gold quote when their content spans share at least 30% of the
 *   longer span's characters; each gold quote and each prediction is matched at most once (required
 *   gold quotes first, best overlaps first). Optional gold quotes are never misses, and a prediction
 *   matching one is neither right nor wrong. Speaker right: the predicted speaker text, or the
 *   canonical name of the entity it links to, normalized, equals or is contained in a normalized gold
 *   speaker form, or contains one with at most 8 more words. End-to-end counts a quote when matched
 *   and right.
 * - Entities, per article and type: a gold entity is found when a predicted entity of the same type
 *   has a name or mention equal (normalized) to one of its forms; precision likewise the other way.
 * - Numbers: every predicted mention becomes the items the gold would list (a range its two bounds,
 *   a date its day, month and year); a gold number is found when an item overlaps its text with the
 *   same value; its counted noun is right when the predicted counted text contains or is contained in
 *   the gold one (or the gold's counted word, a % sign or a month, lies inside a predicted percentage
 *   or date). Items the gold never lists are not counted against precision when unmatched: ordinals,
 *   weekdays and relative days, date parts, bare duals; vague plurals are dropped on both sides.
 *
 * Pure functions over an Analysis and a DevArticle, so every eval script and test shares them.
 */
import type { Analysis, Entity, NumberMention, Quote } from '../../src/engine/types.js';
import type { DevArticle, GoldNumber, GoldQuote } from './dev-gold.js';

const MATCH_OVERLAP = 0.3;

/**
 * The README's normalization: diacritics and tatweel removed, أ إ آ → ا, ى → ي, ة → ه, one leading
 * clitic letter (و ف ب ل ك) dropped from a first word long enough to carry one; spaces collapsed.
 */
export function normalizeForm(s: string): string {
  let t = s
    .replace(/[\u064B-\u065F\u0670\u0640\u200c\u200d\u200e\u200f]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[«»“”"()\[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const first = t.split(' ')[0] ?? '';
  if (first.length > 3 && 'وفبلك'.includes(first[0])) t = t.slice(1);
  return t;
}

export interface PRF {
  /** Predictions that are right (precision's numerator). */
  tp: number;
  /** Gold items found (recall's numerator); differs from tp only when matching is not one-to-one. */
  tpGold: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(tp: number, predicted: number, gold: number, tpGold = tp): PRF {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tpGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, tpGold, predicted, gold, precision, recall, f1 };
}

export function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return shared <= 0 || longer <= 0 ? 0 : shared / longer;
}

/** Most extra words a predicted speaker may carry around a gold form (a role, not a clause). */
const SPEAKER_EXTRA_WORDS = 8;

const wordCount = (s: string) => (s ? s.split(' ').length : 0);

/** One predicted speaker string against a gold quote's forms, by the README's rule. */
export function speakerRight(predicted: string, gold: GoldQuote): boolean {
  const p = normalizeForm(predicted);
  if (!p) return false;
  const forms = [gold.speaker, ...gold.speaker_forms].map(normalizeForm).filter(Boolean);
  return forms.some((g) => g === p || g.includes(p) || (p.includes(g) && wordCount(p) - wordCount(g) <= SPEAKER_EXTRA_WORDS));
}

/** The speaker is right as written, or through the canonical name of the entity it links to. */
function quoteSpeakerRight(quote: Quote, gold: GoldQuote, entities: readonly Entity[] = []): boolean {
  if (speakerRight(quote.speaker.text, gold)) return true;
  const entity = quote.speaker.entityId ? entities.find((e) => e.id === quote.speaker.entityId) : undefined;
  return !!entity && speakerRight(entity.name, gold);
}

interface QuoteMatch {
  gold: GoldQuote;
  /** The matched prediction, or null when the gold quote was missed. */
  predicted: Quote | null;
  overlap: number;
  speakerRight: boolean;
}

export interface QuoteScore {
  /** One per required gold quote. */
  matches: QuoteMatch[];
  /** Predictions that match no gold quote, required or optional. */
  spurious: Quote[];
  /** Predictions that match an optional gold quote: neither right nor wrong. */
  optional: Quote[];
  detection: PRF;
  /** Speaker accuracy among matched quotes. */
  speakerAccuracy: number;
  endToEnd: PRF;
  /** Per kind: recall over gold of that kind, precision over predictions of that kind. */
  byKind: Record<'direct' | 'indirect', { detection: PRF; endToEnd: PRF; speakerAccuracy: number }>;
}

/** Greedy one-to-one matching by overlap, best first, among the gold quotes and predictions still free. */
function matchByOverlap(gold: readonly GoldQuote[], golds: readonly number[], predicted: readonly Quote[], pUsed: Set<number>): Map<number, { p: number; r: number }> {
  const pairs: { g: number; p: number; r: number }[] = [];
  for (const gi of golds) {
    const g = gold[gi];
    if (g.start < 0) continue;
    predicted.forEach((p, pi) => {
      if (pUsed.has(pi)) return;
      const r = overlapRatio(g, p.content);
      if (r >= MATCH_OVERLAP) pairs.push({ g: gi, p: pi, r });
    });
  }
  pairs.sort((a, b) => b.r - a.r || a.g - b.g || a.p - b.p);
  const gUsed = new Map<number, { p: number; r: number }>();
  for (const x of pairs) {
    if (gUsed.has(x.g) || pUsed.has(x.p)) continue;
    gUsed.set(x.g, { p: x.p, r: x.r });
    pUsed.add(x.p);
  }
  return gUsed;
}

/**
 * Quotes of one article. `entities` lets a speaker be right through its linked entity's name; pass
 * the analysis's entities (or none, to judge the speaker text alone).
 */
export function scoreQuotes(article: DevArticle, predicted: readonly Quote[], entities: readonly Entity[] = []): QuoteScore {
  const all = article.quotes.map((_, i) => i);
  const requiredIdx = all.filter((i) => !article.quotes[i].optional);
  const optionalIdx = all.filter((i) => article.quotes[i].optional);
  const pUsed = new Set<number>();
  const required = matchByOverlap(article.quotes, requiredIdx, predicted, pUsed);
  const optionalHit = new Set([...matchByOverlap(article.quotes, optionalIdx, predicted, pUsed).values()].map((m) => m.p));
  const matches: QuoteMatch[] = requiredIdx.map((gi) => {
    const g = article.quotes[gi];
    const m = required.get(gi);
    const p = m ? predicted[m.p] : null;
    return { gold: g, predicted: p, overlap: m?.r ?? 0, speakerRight: !!p && quoteSpeakerRight(p, g, entities) };
  });
  // Predictions that count: everything but those matching an optional gold quote.
  const counted = predicted.filter((_, pi) => !optionalHit.has(pi));
  const spurious = predicted.filter((_, pi) => !pUsed.has(pi));
  const summarize = (ms: QuoteMatch[], preds: readonly Quote[]) => {
    const matched = ms.filter((m) => m.predicted);
    const right = matched.filter((m) => m.speakerRight);
    return {
      detection: prf(matched.length, preds.length, ms.length),
      endToEnd: prf(right.length, preds.length, ms.length),
      speakerAccuracy: matched.length === 0 ? 1 : right.length / matched.length,
    };
  };
  const kindScore = (kind: 'direct' | 'indirect') => {
    const preds = counted.filter((p) => p.kind === kind);
    const predMatched = matches.filter((m) => m.predicted && m.predicted.kind === kind);
    const goldOfKind = matches.filter((m) => m.gold.kind === kind);
    const matchedOfKind = goldOfKind.filter((m) => m.predicted);
    const rightOfKind = matchedOfKind.filter((m) => m.speakerRight);
    return {
      detection: prf(predMatched.length, preds.length, goldOfKind.length, matchedOfKind.length),
      endToEnd: prf(predMatched.filter((m) => m.speakerRight).length, preds.length, goldOfKind.length, rightOfKind.length),
      speakerAccuracy: matchedOfKind.length === 0 ? 1 : rightOfKind.length / matchedOfKind.length,
    };
  };
  return {
    matches,
    spurious,
    optional: predicted.filter((_, pi) => optionalHit.has(pi)),
    ...summarize(matches, counted),
    byKind: { direct: kindScore('direct'), indirect: kindScore('indirect') },
  };
}

export interface Tally {
  tp: number;
  tpGold: number;
  predicted: number;
  gold: number;
}

export const emptyTally = (): Tally => ({ tp: 0, tpGold: 0, predicted: 0, gold: 0 });

export function addTally(t: Tally, s: PRF): void {
  t.tp += s.tp;
  t.predicted += s.predicted;
  t.gold += s.gold;
  t.tpGold += s.tpGold;
}

export const tallyPRF = (t: Tally): PRF => prf(t.tp, t.predicted, t.gold, t.tpGold);

export interface EntityScore {
  byType: Record<'person' | 'organization' | 'location', PRF>;
  all: PRF;
  missed: { type: string; forms: string[] }[];
  spurious: { type: string; name: string }[];
}

export function scoreEntities(article: DevArticle, analysis: Analysis): EntityScore {
  const types = ['person', 'organization', 'location'] as const;
  const byType = {} as EntityScore['byType'];
  const missed: EntityScore['missed'] = [];
  const spurious: EntityScore['spurious'] = [];
  let tp = 0;
  let tpGold = 0;
  let nPred = 0;
  let nGold = 0;
  for (const type of types) {
    const gold = article.entities.filter((e) => e.type === type).map((e) => ({ e, forms: new Set(e.forms.map(normalizeForm)) }));
    const pred = analysis.entities.filter((e) => e.type === type).map((e) => ({ e, names: new Set([e.name, ...e.mentions.map((m) => m.text)].map(normalizeForm)) }));
    const found = gold.filter((g) => pred.some((p) => [...p.names].some((n) => g.forms.has(n))));
    const correct = pred.filter((p) => gold.some((g) => [...p.names].some((n) => g.forms.has(n))));
    for (const g of gold) if (!found.includes(g)) missed.push({ type, forms: g.e.forms });
    for (const p of pred) if (!correct.includes(p)) spurious.push({ type, name: p.e.name });
    byType[type] = prf(correct.length, pred.length, gold.length, found.length);
    tp += correct.length;
    tpGold += found.length;
    nPred += pred.length;
    nGold += gold.length;
  }
  return { byType, all: prf(tp, nPred, nGold, tpGold), missed, spurious };
}

export interface NumberScore {
  detection: PRF;
  /** Counted noun right among found gold numbers that have one. */
  counted: { right: number; total: number };
  /** Approximation word right (the predicted one contains the gold's) among found gold numbers that have one. */
  approx: { right: number; total: number };
  /** Gold numbers found whose counted noun, when they have one, is right too (value + noun). */
  withNoun: PRF;
  missed: string[];
  /** Predicted items that count against precision and match no gold number. */
  extra: string[];
}

/** What a prediction stands for in the gold's terms: one value, which part of the mention it is. */
interface NumberItem {
  mention: NumberMention;
  value: number;
  /** Never counted against precision when it matches nothing (the gold does not list such items). */
  free: boolean;
}

const hasDigit = (s: string) => /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(s);
/** On the normalized form, which has already lost one leading clitic letter. */
const VAGUE_PLURAL = /^(?:ال)?(?:عشرات|مئات|الاف|الوف|ملايين|مليارات)(?: |$)/;

/** «عشرات»، «مئات»، «آلاف» without a digit: neither required nor counted against precision. */
function isVaguePlural(text: string): boolean {
  return !hasDigit(text) && VAGUE_PLURAL.test(normalizeForm(text));
}

/** A dual noun read as 2 («يومين»): a number word for two («اثنين») is not such a dual. */
const isBareDual = (m: NumberMention) => m.value === 2 && !hasDigit(m.text) && !/^[وفب]?(?:ال)?(?:اثن|إثن|ثنت)/.test(m.text);

/** The items the gold would list for one predicted mention. */
export function numberItems(m: NumberMention): NumberItem[] {
  if (m.kind === 'date' && m.date) {
    const { day, month, year } = m.date;
    const parts = [day, month, year].filter((v): v is number => v !== undefined);
    // A weekday or a relative day: no numeric part, never listed.
    if (parts.length === 0) return [{ mention: m, value: m.value, free: true }];
    return parts.map((value) => ({ mention: m, value, free: true }));
  }
  if (m.to !== undefined) return [{ mention: m, value: m.value, free: false }, { mention: m, value: m.to, free: false }];
  return [{ mention: m, value: m.value, free: m.kind === 'ordinal' || isBareDual(m) }];
}

export function scoreNumbers(article: DevArticle, analysis: Pick<Analysis, 'numbers'>): NumberScore {
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const text = article.text;
  const gold = article.numbers.filter((g) => !isVaguePlural(g.text));
  // A vague plural after an approximation («ما يصل إلى عشرات الآلاف») does not start with the
  // plural: the engine marks it `vague`.
  const items = analysis.numbers.filter((m) => !m.vague && !isVaguePlural(m.text)).flatMap(numberItems);
  // Every place the gold's text occurs: a short text («2») listed once may sit anywhere.
  const placesOf = (g: GoldNumber): { start: number; end: number }[] => {
    const out = g.start >= 0 ? [{ start: g.start, end: g.end }] : [];
    for (let at = text.indexOf(g.text); at >= 0 && g.text; at = text.indexOf(g.text, at + 1)) if (at !== g.start) out.push({ start: at, end: at + g.text.length });
    return out;
  };
  const usedItems = new Set<NumberItem>();
  const hitOf = new Map<GoldNumber, { item: NumberItem; place: { start: number; end: number } }>();
  // Gold numbers at their located place first, then anywhere their text occurs.
  for (const pass of [0, 1]) {
    for (const g of gold) {
      if (hitOf.has(g)) continue;
      const places = placesOf(g);
      for (const place of pass === 0 ? places.slice(0, 1) : places.slice(1)) {
        const item = items.find((it) => !usedItems.has(it) && overlaps(it.mention, place) && same(it.value, g.value));
        if (item) {
          usedItems.add(item);
          hitOf.set(g, { item, place });
          break;
        }
      }
    }
  }
  let countedRight = 0;
  let countedTotal = 0;
  let approxRight = 0;
  let approxTotal = 0;
  const missed: string[] = [];
  for (const g of gold) {
    const hit = hitOf.get(g);
    if (!hit) {
      missed.push(g.text);
      continue;
    }
    if (g.approx) {
      approxTotal++;
      if (hit.item.mention.approx && normalizeForm(hit.item.mention.approx).includes(normalizeForm(g.approx))) approxRight++;
    }
    if (!g.counted) continue;
    countedTotal++;
    const m = hit.item.mention;
    const pc = m.counted ? normalizeForm(m.counted.text) : '';
    const gc = normalizeForm(g.counted);
    const inGold = g.text.indexOf(g.counted);
    const countedAt = inGold < 0 ? -1 : hit.place.start + inGold;
    const insideKind = (m.kind === 'percent' || m.kind === 'date') && countedAt >= m.start && countedAt + g.counted.length <= m.end;
    if ((pc && (pc.includes(gc) || gc.includes(pc))) || insideKind) countedRight++;
  }
  // Precision: a date counts once, matched when any of its parts is; other free items only if matched.
  let predicted = 0;
  let correct = 0;
  const extra: string[] = [];
  const byMention = new Map<NumberMention, NumberItem[]>();
  for (const it of items) byMention.set(it.mention, [...(byMention.get(it.mention) ?? []), it]);
  for (const [m, its] of byMention) {
    if (m.kind === 'date' && m.date) {
      const hits = its.filter((it) => usedItems.has(it)).length;
      if (hits > 0) {
        predicted += hits;
        correct += hits;
      } else if (m.date.day !== undefined || m.date.year !== undefined) {
        // A wrong date that writes a day or a year counts once; a bare month or weekday never does.
        predicted++;
        extra.push(m.text);
      }
      continue;
    }
    for (const it of its) {
      if (usedItems.has(it)) {
        predicted++;
        correct++;
      } else if (!it.free) {
        predicted++;
        extra.push(m.text);
      }
    }
  }
  const wrongNoun = countedTotal - countedRight;
  return {
    detection: prf(correct, predicted, gold.length, hitOf.size),
    counted: { right: countedRight, total: countedTotal },
    approx: { right: approxRight, total: approxTotal },
    withNoun: prf(correct - wrongNoun, predicted, gold.length, hitOf.size - wrongNoun),
    missed,
    extra,
  };
}
