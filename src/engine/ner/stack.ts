/**
 * Two-pass tagging. Pass 1 tags each sentence on its own; pass 2 sees, in addition, how pass 1
 * labelled the same words elsewhere in the document (memory.ts). Training runs pass 1
 * out-of-fold (jackknife) so pass 2 learns how far to trust it.
 */
import { sentenceFeatures } from './features.js';
import { memoryValues, MEMORY_WINDOW } from './memory.js';
import { L, emissions, viterbi } from './model.js';
import type { Weights } from './model.js';
import { decodeAll, trainPerceptron } from './train.js';
import type { DenseModel, TrainSentence } from './train.js';

export interface StackOptions {
  epochs1: number;
  epochs2: number;
  folds: number;
  seed: number;
  minCount: number;
  window?: number;
  log?: (msg: string) => void;
}

export interface LabelledSentence {
  words: readonly string[];
  gold: Uint8Array;
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
  // Out-of-fold first-pass labels, contiguous folds (neighbouring sentences share articles).
  const firstLabels: Uint8Array[] = new Array(sents.length);
  const size = Math.ceil(sents.length / opts.folds);
  for (let f = 0; f < opts.folds; f++) {
    const lo = f * size;
    const hi = Math.min(sents.length, lo + size);
    const rest = [...base.slice(0, lo), ...base.slice(hi)];
    const m = trainPerceptron(rest, { epochs: opts.epochs1, seed: opts.seed + f, minCount: opts.minCount });
    const pred = decodeAll(m, base.slice(lo, hi));
    for (let i = lo; i < hi; i++) firstLabels[i] = pred[i - lo];
    log(`  fold ${f + 1}/${opts.folds} done`);
  }
  const first = trainPerceptron(base, { epochs: opts.epochs1, seed: opts.seed, minCount: opts.minCount });
  log('  first pass trained');
  const memo = memoryValues(
    sents.map((s) => s.words),
    firstLabels,
    opts.window ?? MEMORY_WINDOW,
  );
  const data2 = sents.map((s, i) => {
    const { feats, offsets } = sentenceFeatures(s.words, memo[i]);
    return { feats: feats.slice(), offsets, gold: s.gold };
  });
  const second = trainPerceptron(data2, { epochs: opts.epochs2, seed: opts.seed + 101, minCount: opts.minCount });
  log('  second pass trained');
  return { first, second };
}

/** Labels of consecutive sentences of one document (or corpus window) with both passes. */
export function tagStacked(first: Weights, second: Weights, sentences: readonly (readonly string[])[], window = MEMORY_WINDOW): Uint8Array[] {
  const pass1 = sentences.map((s) => {
    const { feats, offsets } = sentenceFeatures(s);
    return viterbi(s.length, emissions(first, feats, offsets, s.length), first.trans);
  });
  const memo = memoryValues(sentences, pass1, window);
  return sentences.map((s, i) => {
    const { feats, offsets } = sentenceFeatures(s, memo[i]);
    return viterbi(s.length, emissions(second, feats, offsets, s.length), second.trans);
  });
}

export { L };
