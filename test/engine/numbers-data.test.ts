/**
 * The numbers and dates language data (src/engine/lang/ar/numbers.ts, dates.ts) as data: every
 * lookup normalizes both sides, so two spellings that normalize alike are one entry listed twice,
 * and one word with two values of the same attribute is a contradiction the lookup would settle
 * silently (the last table wins).
 */
import { describe, expect, it } from 'vitest';
import * as numbers from '../../src/engine/lang/ar/numbers.js';
import * as dates from '../../src/engine/lang/ar/dates.js';
import { SENSE_SOURCES } from '../../src/engine/numbers/words.js';
import { normalizeWord } from '../../src/engine/text/normalize.js';

const key = (phrase: string) => phrase.split(' ').map(normalizeWord).join(' ');

/** Entries a table holds, as [form, value] pairs (value: what the form maps to, or true). */
function entriesOf(table: unknown): [string, unknown][] {
  if (Array.isArray(table)) {
    return table.flatMap((x): [string, unknown][] => {
      if (typeof x === 'string') return [[x, true]];
      if ('names' in x) return (x as dates.Month).names.map((n) => [n, `${x.calendar}:${x.month}`]);
      if ('words' in x) return [[(x as dates.RelativeDay).words, x.days]];
      if ('forms' in x) return (x.forms as string[]).map((f) => [f, JSON.stringify({ ...x, forms: undefined, adjectives: undefined })]);
      return [];
    });
  }
  return Object.entries(table as Record<string, unknown>).map(([k, v]) => [k, JSON.stringify(v)]);
}

/** Normalized forms listed more than once in one table. */
function repeats(entries: [string, unknown][]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const [form] of entries) {
    const k = key(form);
    if (seen.has(k)) out.push(`${seen.get(k)} = ${form}`);
    else seen.set(k, form);
  }
  return out;
}

const tables = (mod: Record<string, unknown>) => Object.entries(mod).filter(([, v]) => typeof v === 'object' && v !== null);

describe('numbers and dates data', () => {
  for (const [modName, mod] of [['numbers', numbers], ['dates', dates]] as const) {
    for (const [name, table] of tables(mod)) {
      it(`${modName}.${name} lists each normalized form once`, () => {
        expect(repeats(entriesOf(table))).toEqual([]);
      });
    }
  }

  it('each currency lists each nationality adjective once', () => {
    for (const c of numbers.CURRENCIES) expect(repeats(Object.keys(c.adjectives ?? {}).map((a) => [a, true]))).toEqual([]);
  });

  it('no number word has two values for the same attribute', () => {
    const seen = new Map<string, { table: string; value: string }>();
    const conflicts: string[] = [];
    for (const [table, entries] of SENSE_SOURCES)
      for (const [form, sense] of entries)
        for (const [attr, v] of Object.entries(sense)) {
          const k = `${normalizeWord(form)}.${attr}`;
          const value = JSON.stringify(v);
          const was = seen.get(k);
          if (was && was.value !== value) conflicts.push(`${form}.${attr}: ${was.table} ${was.value} vs ${table} ${value}`);
          else seen.set(k, { table, value });
        }
    expect(conflicts).toEqual([]);
  });

  it('no name is two months, a weekday and a month, or a weekday and a relative day', () => {
    const month = new Map<string, string>();
    const clash: string[] = [];
    for (const m of dates.MONTHS)
      for (const n of m.names) {
        const k = key(n);
        const v = `${m.calendar}:${m.month}`;
        if (month.has(k) && month.get(k) !== v) clash.push(`${n}: ${month.get(k)} vs ${v}`);
        month.set(k, v);
      }
    const weekdays = Object.keys(dates.WEEKDAYS).map(key);
    const relative = dates.RELATIVE_DAYS.map((r) => key(r.words));
    for (const w of weekdays) if (month.has(w) || relative.includes(w)) clash.push(w);
    expect(clash).toEqual([]);
  });

  /** Pairs of word lists whose roles exclude each other. */
  const exclusive: [string, readonly string[], string, readonly string[]][] = [
    ['IDENTIFIER_HEADS', numbers.IDENTIFIER_HEADS, 'YEAR_HEADS', dates.YEAR_HEADS],
    ['IDENTIFIER_HEADS', numbers.IDENTIFIER_HEADS, 'PERCENT_BEFORE', numbers.PERCENT_BEFORE],
    ['NOT_COUNTED', numbers.NOT_COUNTED, 'COUNTED_ENDING_WA', numbers.COUNTED_ENDING_WA],
    ['NOT_COUNTED', numbers.NOT_COUNTED, 'COUNTING_DUALS', Object.keys(numbers.COUNTING_DUALS)],
    ['NOT_COUNTED', numbers.NOT_COUNTED, 'TIME_HEADS', dates.TIME_HEADS],
    ['RANGE_TO', numbers.RANGE_TO, 'APPROX_BEFORE', numbers.APPROX_BEFORE],
    ['NAMED_BY_NUMBER', numbers.NAMED_BY_NUMBER, 'RANK_NOUNS', numbers.RANK_NOUNS],
    ['NAMED_BY_NUMBER', numbers.NAMED_BY_NUMBER, 'IDENTIFIER_HEADS', numbers.IDENTIFIER_HEADS],
    ['RANK_NOUNS', numbers.RANK_NOUNS, 'NOT_COUNTED', numbers.NOT_COUNTED],
    ['VERB_PARTICLES', numbers.VERB_PARTICLES, 'APPROX_BEFORE', numbers.APPROX_BEFORE],
  ];
  for (const [an, a, bn, b] of exclusive) {
    it(`no word is in both ${an} and ${bn}`, () => {
      const bs = new Set(b.map(key));
      expect(a.filter((x) => bs.has(key(x)))).toEqual([]);
    });
  }
});
