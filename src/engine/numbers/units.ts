/**
 * Units after (or before) a number: percent signs and words, currency words with the nationality
 * adjective that fixes their ISO code («ريال قطري» → QAR), currency signs and abbreviations
 * («$», «ر.س»).
 */
import type { NumberMention, TextSpan } from '../types.js';
import type { Ctx } from './context.js';
import { joined, touching } from './context.js';
import { norm, phraseAt, phrases, span } from './lookup.js';
import { CURRENCIES, CURRENCY_SYMBOLS, PERCENT_AFTER } from '../lang/ar/numbers.js';

interface CurrencyInfo {
  code?: string;
  adjectives: Map<string, string>;
  /** Index in CURRENCIES, to match mentions of the same currency word. */
  id: number;
}

const CURRENCY_WORDS: Map<string, CurrencyInfo> = (() => {
  const m = new Map<string, CurrencyInfo>();
  CURRENCIES.forEach((c, id) => {
    const adjectives = new Map(Object.entries(c.adjectives ?? {}).map(([k, v]) => [norm(k), v]));
    for (const f of c.forms) m.set(norm(f), { code: c.code, adjectives, id });
  });
  return m;
})();
const SYMBOLS = new Map(Object.entries(CURRENCY_SYMBOLS).map(([k, v]) => [norm(k), v]));
const PERCENT_AFTER_P = phrases(PERCENT_AFTER);

/** Which currency word a money mention used, to borrow a code from a more explicit mention. */
const currencyOf = new WeakMap<NumberMention, number>();

export function isCurrencyWord(n: string): boolean {
  return CURRENCY_WORDS.has(n);
}

/** A currency word in the dual («ريالين», «ليرتين»): its currency, or null. */
export function currencyDual(n: string): { code?: string } | null {
  if (!n.endsWith('ين') && !n.endsWith('ان')) return null;
  const stem = n.slice(0, -2);
  // «لينين» is not ل + «ين» (yen) in the dual: currency words of two letters have no dual here.
  if (stem.length < 3) return null;
  const info = CURRENCY_WORDS.get(stem) ?? (stem.endsWith('ت') ? CURRENCY_WORDS.get(`${stem.slice(0, -1)}ه`) : undefined);
  return info ? { code: info.code } : null;
}

export function isCurrencySymbol(n: string): boolean {
  return SYMBOLS.has(n);
}

export interface Unit {
  kind: 'percent' | 'money';
  code?: string;
  /** For money written as a word: the currency word (the counted noun). */
  counted?: TextSpan;
  currencyId?: number;
  /** End offset of the mention when the unit is part of it (percent words, signs), else -1. */
  end: number;
  /** Token after the unit. */
  next: number;
}

/** A percent sign or word, or a currency, right after the number phrase that ends before token `k`. */
export function unitAfter(ctx: Ctx, k: number): Unit | null {
  const { tokens, text } = ctx;
  const t = tokens[k];
  if (!t || !joined(ctx, k - 1)) return null;
  if (t.norm === '%') return { kind: 'percent', end: t.end, next: k + 1 };
  const pw = phraseAt(ctx, k, PERCENT_AFTER_P, false);
  if (pw) return { kind: 'percent', end: pw.end, next: pw.next };
  const cur = t.kind === 'word' ? CURRENCY_WORDS.get(t.norm) : undefined;
  if (cur) {
    let code = cur.code;
    let next = k + 1;
    const adj = tokens[k + 1];
    if (adj && adj.kind === 'word' && joined(ctx, k)) {
      // Adjectives agree in case and gender: «سعودياً» → سعودي, «سورية» → سوريه.
      const a = adj.norm.replace(/ا$/, '');
      const hit = cur.adjectives.get(a) ?? cur.adjectives.get(adj.norm) ?? cur.adjectives.get(a.replace(/ه$/, ''));
      if (hit) {
        code = hit;
        next = k + 2;
      }
    }
    return { kind: 'money', code, counted: span(text, t.start, t.end), currencyId: cur.id, end: -1, next };
  }
  // Signs and abbreviations, possibly split into tokens: «$», «€», «ر.س», «د.ك».
  let joinedText = '';
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
    if (j > k && !touching(ctx, j - 1)) break;
    joinedText += tokens[j].norm;
    const code = SYMBOLS.get(joinedText);
    if (code) return { kind: 'money', code, end: tokens[j].end, next: j + 1 };
  }
  return null;
}

/**
 * A currency sign written before the number at token `k`: «$20». Tokens before `free` belong to
 * the mention before (a sign it took as its unit: «10 $20»), so they are not looked at.
 */
export function symbolBefore(ctx: Ctx, k: number, free: number): { code: string; start: number } | null {
  if (k - 1 < free) return null;
  const t = ctx.tokens[k - 1];
  if (!t || t.kind === 'word' || !joined(ctx, k - 1)) return null;
  const code = SYMBOLS.get(t.norm);
  return code ? { code, start: t.start } : null;
}

/** Remembers which currency word a money mention used. */
export function noteCurrency(m: NumberMention, id: number): void {
  currencyOf.set(m, id);
}

/** «ليرة» alone is ambiguous; if the article names it elsewhere («ليرة سورية»), use that code. */
export function resolveCurrencies(ms: readonly NumberMention[]): void {
  const known = new Map<number, string>();
  for (const m of ms) {
    const id = currencyOf.get(m);
    if (id !== undefined && m.unit && !known.has(id) && CURRENCIES[id].code === undefined) known.set(id, m.unit);
  }
  for (const m of ms) {
    const id = currencyOf.get(m);
    if (id !== undefined && !m.unit && known.has(id)) m.unit = known.get(id);
  }
}
