/**
 * Search terms for the reading log, made by the engine's own text functions, so a search ignores
 * what the engine ignores: harakat and tatweel, hamza seats and alef forms, ta marbuta, alef
 * maqsura, Arabic-Indic digits (`normalizeWord`), and the clitics it strips (و ف ب ك ل, ال, لل,
 * attached pronouns: the engine's one clitic reader, `readings`). The worker indexes with it, the log page queries with it;
 * the log page's interface itself knows nothing of Arabic.
 *
 * An indexed word stands for its normalised form and every clitic-stripped reading of it
 * («وبالحكومة» → وبالحكومه، بالحكومه، الحكومه، حكومه…); a query word matches any article word
 * that shares one of its readings, so «الحكومة», «حكومة» and «وحكومته» find each other.
 */
import { cliticReadings, normalizeWord } from '../../engine/index.js';

/** Letters, digits and marks: what a word is made of (harakat stay in the word until normalised). */
const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;
/** Terms longer than this are cut: an index key must stay small. */
const MAX_TERM = 40;

/** The words of a text, as written. */
function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Every reading of one word: its normalised form first, then the forms without clitics. */
function readings(word: string): string[] {
  const n = normalizeWord(word).slice(0, MAX_TERM);
  if (!n) return [];
  const out = [n];
  for (const c of cliticReadings(n)) if (c.stem !== n && !out.includes(c.stem)) out.push(c.stem);
  return out;
}

/** The set of index terms of some texts. */
export function indexTerms(texts: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const text of texts) for (const w of wordsOf(text)) for (const r of readings(w)) terms.add(r);
  return terms;
}

/** A query: one group of readings per word; an article matches when every group has a hit. */
export interface SearchQuery {
  words: string[][];
  /**
   * Per word, the readings to look up in the index: those no other reading of the word is a
   * reading of. An indexed word carries all its readings, so the articles under «حكومه» include
   * every article under «الحكومه»: looking up the shorter one alone finds the same articles.
   */
  lookup: string[][];
  /** The last word, when nothing matches it whole, is read as the start of a word. */
  prefix?: string;
}

function lookupOf(group: string[]): string[] {
  return group.filter((r) => !group.some((o) => o !== r && readings(r).includes(o)));
}

/** Shortest unfinished word matched as a prefix: shorter ones match half the index. */
const MIN_PREFIX = 3;

export function parseQuery(input: string): SearchQuery {
  const words = wordsOf(input);
  const groups = words.map(readings).filter((g) => g.length > 0);
  const last = groups.length && !/\s$/.test(input) ? groups[groups.length - 1][0] : '';
  const lookup = groups.map(lookupOf);
  return last.length >= MIN_PREFIX ? { words: groups, lookup, prefix: last } : { words: groups, lookup };
}

/** Does a text hold every word of the query (a quote, a title), by the same readings? */
export function textMatches(query: SearchQuery, text: string): boolean {
  if (!query.words.length) return false;
  const terms = indexTerms([text]);
  return query.words.every((group, i) => {
    if (group.some((r) => terms.has(r))) return true;
    if (i === query.words.length - 1 && query.prefix) for (const t of terms) if (t.startsWith(query.prefix)) return true;
    return false;
  });
}

/** A name's matching form: its words normalised, in order («العميد  عثمان الطيّب» → العميد عثمان الطيب). */
export function nameKey(name: string): string {
  return wordsOf(name)
    .map((w) => normalizeWord(w))
    .filter(Boolean)
    .join(' ')
    .slice(0, 200);
}
