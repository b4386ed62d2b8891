/**
 * The name lists the tagger's features read (shipped inside the model file as hashed tables, with
 * their notices: src/engine/models/LICENSE.md):
 * - NERAr (../shared/gazetteers/nerar, BSD-2-Clause, © 2013 CNRS): persons, places and
 *   organizations from Wikipedia and Geonames, in Buckwalter transliteration (already folded:
 *   ة→ه, ى→ي, hamza forms), turned into Arabic script here;
 * - Wikidata person-name tokens (../shared/gazetteers/wikidata-person-names, CC0): single name
 *   words with how often each is attested.
 * Entries are normalized as the features see words (fnorm); entries with digits, stray letters or
 * more than six words are dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnorm } from '../../src/engine/entities/tagger/features.js';
import { ListBit, PhraseFlag } from '../../src/engine/entities/tagger/tables.js';

const BUCKWALTER: Record<string, string> = {
  "'": 'ء', '|': 'آ', '>': 'أ', '&': 'ؤ', '<': 'إ', '}': 'ئ', A: 'ا', b: 'ب', p: 'ة', t: 'ت', v: 'ث', j: 'ج', H: 'ح',
  x: 'خ', d: 'د', '*': 'ذ', r: 'ر', z: 'ز', s: 'س', $: 'ش', S: 'ص', D: 'ض', T: 'ط', Z: 'ظ', E: 'ع', g: 'غ', f: 'ف',
  q: 'ق', k: 'ك', l: 'ل', m: 'م', n: 'ن', h: 'ه', w: 'و', y: 'ي', Y: 'ى', '{': 'ا', _: '',
  // Short vowels, shadda, sukun, tanwin: dropped, as the features drop them.
  a: '', u: '', i: '', o: '', '~': '', F: '', N: '', K: '', '`': '',
};

/** Buckwalter to Arabic script; null when the entry has a character outside the scheme. */
function fromBuckwalter(s: string): string | null {
  let out = '';
  for (const ch of s) {
    if (ch === ' ') out += ' ';
    else if (ch in BUCKWALTER) out += BUCKWALTER[ch];
    else return null;
  }
  return out;
}

export interface NameLists {
  /** Normalized word → ListBit bits. */
  wordBits: Map<string, number>;
  /** Normalized word → Wikidata bucket (1: 1–2 people, 2: 3–9, 3: 10–49, 4: 50+). */
  wiki: Map<string, number>;
  /** Multi-word and one-word entries as phrases, for span features. */
  phrases: { words: string[]; flag: number }[];
}

function entries(file: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const raw = line.split('\t')[0].trim();
    if (!raw || /[0-9]/.test(raw)) continue;
    const ar = fromBuckwalter(raw);
    if (!ar) continue;
    const words = ar.split(/\s+/).map(fnorm).filter(Boolean);
    if (words.length === 0 || words.length > 6 || words.some((w) => w.length < 2)) continue;
    out.push(words);
  }
  return out;
}

export function loadNameLists(gazetteers: string): NameLists {
  const wordBits = new Map<string, number>();
  const set = (w: string, bit: number) => wordBits.set(w, (wordBits.get(w) ?? 0) | bit);
  const phrases: NameLists['phrases'] = [];
  const nerar = join(gazetteers, 'nerar');
  for (const words of entries(join(nerar, 'dico-mono-PERS.norm'))) {
    phrases.push({ words, flag: PhraseFlag.Person });
    if (words.length === 1) set(words[0], ListBit.PersonOther);
    else {
      set(words[0], ListBit.PersonFirst);
      set(words[words.length - 1], ListBit.PersonLast);
      for (const w of words.slice(1, -1)) set(w, ListBit.PersonOther);
    }
  }
  for (const words of entries(join(nerar, 'dico-mono-LOC.norm'))) {
    phrases.push({ words, flag: PhraseFlag.Place });
    if (words.length === 1) set(words[0], ListBit.PlaceAlone);
    else for (const w of words) set(w, ListBit.PlaceWord);
  }
  for (const words of entries(join(nerar, 'dico-mono-ORG.norm'))) {
    phrases.push({ words, flag: PhraseFlag.Org });
    if (words.length === 1) set(words[0], ListBit.OrgAlone);
    else for (const w of words) set(w, ListBit.OrgWord);
  }
  const counts = new Map<string, number>();
  const tsv = readFileSync(join(gazetteers, 'wikidata-person-names', 'names.tsv'), 'utf8').split('\n');
  for (const line of tsv.slice(1)) {
    const [ar, , n] = line.split('\t');
    if (!ar || !n) continue;
    const w = fnorm(ar.trim());
    if (w.length < 2 || /\s/.test(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + Number(n));
  }
  const wiki = new Map<string, number>();
  for (const [w, n] of counts) wiki.set(w, n >= 50 ? 4 : n >= 10 ? 3 : n >= 3 ? 2 : 1);
  return { wordBits, wiki, phrases };
}
