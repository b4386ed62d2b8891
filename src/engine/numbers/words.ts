/**
 * What a single word means as a number: the lexicon of number words indexed by normalized form,
 * looked up with the word's proclitics (و، ف، ب، ل، ك، ال، لل) peeled off. One cached lookup per
 * distinct word keeps the numbers stage linear and cheap.
 */
import { normalizeWord } from '../text/normalize.js';
import type { CliticPolicy } from '../text/clitics.js';
import { readings } from '../text/clitics.js';
import type { GrammaticalNumber } from '../lang/ar/numbers.js';
import {
  APPROX_PLURALS,
  DECIMAL_WORDS,
  DIALECT_AMBIGUOUS_HUNDREDS,
  DIALECT_HUNDREDS,
  DIALECT_TEENS,
  DIALECT_TENS,
  DIALECT_UNITS,
  FRACTION_PLURALS,
  FRACTIONS,
  HUNDRED_FORMS,
  HUNDRED_PREFIXES,
  HUNDREDS,
  NEGATIVE_WORDS,
  ORDINALS,
  SCALES,
  TEEN_MARKERS,
  TEEN_UNITS,
  TENS,
  UNITS,
} from '../lang/ar/numbers.js';

/** Everything one bare (clitic-free) normalized word can be; a word may be several things. */
export interface NumberSense {
  unit?: number;
  /** 1 or 2 in the forms used only before عشر/عشرة (أحد، اثنا). */
  teenUnit?: number;
  teenMarker?: boolean;
  /** A whole teen in one colloquial word (حداشر). */
  teen?: number;
  ten?: number;
  hundred?: number;
  /** True for the plain «hundred» words that a unit can multiply (ثلاث مئة). */
  hundredWord?: boolean;
  /** A hundred that is also a common word (متين): a number only where a number is expected. */
  weakHundred?: boolean;
  scale?: { value: number; number: GrammaticalNumber };
  fraction?: { num: number; den: number; ambiguous: boolean; standalone: boolean };
  fractionPlural?: number;
  ordinal?: { value: number; compoundOnly: boolean };
  negative?: boolean;
  decimal?: boolean;
  approxPlural?: number;
}

/** A looked-up word: its sense plus the clitics that were removed. */
export interface NumberWord extends NumberSense {
  /** Normalized bare form. */
  base: string;
  /** Number of normalized characters of proclitics before `base` (for `originalOffset`). */
  prefixLength: number;
  /** Opens with the conjunction و or ف. */
  conj: boolean;
  /** Carries a preposition (ب، ل، ك). */
  prep: boolean;
  /** Carries the definite article (ال or the لل contraction). */
  definite: boolean;
}

/**
 * Every number word with its sense, table by table (a word may be in several: «خمس» is five and a
 * fifth). The lexicon below folds them; the data test checks that no word gets two values for the
 * same attribute.
 */
