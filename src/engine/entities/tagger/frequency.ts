/**
 * How common a word is in news, from the counts shipped with the model (tables.ts): everyday words
 * are seldom names, and a word far more common than its clitic reading is a word of its own.
 */
import { modelFile } from './model-data.js';
import { NameTables, frequencyOf } from './tables.js';
import { fnorm } from './words.js';

let tables: NameTables | null = null;

/** 1 + log2 of a normalized word's count in the unlabelled news; 0 when rare. */
export function newsFrequency(norm: string): number {
  tables ??= new NameTables(modelFile().tables);
  return frequencyOf(tables.word(fnorm(norm)));
}

/**
 * A word that is an everyday word of its own, far more common than the name its clitic reading
 * would give («لدينا» we have, not ل + «دينا»): that reading is not to be taken.
 */
export function ownWord(whole: string, stem: string): boolean {
  const w = newsFrequency(whole);
  return w >= 7 && w >= newsFrequency(stem) + 2;
}
