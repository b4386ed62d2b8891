/**
 * Scoring the engine against the dev set's gold, exactly as ../shared/dev/README.md describes:
 *
 * - Quotes: a prediction matches a gold quote when their content spans share at least 30% of the
 *   longer span's characters; each gold quote and each prediction is matched at most once (best
 *   overlaps first). Speaker right: the predicted speaker text, normalized, equals, contains or is
 *   contained in a normalized gold speaker form. End-to-end counts a quote when matched and right.
 * - Entities, per article and type: a gold entity is found when a predicted entity of the same type
 *   has a name or mention equal (normalized) to one of its forms; precision likewise the other way.
 * - Numbers: a gold number is found when a predicted number overlaps its text with the same value;
 *   its counted noun is right when the predicted counted text contains or is contained in the gold one.
 *
 * Pure functions over an Analysis and a DevArticle, so every eval script and test shares them.
 */
import type { Analysis, Quote } from '../../src/engine/types.js';
import type { DevArticle, GoldQuote } from './dev-gold.js';

export const MATCH_OVERLAP = 0.3;

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

export function prf(tp: number, predicted: number, gold: number, tpGold = tp): PRF {
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

export function speakerRight(predicted: string, gold: GoldQuote): boolean {
  const p = normalizeForm(predicted);
  if (!p) return false;
  const forms = [gold.speaker, ...gold.speaker_forms].map(normalizeForm).filter(Boolean);
  return forms.some((g) => g === p || p.includes(g) || g.includes(p));
}

export interface QuoteMatch {
  gold: GoldQuote;
  /** The matched prediction, or null when the gold quote was missed. */
  predicted: Quote | null;
  overlap: number;
  speakerRight: boolean;
}

export interface QuoteScore {
  matches: QuoteMatch[];
  /** Predictions that match no gold quote. */
  spurious: Quote[];
  detection: PRF;
  /** Speaker accuracy among matched quotes. */
  speakerAccuracy: number;
  endToEnd: PRF;
  /** Per kind: recall over gold of that kind, precision over predictions of that kind. */
  byKind: Record<'direct' | 'indirect', { detection: PRF; endToEnd: PRF; speakerAccuracy: number }>;
}

export function scoreQuotes(article: DevArticle, predicted: readonly Quote[]): QuoteScore {
  const gold = article.quotes;
  const pairs: { g: number; p: number; r: number }[] = [];
  gold.forEach((g, gi) => {
    if (g.start < 0) return;
    predicted.forEach((p, pi) => {
      const r = overlapRatio(g, p.content);
      if (r >= MATCH_OVERLAP) pairs.push({ g: gi, p: pi, r });
    });
  });
  pairs.sort((a, b) => b.r - a.r || a.g - b.g || a.p - b.p);
  const gUsed = new Map<number, { p: number; r: number }>();
  const pUsed = new Set<number>();
  for (const x of pairs) {
    if (gUsed.has(x.g) || pUsed.has(x.p)) continue;
    gUsed.set(x.g, { p: x.p, r: x.r });
    pUsed.add(x.p);
  }
  const matches: QuoteMatch[] = gold.map((g, gi) => {
    const m = gUsed.get(gi);
    const p = m ? predicted[m.p] : null;
    return { gold: g, predicted: p, overlap: m?.r ?? 0, speakerRight: !!p && speakerRight(p.speaker.text, g) };
  });
  const spurious = predicted.filter((_, pi) => !pUsed.has(pi));
  const summarize = (ms: QuoteMatch[], nPred: number, nPredMatched: number, nPredRight: number) => {
    const matched = ms.filter((m) => m.predicted);
    const right = matched.filter((m) => m.speakerRight);
    return {
      detection: prf(nPredMatched, nPred, ms.length, matched.length),
      endToEnd: prf(nPredRight, nPred, ms.length, right.length),
      speakerAccuracy: matched.length === 0 ? 1 : right.length / matched.length,
    };
  };
  const all = summarize(
    matches,
    predicted.length,
    matches.filter((m) => m.predicted).length,
    matches.filter((m) => m.speakerRight).length,
  );
  const kindScore = (kind: 'direct' | 'indirect') => {
    const preds = predicted.filter((p) => p.kind === kind);
    const predMatched = matches.filter((m) => m.predicted && m.predicted.kind === kind);
    return summarize(
      matches.filter((m) => m.gold.kind === kind),
      preds.length,
      predMatched.length,
      predMatched.filter((m) => m.speakerRight).length,
    );
  };
  return { matches, spurious, ...all, byKind: { direct: kindScore('direct'), indirect: kindScore('indirect') } };
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
  missed: string[];
}

export function scoreNumbers(article: DevArticle, analysis: Analysis): NumberScore {
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  let found = 0;
  let countedRight = 0;
  let countedTotal = 0;
  const missed: string[] = [];
  for (const g of article.numbers) {
    const hit = g.start < 0 ? undefined : analysis.numbers.find((p) => overlaps(p, g) && same(p.value, g.value));
    if (!hit) {
      missed.push(g.text);
      continue;
    }
    found++;
    if (g.counted) {
      countedTotal++;
      const pc = hit.counted ? normalizeForm(hit.counted.text) : '';
      const gc = normalizeForm(g.counted);
      if (pc && (pc.includes(gc) || gc.includes(pc))) countedRight++;
    }
  }
  const correct = analysis.numbers.filter((p) => article.numbers.some((g) => g.start >= 0 && overlaps(p, g) && same(p.value, g.value))).length;
  return { detection: prf(correct, analysis.numbers.length, article.numbers.length, found), counted: { right: countedRight, total: countedTotal }, missed };
}
