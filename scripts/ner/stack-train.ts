/**
 * Training the two-pass tagger (run time: src/engine/entities/tagger/two-pass.ts). Pass 1 tags each sentence on its own; pass 2 sees, in addition, how pass 1
 * labelled the same words elsewhere in the document (memory.ts). Training runs pass 1
 * out-of-fold (jackknife) so pass 2 learns how far to trust it. Training also sees copies of
 * sentences with some names masked (no word identity), so both passes learn to recognise names
 * they have not memorised; each pass averages a few differently shuffled runs.
 */
import { sentenceFeatures } from '../../src/engine/entities/tagger/features.js';
import { memoryValues, MEMORY_WINDOW } from '../../src/engine/entities/tagger/memory.js';
import { DenseModel, decodeAll, mulberry32, trainPerceptron } from './train.js';
import type { TrainSentence } from './train.js';

export interface StackOptions {
  epochs1: number;
  epochs2: number;
  folds: number;
  seed: number;
  minCount: number;
  window?: number;
  /**
   * Probability that a name in a training sentence is masked (features.ts) in an extra copy of the
   * sentence; 0 trains on the sentences as they are.
   */
  mask?: number;
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
}

/**
 * Masks for the extra copies: each gold name (B- then its I-) is masked with probability `p`
 * (seeded); sentences without a masked name get no copy (null).
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

function withCopies(sents: readonly LabelledSentence[], masks: readonly (Uint8Array | null)[], memo?: readonly (string | null)[][]): TrainSentence[] {
  const out: TrainSentence[] = [];
  sents.forEach((s, i) => {
    const { feats, offsets } = sentenceFeatures(s.words, memo?.[i]);
    out.push({ feats: feats.slice(), offsets, gold: s.gold });
    const m = masks[i];
    if (m) {
      const x = sentenceFeatures(s.words, memo?.[i], m);
      out.push({ feats: x.feats.slice(), offsets: x.offsets, gold: s.gold });
    }
  });
  return out;
}

function baseData(sents: readonly LabelledSentence[]): TrainSentence[] {
  return sents.map((s) => {
    const { feats, offsets } = sentenceFeatures(s.words);
    return { feats: feats.slice(), offsets, gold: s.gold };
  });
}

export function trainStacked(sents: readonly LabelledSentence[], opts: StackOptions): { first: DenseModel; second: DenseModel } {
  const log = opts.log ?? (() => {});
  const base = baseData(sents);
  const masks = nameMasks(sents, opts.mask ?? 0, opts.seed + 7);
  const copies = masks.map((m, i) => {
    if (!m) return null;
    const x = sentenceFeatures(sents[i].words, undefined, m);
    return { feats: x.feats.slice(), offsets: x.offsets, gold: sents[i].gold };
  });
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
  // Out-of-fold first-pass labels, contiguous folds (neighbouring sentences share articles).
  const firstLabels: Uint8Array[] = new Array(sents.length);
  const size = Math.ceil(sents.length / opts.folds);
  for (let f = 0; f < opts.folds; f++) {
    const lo = f * size;
    const hi = Math.min(sents.length, lo + size);
    const m = trainPerceptron(train1(lo, hi), { epochs: opts.epochs1, seed: opts.seed + f, minCount: opts.minCount });
    const pred = decodeAll(m, base.slice(lo, hi));
    for (let i = lo; i < hi; i++) firstLabels[i] = pred[i - lo];
    log(`  fold ${f + 1}/${opts.folds} done`);
  }
  const first = trainAveraged(train1(0, 0), opts.epochs1, opts.seed, opts.minCount, opts.ensemble ?? 1);
  log('  first pass trained');
  const memo = memoryValues(
    sents.map((s) => s.words),
    firstLabels,
    opts.window ?? MEMORY_WINDOW,
  );
  const data2 = withCopies(sents, masks, memo);
  const second = trainAveraged(data2, opts.epochs2, opts.seed + 101, opts.minCount, opts.ensemble ?? 1);
  log('  second pass trained');
  return { first, second };
}

