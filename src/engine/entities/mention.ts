/**
 * A name mention inside the pipeline, before mentions are grouped into entities: token range,
 * exact character span without the proclitics of the first word, and the normalized words that
 * identify the name («وبالمرصد السوري» → words [المرصد, السوري], span «المرصد السوري»… without ب).
 */
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import type { NameType } from './lexicon-index.js';
import { FACILITY_HEADS, ROYAL_TITLES } from '../lang/ar/triggers.js';
import { normalizeWord } from '../text/normalize.js';

const ROYAL: ReadonlySet<string> = new Set(ROYAL_TITLES.map(normalizeWord));
const FACILITIES: ReadonlySet<string> = new Set(FACILITY_HEADS.map(normalizeWord));

export type MentionSource = 'model' | 'lexicon' | 'rule' | 'document' | 'glued';

export interface Mention {
  type: NameType;
  /** Token range [first, last). A glued-word mention has last = first + 1. */
  first: number;
  last: number;
  /** UTF-16 span in the original text, clitics excluded. */
  start: number;
  end: number;
  /** Normalized words of the name, clitics removed from the first. */
  words: string[];
  source: MentionSource;
}

/**
 * A mention over tokens [first, last) whose first token carries the normalized proclitic `prefix`;
 * `stem` is the first word without it (given when the article was restored: «للمرصد» → المرصد).
 */
export function makeMention(tokens: readonly Token[], first: number, last: number, type: NameType, prefix: string, source: MentionSource, stem?: string): Mention {
  const t = tokens[first];
  const words = [stem ?? t.norm.slice(prefix.length)];
  for (let k = first + 1; k < last; k++) words.push(tokens[k].norm);
  // «للصين» is ل + الصين with the article's alef gone: the span keeps the whole «للصين», never
  // half of the fused «لل» («لصين»).
  const fused = prefix.endsWith('ل') && words[0].startsWith('ال') && t.norm.startsWith(prefix + 'ل') && !t.norm.startsWith(prefix + 'ال');
  return { type, first, last, start: originalOffset(t, fused ? prefix.length - 1 : prefix.length), end: tokens[last - 1].end, words, source };
}

/** Ends `m` before token `k` (first < k ≤ last), its words cut to match. */
export function endMentionAt(tokens: readonly Token[], m: Mention, k: number): void {
  m.words.length = k - m.first;
  m.last = k;
  m.end = tokens[k - 1].end;
}

/** Key of a name for matching across the document. */
export function nameKey(words: readonly string[]): string {
  return words.join(' ');
}

/** Sorted by start; where mentions overlap, the one from the earlier group (higher priority) wins. */
export function resolveOverlaps(textLength: number, groups: readonly (readonly Mention[])[]): Mention[] {
  const used = new Uint8Array(textLength);
  const taken: Mention[] = [];
  for (const g of groups) {
    for (const m of g) {
      let free = m.end > m.start;
      for (let k = m.start; free && k < m.end; k++) if (used[k]) free = false;
      if (!free) continue;
      used.fill(1, m.start, m.end);
      taken.push(m);
    }
  }
  return taken.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Mentions of `outer` (known multi-word names) that contain mentions of `found` of the same type
 * entirely (the tagger split «المرصد | السوري لحقوق الإنسان» in two) and cut none: the whole name
 * wins there. A place inside an organization's name («جامعة دمشق») counts as contained.
 */
export function enclosing(outer: readonly Mention[], found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let j = 0;
  for (const x of [...outer].sort((a, b) => a.start - b.start)) {
    if (x.words.length < 2) continue;
    while (j < sorted.length && sorted[j].end <= x.start) j++;
    let inside = 0;
    let ok = true;
    for (let k = j; ok && k < sorted.length && sorted[k].start < x.end; k++) {
      const m = sorted[k];
      // (A person the name is given after counts too: «مستشفى الملك | خالد», «مطار بلاك | بوش».)
      const namedAfter = m.type === 'PER' && m.first > x.first && (ROYAL.has(x.words[m.first - 1 - x.first]) || (x.type === 'LOC' && FACILITIES.has(x.words[0])));
      if (m.start < x.start || m.end > x.end || (m.type !== x.type && !(x.type === 'ORG' && m.type === 'LOC') && !namedAfter) || (m.start === x.start && m.end === x.end)) ok = false;
      else inside++;
    }
    if (ok && inside > 0) out.push(x);
  }
  return out;
}

