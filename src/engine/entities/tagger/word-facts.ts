/**
 * What the model's tables say of a word, for the rules and the document stage: how common it is in
 * news (everyday words are seldom names, and a word far more common than its clitic reading is a
 * word of its own), and which name lists hold it.
 */
import { modelFile } from './model-data.js';
import { NameTables, frequencyOf, listBits } from './tables.js';
import { fnorm } from './words.js';

let tables: NameTables | null = null;

function entry(norm: string): number {
  tables ??= new NameTables(modelFile().tables);
  return tables.word(fnorm(norm));
}

/** 1 + log2 of a normalized word's count in the unlabelled news; 0 when rare. */
export function newsFrequency(norm: string): number {
  return frequencyOf(entry(norm));
}

/** The name lists (NERAr, tables.ts ListBit) that hold a normalized word. */
export function nameListBits(norm: string): number {
  return listBits(entry(norm));
}

/**
 * A word that is an everyday word of its own, far more common than the name its clitic reading
 * would give («لدينا» we have, not ل + «دينا»): that reading is not to be taken.
 */
export function ownWord(whole: string, stem: string): boolean {
  const w = newsFrequency(whole);
  return w >= 7 && w >= newsFrequency(stem) + 2;
}
