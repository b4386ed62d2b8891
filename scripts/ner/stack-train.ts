/**
 * Training the two-pass tagger (run time: src/engine/entities/tagger/two-pass.ts). Pass 1 tags each
 * sentence on its own; pass 2 sees, in addition, how pass 1 labelled the same words elsewhere in the
 * document (memory.ts). Training runs pass 1 out-of-fold (jackknife) so pass 2 learns how far to
 * trust it. Training also sees copies of sentences with some names masked (no word identity), so
 * both passes learn to recognise names they have not memorised; and some names are hidden from the
 * name lists, so the model does not lean on the lists where it already knows the name. Each pass
 * averages a few differently shuffled runs.
 */
import { Scorer, sentenceFeatures } from '../../src/engine/entities/tagger/features.js';
import type { NameTables } from '../../src/engine/entities/tagger/tables.js';
import { memoryValues, MEMORY_WINDOW } from '../../src/engine/entities/tagger/memory.js';
import { viterbi } from '../../src/engine/entities/tagger/model.js';
import { DenseModel, mulberry32, trainPerceptron } from './train.js';
import type { TrainSentence } from './train.js';

export interface StackOptions {
  epochs1: number;
  epochs2: number;
  folds: number;
  seed: number;
  minCount: number;
  tables: NameTables;
  window?: number;
  /**
   * Probability that a name in a training sentence is masked (features.ts) in an extra copy of the
   * sentence; 0 trains on the sentences as they are.
   */
  mask?: number;
  /** Probability that a name is hidden from the name lists (in the sentence and in its copy). */
  hide?: number;
  /** Number of differently shuffled runs whose weights are averaged, per pass (1 = one run). */
  ensemble?: number;
  log?: (msg: string) => void;
}

/** Weights averaged over `k` runs that differ only in the order sentences are seen. */
function trainAveraged(data: readonly TrainSentence[], epochs: number, seed: number, minCount: number, k: number): DenseModel {
  const first = trainPerceptron(data, { epochs, seed, minCount });
  if (k <= 1) return first;
  const w = Float64Array.from(first.w);
  const t = Float64Array.from(first.trans);
  for (let r = 1; r < k; r++) {
    const m = trainPerceptron(data, { epochs, seed: seed + 1000 * r, minCount });
    for (let i = 0; i < w.length; i++) w[i] += m.w[i];
    for (let i = 0; i < t.length; i++) t[i] += m.trans[i];
  }
  for (let i = 0; i < w.length; i++) w[i] /= k;
  for (let i = 0; i < t.length; i++) t[i] /= k;
  return new DenseModel(first.keys, first.index, w, t);
}

export interface LabelledSentence {
  words: readonly string[];
  gold: Uint8Array;
  /** Sentences of one document share an id (document memory stays within it). */
  doc?: number;
}

/**
 * Masks over gold names: each name (B- then its I-) is on with probability `p` (seeded); null for
 * a sentence where none is.
 */
export function nameMasks(sents: readonly LabelledSentence[], p: number, seed: number): (Uint8Array | null)[] {
  const rand = mulberry32(seed);
  return sents.map((s) => {
    if (p <= 0) return null;
    const m = new Uint8Array(s.gold.length);
    let any = false;
    let on = false;
    for (let i = 0; i < s.gold.length; i++) {
      const y = s.gold[i];
      if (y === 0) on = false;
      else if (y % 2 === 1) on = rand() < p; // B- labels are odd (model.ts LABELS)
      if (on) m[i] = 1;
      any ||= on;
    }
    return any ? m : null;
  });
}

/** Pass-1 labels of `sents` (sentence-level, so no document order is needed). */
function decodeFirst(m: DenseModel, tables: NameTables, sents: readonly LabelledSentence[]): Uint8Array[] {
  const scorer = new Scorer(m, tables);
  return sents.map((s) => viterbi(s.words.length, scorer.emissions(s.words), m.trans));
}

/** Document memory over runs of sentences of one document (`doc`), as at run time. */
function documentMemory(sents: readonly LabelledSentence[], first: readonly Uint8Array[], window: number): (string | null)[][] {
  const out: (string | null)[][] = [];
  let i = 0;
  while (i < sents.length) {
    let j = i + 1;
    while (j < sents.length && sents[j].doc === sents[i].doc) j++;
    out.push(...memoryValues(sents.slice(i, j).map((s) => s.words), first.slice(i, j), window));
    i = j;
  }
  return out;
}

export function trainStacked(sents: readonly LabelledSentence[], opts: StackOptions): { first: DenseModel; second: DenseModel } {
  const log = opts.log ?? (() => {});
  const { tables } = opts;
  const window = opts.window ?? MEMORY_WINDOW;
  const masks = nameMasks(sents, opts.mask ?? 0, opts.seed + 7);
  const hides = nameMasks(sents, opts.hide ?? 0, opts.seed + 11);
  const features = (i: number, memo?: readonly (string | null)[], mask?: Uint8Array): TrainSentence => {
    const { feats, offsets } = sentenceFeatures(sents[i].words, { tables, memo, mask, hide: hides[i] ?? undefined });
    return { feats, offsets, gold: sents[i].gold };
  };
  const base = sents.map((_, i) => features(i));
  const copies = masks.map((m, i) => (m ? features(i, undefined, m) : null));
  log(`  features of ${sents.length} sentences (+${copies.filter(Boolean).length} masked copies)`);
  const train1 = (lo: number, hi: number): TrainSentence[] => {
    const out: TrainSentence[] = [];
    for (let i = 0; i < base.length; i++) {
      if (i >= lo && i < hi) continue;
      out.push(base[i]);
      const c = copies[i];
      if (c) out.push(c);
    }
    return out;
  };
  // Out-of-fold first-pass labels, contiguous folds (neighbouring sentences share documents).
  const firstLabels: Uint8Array[] = new Array(sents.length);
  const size = Math.ceil(sents.length / opts.folds);
  for (let f = 0; f < opts.folds; f++) {
    const lo = f * size;
    const hi = Math.min(sents.length, lo + size);
    const m = trainPerceptron(train1(lo, hi), { epochs: opts.epochs1, seed: opts.seed + f, minCount: opts.minCount });
    const pred = decodeFirst(m, tables, sents.slice(lo, hi));
    for (let i = lo; i < hi; i++) firstLabels[i] = pred[i - lo];
    log(`  fold ${f + 1}/${opts.folds} done`);
  }
  const first = trainAveraged(train1(0, 0), opts.epochs1, opts.seed, opts.minCount, opts.ensemble ?? 1);
  log('  first pass trained');
  base.length = 0;
  copies.length = 0;
  const memo = documentMemory(sents, firstLabels, window);
  const data2: TrainSentence[] = [];
  sents.forEach((_, i) => {
    data2.push(features(i, memo[i]));
    const m = masks[i];
    if (m) data2.push(features(i, memo[i], m));
  });
  const second = trainAveraged(data2, opts.epochs2, opts.seed + 101, opts.minCount, opts.ensemble ?? 1);
  log('  second pass trained');
  return { first, second };
}
