/**
 * CoNLL-style BIO data: reading `token TAG` files (ANERcorp) and conlleval-style entity-level
 * scoring. Used by the training and evaluation scripts and the regression test; no Node imports,
 * so it stays engine-pure.
 */
import { chunks } from '../../src/engine/entities/tagger/bio.js';

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** Parses `token TAG` lines with blank lines between sentences. Tolerates CRLF and stray spaces. */
export function parseConll(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '') {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const sp = line.lastIndexOf(' ');
    if (sp <= 0) continue;
    cur.words.push(line.slice(0, sp).replace(/^\uFEFF/, ''));
    cur.tags.push(line.slice(sp + 1));
  }
  if (cur.words.length) out.push(cur);
  return out;
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface Score {
  perType: Record<string, Prf>;
  micro: Prf;
}

function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted ? (100 * correct) / predicted : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** Entity-level exact-match P/R/F1 over the given types (others are ignored on both sides). */
export function score(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[], types: readonly string[]): Score {
  const c: Record<string, { g: number; p: number; ok: number }> = {};
  for (const t of types) c[t] = { g: 0, p: 0, ok: 0 };
  for (let s = 0; s < gold.length; s++) {
    const g = chunks(gold[s]).filter((x) => types.includes(x.type));
    const p = chunks(pred[s]).filter((x) => types.includes(x.type));
    const keys = new Set(g.map((x) => `${x.type}:${x.start}:${x.end}`));
    for (const x of g) c[x.type].g++;
    for (const x of p) {
      c[x.type].p++;
      if (keys.has(`${x.type}:${x.start}:${x.end}`)) c[x.type].ok++;
    }
  }
  const perType: Record<string, Prf> = {};
  let g = 0;
  let p = 0;
  let ok = 0;
  for (const t of types) {
    perType[t] = prf(c[t].ok, c[t].p, c[t].g);
    g += c[t].g;
    p += c[t].p;
    ok += c[t].ok;
  }
  return { perType, micro: prf(ok, p, g) };
}