export const SENSE_SOURCES: readonly (readonly [table: string, entries: readonly (readonly [form: string, sense: NumberSense])[]])[] = [
  ['UNITS', Object.entries(UNITS).map(([f, v]) => [f, { unit: v }] as const)],
  ['DIALECT_UNITS', Object.entries(DIALECT_UNITS).map(([f, v]) => [f, { unit: v }] as const)],
  ['TEEN_UNITS', Object.entries(TEEN_UNITS).map(([f, v]) => [f, { teenUnit: v }] as const)],
  ['TEEN_MARKERS', TEEN_MARKERS.map((f) => [f, { teenMarker: true }] as const)],
  ['DIALECT_TEENS', Object.entries(DIALECT_TEENS).map(([f, v]) => [f, { teen: v }] as const)],
  ['TENS', Object.entries(TENS).map(([f, v]) => [f, { ten: v }] as const)],
  ['DIALECT_TENS', Object.entries(DIALECT_TENS).map(([f, v]) => [f, { ten: v }] as const)],
  ['HUNDRED_FORMS', HUNDRED_FORMS.map((f) => [f, { hundred: 100, hundredWord: true }] as const)],
  ['HUNDRED_PREFIXES', Object.entries(HUNDRED_PREFIXES).flatMap(([p, v]) => HUNDRED_FORMS.map((f) => [p + f, { hundred: v * 100 }] as const))],
  ['HUNDREDS', Object.entries(HUNDREDS).map(([f, v]) => [f, { hundred: v }] as const)],
  ['DIALECT_HUNDREDS', Object.entries(DIALECT_HUNDREDS).map(([f, v]) => [f, { hundred: v, hundredWord: v === 100 }] as const)],
  ['DIALECT_AMBIGUOUS_HUNDREDS', Object.entries(DIALECT_AMBIGUOUS_HUNDREDS).map(([f, v]) => [f, { hundred: v, weakHundred: true }] as const)],
  ['SCALES', SCALES.flatMap((s) => s.forms.map((f) => [f, { scale: { value: s.value, number: s.number } }] as const))],
  [
    'FRACTIONS',
    Object.entries(FRACTIONS).map(([f, e]) => [f, { fraction: { num: e.num ?? 1, den: e.den, ambiguous: e.ambiguous === true, standalone: e.standalone !== false } }] as const),
  ],
  ['FRACTION_PLURALS', Object.entries(FRACTION_PLURALS).map(([f, v]) => [f, { fractionPlural: v }] as const)],
  ['ORDINALS', Object.entries(ORDINALS).map(([f, e]) => [f, { ordinal: { value: e.value, compoundOnly: e.compoundOnly === true } }] as const)],
  ['NEGATIVE_WORDS', NEGATIVE_WORDS.map((f) => [f, { negative: true }] as const)],
  ['DECIMAL_WORDS', DECIMAL_WORDS.map((f) => [f, { decimal: true }] as const)],
  ['APPROX_PLURALS', Object.entries(APPROX_PLURALS).map(([f, v]) => [f, { approxPlural: v }] as const)],
];

const SENSES: Map<string, NumberSense> = (() => {
  const m = new Map<string, NumberSense>();
  for (const [, entries] of SENSE_SOURCES)
    for (const [form, sense] of entries) {
      const k = normalizeWord(form);
      m.set(k, { ...m.get(k), ...sense });
    }
  return m;
})();

/**
 * How number words carry clitics: و/ف, then ب/ل, then the article (لل = ل + ال). ك (as, like) is
 * left out, «كميات» would read as ك + مئات, and so are attached pronouns. A preposition only
 * attaches to a word of three letters or more, so «لست» (I am not) is never ل + ست (six).
 */
const NUMBER_CLITICS: CliticPolicy = { enclitic: false, prepositions: 'بل' };

/** The clitic readings of a word, longest proclitics first, with what each proclitic means. */
function cliticSplits(norm: string): { base: string; prefixLength: number; conj: boolean; prep: boolean; definite: boolean }[] {
  const out = [];
  for (const r of readings(norm, NUMBER_CLITICS)) {
    if (!r.prefix || !norm.endsWith(r.stem)) continue;
    const conj = r.prefix[0] === 'و' || r.prefix[0] === 'ف';
    const articleLetters = r.article ? (r.prefix.endsWith('ال') ? 2 : 1) : 0;
    const prep = r.prefix.length - (conj ? 1 : 0) - articleLetters > 0;
    if (prep && r.stem.length < 3) continue;
    out.push({ base: r.stem, prefixLength: r.prefix.length, conj, prep, definite: r.article });
  }
  return out.sort((a, b) => b.prefixLength - a.prefixLength);
}

const cache = new Map<string, NumberWord | null>();
const CACHE_LIMIT = 20_000;

/** The number meaning of a normalized word, or null. The bare word wins over a clitic reading. */
export function numberWord(norm: string): NumberWord | null {
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  let found: NumberWord | null = null;
  const bare = SENSES.get(norm);
  if (bare) found = { ...bare, base: norm, prefixLength: 0, conj: false, prep: false, definite: false };
  else {
    for (const x of cliticSplits(norm)) {
      const sense = SENSES.get(x.base);
      if (!sense) continue;
      found = { ...sense, ...x };
      break;
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, found);
  return found;
}
