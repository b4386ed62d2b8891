/**
 * Two-pass tagging. Pass 1 tags each sentence on its own; pass 2 sees, in addition, how pass 1
 * labelled the same words elsewhere in the document (memory.ts). How the passes are trained is
 * scripts/ner/stack-train.ts.
 */
import type { Scorer } from './features.js';
import { memoryValues, MEMORY_WINDOW } from './memory.js';
import { viterbi } from './model.js';
import type { Weights } from './model.js';

export interface Pass {
  scorer: Scorer;
  weights: Weights;
}

/** Labels of consecutive sentences of one document (or corpus window) with both passes. */
export function tagStacked(first: Pass, second: Pass, sentences: readonly (readonly string[])[], window = MEMORY_WINDOW): Uint8Array[] {
  const pass1 = sentences.map((s) => viterbi(s.length, first.scorer.emissions(s), first.weights.trans));
  const memo = memoryValues(sentences, pass1, window);
  return sentences.map((s, i) => viterbi(s.length, second.scorer.emissions(s, memo[i]), second.weights.trans));
}
