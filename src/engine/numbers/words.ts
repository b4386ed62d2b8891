/**
 * What a single word means as a number: the lexicon of number words indexed by normalized form,
 * looked up with the word's proclitics (و، ف، ب، ل، ك، ال، لل) peeled off. One cached lookup per
 * distinct word keeps the numbers stage linear and cheap.
 */
import { normalizeWord } from '../text/normalize.js';
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

const SENSES: Map<string, NumberSense> = (() => {
  const m = new Map<string, NumberSense>();
  const add = (form: string, sense: NumberSense) => {
    const k = normalizeWord(form);
    m.set(k, { ...m.get(k), ...sense });
  };
  for (const [f, v] of Object.entries(UNITS)) add(f, { unit: v });
  for (const [f, v] of Object.entries(DIALECT_UNITS)) add(f, { unit: v });
  for (const [f, v] of Object.entries(TEEN_UNITS)) add(f, { teenUnit: v });
  for (const f of TEEN_MARKERS) add(f, { teenMarker: true });
  for (const [f, v] of Object.entries(DIALECT_TEENS)) add(f, { teen: v });
  for (const [f, v] of Object.entries(TENS)) add(f, { ten: v });
  for (const [f, v] of Object.entries(DIALECT_TENS)) add(f, { ten: v });
  for (const f of HUNDRED_FORMS) add(f, { hundred: 100, hundredWord: true });
  for (const [p, v] of Object.entries(HUNDRED_PREFIXES)) for (const f of HUNDRED_FORMS) add(p + f, { hundred: v * 100 });
  for (const [f, v] of Object.entries(HUNDREDS)) add(f, { hundred: v });
  for (const [f, v] of Object.entries(DIALECT_HUNDREDS)) add(f, { hundred: v, hundredWord: v === 100 });
  for (const [f, v] of Object.entries(DIALECT_AMBIGUOUS_HUNDREDS)) add(f, { hundred: v, weakHundred: true });
  for (const s of SCALES) for (const f of s.forms) add(f, { scale: { value: s.value, number: s.number } });
  for (const [f, e] of Object.entries(FRACTIONS))
    add(f, { fraction: { num: e.num ?? 1, den: e.den, ambiguous: e.ambiguous === true, standalone: e.standalone !== false } });
  for (const [f, v] of Object.entries(FRACTION_PLURALS)) add(f, { fractionPlural: v });
  for (const [f, e] of Object.entries(ORDINALS)) add(f, { ordinal: { value: e.value, compoundOnly: e.compoundOnly === true } });
  for (const f of NEGATIVE_WORDS) add(f, { negative: true });
  for (const f of DECIMAL_WORDS) add(f, { decimal: true });
  for (const [f, v] of Object.entries(APPROX_PLURALS)) add(f, { approxPlural: v });
  return m;
})();

/**
 * Proclitic sequences tried on a word, with what they mean. Prepositions only attach to bare forms
 * of three letters or more, so «لست» (I am not) is never ل + ست (six).
 */
const PREFIXES: readonly { p: string; conj: boolean; prep: boolean; definite: boolean }[] = (() => {
  const out: { p: string; conj: boolean; prep: boolean; definite: boolean }[] = [];
  // ك (as, like) is left out: «كميات» would read as ك + مئات.
  for (const c of ['', 'و', 'ف'])
    for (const b of ['', 'ب', 'ل'])
      for (const a of ['', 'ال']) {
        const p = c + b + a;
        if (p) out.push({ p, conj: c !== '', prep: b !== '', definite: a !== '' });
      }
  // لل = ل + ال with the alef dropped.
  for (const c of ['', 'و', 'ف']) out.push({ p: c + 'لل', conj: c !== '', prep: true, definite: true });
  return out.sort((x, y) => y.p.length - x.p.length);
})();

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
    for (const x of PREFIXES) {
      if (norm.length <= x.p.length + 1 || !norm.startsWith(x.p)) continue;
      // «لل» removes ل + ال: the bare form is what follows.
      const base = norm.slice(x.p.length);
      if (x.prep && base.length < 3) continue;
      const sense = SENSES.get(base);
      if (!sense) continue;
      found = { ...sense, base, prefixLength: x.p.length, conj: x.conj, prep: x.prep, definite: x.definite };
      break;
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, found);
  return found;
}
