/**
 * The numbers stage («with what numbers»): every number in running text with its value, kind,
 * counted noun, unit and approximation.
 *
 * One left-to-right pass over the tokens (`findNumbers`). At each token, in order:
 *   1. inside a URL or e-mail address (exclusions.ts): skip;
 *   2. a token that cannot start a mention: skip with one lookup;
 *   3. a phone number (exclusions.ts): skip it whole;
 *   4. a date or clock time (dates.ts);
 *   5. a quantity (quantity.ts): [approximation] [currency sign] number phrase (phrase.ts) [range]
 *      [percent or currency (units.ts)] [approximation] [counted noun (counted.ts)]; codes such as
 *      «القرار 2254» are skipped there, «F-16» where the digits are read (digit-atom.ts);
 *   6. a dual noun that counts two by itself (duals.ts), or «ضعف» as «twice» (multiples.ts).
 * A match consumes its tokens, so mentions never overlap and the pass stays linear. Then a
 * currency named in full somewhere («ليرة سورية») lends its code to its bare mentions, and the
 * article's own date (article-date.ts: the caller's, or the dateline's) marks the dateline and
 * resolves weekdays and relative days.
 *
 * Conventions (docs/analysis-schema.md): the mention span covers the approximation, the number
 * and its percent sign or word; the counted noun is a separate span («80 قرية» → قرية), and for money
 * it is the currency word («53 دولارا» → دولارا, unit USD). Fractions and percentages have no
 * counted noun. For weekdays and relative days, `value` repeats `date.weekday` or
 * `date.relativeDays` (there is no number written).
 */
import type { Doc } from '../doc.js';
import type { NumberMention } from '../types.js';
import type { Token } from '../text/tokenize.js';
import type { Ctx } from './context.js';
import type { Range } from './exclusions.js';
import { excludedSpans, phoneEnd } from './exclusions.js';
import { matchDate } from './dates.js';
import type { Built } from './quantity.js';
import { matchQuantity } from './quantity.js';
import { matchDual, mayBeDual } from './duals.js';
import { matchMultiple } from './multiples.js';
import { isCurrencySymbol, resolveCurrencies } from './units.js';
import { phrases, readings, setOf, norm } from './lookup.js';
import { numberWord } from './words.js';
import { applyArticleDate } from './article-date.js';
import { APPROX_BEFORE, DOCUMENT_HEADS, IDENTIFIER_HEADS, MULTIPLE_WORDS, PERCENT_AFTER, PERCENT_BEFORE, RANK_MARKERS } from '../lang/ar/numbers.js';
import { DAY_WORDS, MONTHS, RELATIVE_DAYS, TIME_HEADS, WEEKDAYS, YEAR_HEADS } from '../lang/ar/dates.js';

export interface NumbersOptions {
  /** The article's publication date from the page's metadata (ISO 8601). */
  publishedAt?: string;
}

export function findNumbers(doc: Doc, options: NumbersOptions = {}): void {
  const ctx: Ctx = { text: doc.text, tokens: doc.tokens, memo: new Map() };
  const { tokens } = doc;
  const out: NumberMention[] = [];
  const excluded = new Excluded(excludedSpans(doc.text));
  // The first token no mention has taken: a mention never reaches back over another's tokens.
  let free = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (excluded.covers(t) || !mayStart(t)) {
      i++;
      continue;
    }
    const phone = t.kind === 'number' || t.norm === '+' ? phoneEnd(ctx, i) : -1;
    if (phone >= 0) {
      i = phone;
      continue;
    }
    const found: Built | null = matchDate(ctx, i) ?? matchQuantity(ctx, i, free) ?? matchDual(ctx, i) ?? matchMultiple(ctx, i);
    if (!found) {
      i++;
      continue;
    }
    out.push(...found.mentions);
    i = free = Math.max(found.next, i + 1);
  }
  resolveCurrencies(out);
  doc.numbers = out;
  doc.publishedAt = applyArticleDate(doc, out, options.publishedAt);
}

/** Excluded spans, asked in text order: one forward cursor keeps the pass linear. */
class Excluded {
  private at = 0;
  constructor(private readonly spans: readonly Range[]) {}
  covers(t: Token): boolean {
    const { spans } = this;
    while (this.at < spans.length && spans[this.at].end <= t.start) this.at++;
    return this.at < spans.length && spans[this.at].start <= t.start;
  }
}

/** First words of every trigger, to skip the many tokens that cannot start a mention. */
const TRIGGERS: Set<string> = (() => {
  const s = new Set<string>();
  for (const p of [...phrases(APPROX_BEFORE).keys(), ...phrases(PERCENT_AFTER).keys()]) s.add(p);
  for (const x of [...setOf(PERCENT_BEFORE), ...setOf(YEAR_HEADS), ...setOf(IDENTIFIER_HEADS), ...setOf(DOCUMENT_HEADS), ...setOf(RANK_MARKERS), ...setOf(TIME_HEADS), ...setOf(DAY_WORDS)]) s.add(x);
  for (const m of MONTHS) for (const name of m.names) s.add(norm(name.split(' ')[0]));
  for (const w of Object.keys(WEEKDAYS)) s.add(norm(w));
  for (const r of RELATIVE_DAYS) s.add(norm(r.words.split(' ')[0]));
  for (const w of Object.keys(MULTIPLE_WORDS)) s.add(norm(w)).add(norm(`ال${w}`));
  return s;
})();

function mayStart(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'punct') return isCurrencySymbol(t.norm) || t.norm === '+';
  if (t.kind === 'latin') return isCurrencySymbol(t.norm);
  if (t.kind !== 'word') return false;
  let hit = wordStarts.get(t.norm);
  if (hit === undefined) {
    hit = readings(t.norm).some((r) => TRIGGERS.has(r) || numberWord(r) !== null) || numberWord(t.norm) !== null || mayBeDual(t);
    if (wordStarts.size >= 20_000) wordStarts.clear();
    wordStarts.set(t.norm, hit);
  }
  return hit;
}

/** `mayStart` of a word, which depends on the word alone (cached). */
const wordStarts = new Map<string, boolean>();
