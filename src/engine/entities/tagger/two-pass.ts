/**
 * Two-pass tagging. Pass 1 tags each sentence on its own; pass 2 sees, in addition, how pass 1
 * labelled the same words elsewhere in the document (memory.ts). How the passes are trained is
 * scripts/ner/stack-train.ts.
 */
import type { Scorer } from './features.js';
import { memoryCodes, MEMORY_WINDOW } from './memory.js';
import { viterbi } from './model.js';
import type { Weights } from './model.js';

export interface Pass {
  scorer: Scorer;
  weights: Weights;
  /** Which of the scorer's passes this is (a scorer may serve both: features.ts `Scorer`). */
  index?: number;
}

/** Labels of consecutive sentences of one document (or corpus window) with both passes. */
export function tagStacked(first: Pass, second: Pass, sentences: readonly (readonly string[])[], window = MEMORY_WINDOW): Uint8Array[] {
  // Both passes read the same tables: the sentences' views are computed once.
  const views = sentences.map((s) => first.scorer.view(s));
  const pass1 = views.map((v, i) => viterbi(sentences[i].length, first.scorer.emissions(v, undefined, first.index), first.weights.trans));
  const memo = memoryCodes(
    views.map((v) => v.info.map((c) => c.stem)),
    pass1,
    window,
  );
  return views.map((v, i) => viterbi(sentences[i].length, second.scorer.emissions(v, memo[i], second.index), second.weights.trans));
}
